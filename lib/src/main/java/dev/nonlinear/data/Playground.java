package dev.nonlinear.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * The data sets of the TensorFlow Playground, generated the same way as the Playground's
 * {@code dataset.ts}, but from a seeded {@link Random} so a notebook draws the same points every run.
 *
 * <p>Every generator takes {@code (numSamples, noise, seed)} and returns a {@link Dataset} with
 * {@code x} of shape n × 2 (the point, inside the Playground's [-6, 6] square; only the tails of
 * the noisiest {@code gauss} clouds reach past it) and {@code y} of shape n × 1.
 *
 * <h2>Labels</h2>
 * The Playground labels classes −1 (drawn orange) and +1 (drawn blue). Here the classification sets
 * store them as 0/1, ready for a sigmoid output and binary cross-entropy:
 * <pre>
 *   Playground −1 (orange)  →  y = 0
 *   Playground +1 (blue)    →  y = 1
 * </pre>
 * The regression sets ({@code reg-plane}, {@code reg-gauss}) keep the Playground's real-valued
 * target unchanged.
 *
 * <h2>What noise does</h2>
 * {@code noise} is the Playground's noise slider divided by 100, so it lies in [0, 0.5]. As in the
 * Playground it does different things per set:
 * <ul>
 *   <li>{@code circle}, {@code xor}, {@code reg-plane}, {@code reg-gauss}: the point stays where it
 *       was drawn; the label is computed for the point shifted by random noise, so points near the
 *       boundary get the "wrong" label.</li>
 *   <li>{@code spiral}: the point itself is shifted; the label stays.</li>
 *   <li>{@code gauss}: the clouds get wider (variance 0.5 at noise 0 up to 4 at noise 0.5).</li>
 * </ul>
 * The random numbers are drawn in the same order whatever the noise, so the same seed with a
 * different noise gives the same points (for every set but {@code spiral} and {@code gauss}) with
 * some labels flipped.
 *
 * <h2>Counts</h2>
 * The classification sets are half positive and half negative, positives first. For an odd
 * {@code numSamples} the positives get the extra point (the Playground would make one point more
 * than asked). Shuffle with {@link Dataset#shuffled(long)} or {@link Dataset#split(double, long)}
 * (the Playground trains on 50 %).
 *
 * <h2>Differences from the Playground</h2>
 * Only the random source: {@link Random} seeded by {@code seed} instead of {@code Math.random}, and
 * the Gaussian sampler rejects the (measure-zero) case s = 0 that would make the Playground's
 * sampler return infinity.
 *
 * <h2>Where the code is</h2>
 * This class is the list of sets; each set is drawn by a small class of its own ({@code CircleSet},
 * {@code XorSet}, {@code GaussSet}, {@code SpiralSet}, {@code LinearSet}, {@code RegressionSets}, {@code SpiralArmsSet}),
 * on the shared draws of {@code PlaygroundSampling}.
 */
public final class Playground {

    /** The Playground's number of points for the classification sets. */
    public static final int DEFAULT_SAMPLES = 500;

    /** The Playground's number of points for the regression sets. */
    public static final int DEFAULT_REGRESSION_SAMPLES = 1200;

    /** The largest noise the Playground's slider allows (50 %). */
    public static final double MAX_NOISE = 0.5;

    /** The names {@link #byName} accepts. */
    public static final List<String> NAMES =
            List.of("circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss", "linear", "spiral-3");

    /** The number of arms (classes) of {@code "spiral-3"}, the multi-class set {@link #byName} knows. */
    public static final int SPIRAL_3_ARMS = 3;

    private Playground() {
    }

    /**
     * Two rings around the origin: positives (y = 1) with radius in [0, 2.5), negatives (y = 0) in
     * [3.5, 5). Noise flips labels near the gap; the points stay. Drawn by {@code CircleSet}.
     */
    public static Dataset circle(int numSamples, double noise, long seed) {
        return CircleSet.draw(numSamples, noise, seed);
    }

    /**
     * The four quadrants, at least 0.3 from the axes: positive (y = 1) when x·y ≥ 0. Noise flips
     * labels near the axes; the points stay. Drawn by {@code XorSet}.
     */
    public static Dataset xor(int numSamples, double noise, long seed) {
        return XorSet.draw(numSamples, noise, seed);
    }

    /**
     * Two Gaussian clouds, positives (y = 1) around (2, 2), negatives (y = 0) around (−2, −2);
     * noise widens them (see {@link #gaussVariance}). Drawn by {@code GaussSet}.
     */
    public static Dataset gauss(int numSamples, double noise, long seed) {
        return GaussSet.draw(numSamples, noise, seed);
    }

    /** The variance of the {@link #gauss} clouds for a noise level: 0.5 + 7·noise. */
    public static double gaussVariance(double noise) {
        return GaussSet.variance(noise);
    }

    /**
     * Two interleaved spirals of 1.75 turns, positives (y = 1) first. Noise moves the points by up
     * to ±noise in each coordinate; the labels stay. Drawn by {@code SpiralSet}.
     */
    public static Dataset spiral(int numSamples, double noise, long seed) {
        return SpiralSet.draw(numSamples, noise, seed);
    }

    /**
     * Regression on a tilted plane: points in [−6, 6]², target {@link #planeTarget} of the point
     * moved by noise; the points stay. Drawn by {@code RegressionSets}.
     */
    public static Dataset regressionPlane(int numSamples, double noise, long seed) {
        return RegressionSets.draw(numSamples, noise, seed, RegressionSets::planeTarget);
    }

    /** The noiseless target of {@link #regressionPlane}: (x + y) / 10. */
    public static double planeTarget(double x, double y) {
        return RegressionSets.planeTarget(x, y);
    }

    /**
     * Regression on six bumps of alternating sign: points in [−6, 6]², target {@link #bumpsTarget}
     * of the point moved by noise; the points stay. Drawn by {@code RegressionSets}.
     */
    public static Dataset regressionGaussian(int numSamples, double noise, long seed) {
        return RegressionSets.draw(numSamples, noise, seed, RegressionSets::bumpsTarget);
    }

    /** The noiseless target of {@link #regressionGaussian} at (x, y), in [−1, 1]. */
    public static double bumpsTarget(double x, double y) {
        return RegressionSets.bumpsTarget(x, y);
    }

    /**
     * Not in the Playground: two classes split by the line x + y = 0 with a margin of 1, positives
     * (y = 1, x + y &gt; 0) first. Noise flips labels near the line; the points stay. Drawn by
     * {@code LinearSet}.
     */
    public static Dataset linear(int numSamples, double noise, long seed) {
        return LinearSet.draw(numSamples, noise, seed);
    }

    /**
     * Not in the Playground: a spiral of {@code arms} arms (2–8), one class per arm, with one-hot
     * targets (n × arms) for a softmax output. Noise moves the points as in {@link #spiral}. Drawn
     * by {@code SpiralArmsSet}.
     */
    public static Dataset spiralArms(int numSamples, int arms, double noise, long seed) {
        return SpiralArmsSet.draw(numSamples, arms, noise, seed);
    }

    /** How many classes the named set has: 3 for {@code "spiral-3"}, 2 for the others, 0 for regression. */
    public static int classes(String name) {
        if (isRegression(name)) {
            return 0;
        }
        return normalize(name).equals("spiral-3") ? SPIRAL_3_ARMS : 2;
    }

    /**
     * A data set by its name, one of {@link #NAMES}: {@code "circle"}, {@code "xor"},
     * {@code "gauss"}, {@code "spiral"}, {@code "reg-plane"}, {@code "reg-gauss"} or
     * {@code "linear"} or {@code "spiral-3"} (three arms, one-hot targets; case does not matter).
     */
    public static Dataset byName(String name, int numSamples, double noise, long seed) {
        return switch (normalize(name)) {
            case "circle" -> circle(numSamples, noise, seed);
            case "xor" -> xor(numSamples, noise, seed);
            case "gauss" -> gauss(numSamples, noise, seed);
            case "spiral" -> spiral(numSamples, noise, seed);
            case "reg-plane" -> regressionPlane(numSamples, noise, seed);
            case "reg-gauss" -> regressionGaussian(numSamples, noise, seed);
            case "linear" -> linear(numSamples, noise, seed);
            case "spiral-3" -> spiralArms(numSamples, SPIRAL_3_ARMS, noise, seed);
            default -> throw unknown(name);
        };
    }

    /** A data set by name with the Playground's defaults: its number of points and no noise. */
    public static Dataset byName(String name, long seed) {
        return byName(name, defaultSamples(name), 0, seed);
    }

    /** The Playground's number of points for a set: 1200 for the regression sets, else 500. */
    public static int defaultSamples(String name) {
        return isRegression(name) ? DEFAULT_REGRESSION_SAMPLES : DEFAULT_SAMPLES;
    }

    /** Whether the named set is a regression set (real targets) rather than 0/1 classes. */
    public static boolean isRegression(String name) {
        String key = normalize(name);
        if (!NAMES.contains(key)) {
            throw unknown(name);
        }
        return key.startsWith("reg-");
    }

    private static String normalize(String name) {
        Objects.requireNonNull(name, "dataset name must not be null; valid names: " + String.join(", ", NAMES));
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown Playground dataset \"" + name + "\"; valid names: "
                + String.join(", ", NAMES));
    }
}
