package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

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
            List.of("circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss", "linear");

    private Playground() {
    }

    /**
     * Two rings around the origin (radius 5). Positives (blue, y = 1) have a radius drawn uniformly
     * in [0, 2.5), negatives (orange, y = 0) in [3.5, 5), so with no noise there is an empty ring
     * between 2.5 and 3.5. The label is "distance to the origin &lt; 2.5" of the point moved by
     * U(−5, 5)·noise in each coordinate; the stored point is not moved.
     */
    public static Dataset circle(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double radius = 5;
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            boolean inner = i < positives;
            double r = inner ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
            double angle = uniform(random, 0, 2 * Math.PI);
            double px = r * Math.sin(angle);
            double py = r * Math.cos(angle);
            double noiseX = uniform(random, -radius, radius) * noise;
            double noiseY = uniform(random, -radius, radius) * noise;
            boolean positive = Math.hypot(px + noiseX, py + noiseY) < radius * 0.5;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = positive ? 1 : 0;
        }
        return dataset(x, y);
    }

    /**
     * The four quadrants: coordinates uniform in [−5, 5], each pushed 0.3 away from its axis, so
     * with no noise |x|, |y| ≥ 0.3. Positive (y = 1) when x·y ≥ 0 for the point moved by
     * U(−5, 5)·noise in each coordinate; the stored point is not moved.
     */
    public static Dataset xor(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double padding = 0.3;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            double px = uniform(random, -5, 5);
            px += px > 0 ? padding : -padding;
            double py = uniform(random, -5, 5);
            py += py > 0 ? padding : -padding;
            double noiseX = uniform(random, -5, 5) * noise;
            double noiseY = uniform(random, -5, 5) * noise;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = (px + noiseX) * (py + noiseY) >= 0 ? 1 : 0;
        }
        return dataset(x, y);
    }

    /**
     * Two Gaussian clouds: positives (y = 1) around (2, 2), negatives (y = 0) around (−2, −2). The
     * variance of each coordinate grows linearly with the noise, from 0.5 at noise 0 to 4 at 0.5.
     */
    public static Dataset gauss(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double variance = gaussVariance(noise);
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            boolean positive = i < positives;
            double center = positive ? 2 : -2;
            x[2 * i] = normal(random, center, variance);
            x[2 * i + 1] = normal(random, center, variance);
            y[i] = positive ? 1 : 0;
        }
        return dataset(x, y);
    }

    /** The variance of the {@link #gauss} clouds for a noise level: 0.5 + 7·noise. */
    public static double gaussVariance(double noise) {
        return 0.5 + (4 - 0.5) * (noise / MAX_NOISE);
    }

    /**
     * Two interleaved spirals of 1.75 turns. Point i of a spiral with m = numSamples / 2 points has
     * radius r = 5·i/m and angle t = 1.75·2π·i/m (+π for the negatives); it sits at
     * (r·sin t + U(−1, 1)·noise, r·cos t + U(−1, 1)·noise). Positives (y = 1) first.
     */
    public static Dataset spiral(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double half = numSamples / 2.0;
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int k = 0; k < numSamples; k++) {
            boolean positive = k < positives;
            int i = positive ? k : k - positives;
            double deltaT = positive ? 0 : Math.PI;
            double r = i / half * 5;
            double t = 1.75 * i / half * 2 * Math.PI + deltaT;
            x[2 * k] = r * Math.sin(t) + uniform(random, -1, 1) * noise;
            x[2 * k + 1] = r * Math.cos(t) + uniform(random, -1, 1) * noise;
            y[k] = positive ? 1 : 0;
        }
        return dataset(x, y);
    }

    /**
     * Regression on a tilted plane: points uniform in [−6, 6]², target (x + y) / 10 (the Playground
     * maps x + y from [−10, 10] onto [−1, 1], without clamping, so targets reach ±1.2). The target is
     * computed for the point moved by U(−6, 6)·noise in each coordinate; the stored point is not
     * moved.
     */
    public static Dataset regressionPlane(int numSamples, double noise, long seed) {
        return regression(numSamples, noise, seed, Playground::planeTarget);
    }

    /** The noiseless target of {@link #regressionPlane}: (x + y) / 10. */
    public static double planeTarget(double x, double y) {
        return (x + y) / 10;
    }

    /** Centres (x, y) and signs of the six bumps of {@link #regressionGaussian}. */
    private static final double[][] BUMPS = {
            {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
            {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1},
    };

    /**
     * Regression on six bumps in a 3 × 2 grid at x ∈ {−4, 0, 4}, y ∈ {2.5, −2.5} with alternating
     * signs (+ − + on top, − + − below). Each bump is a cone of height 1 falling to 0 at distance 2
     * (the Playground's clamped scale from [0, 2] to [1, 0]); the target is the signed height of the
     * bump that is largest in absolute value, 0 away from all bumps. Points are uniform in [−6, 6]²,
     * and the target is computed for the point moved by U(−6, 6)·noise; the stored point is not
     * moved.
     */
    public static Dataset regressionGaussian(int numSamples, double noise, long seed) {
        return regression(numSamples, noise, seed, Playground::bumpsTarget);
    }

    /**
     * Both regression sets: points uniform in [−6, 6]², the target computed for the point moved by
     * U(−6, 6)·noise in each coordinate (the stored point is not moved), in the Playground's order
     * of random draws.
     */
    private static Dataset regression(int numSamples, double noise, long seed, java.util.function.DoubleBinaryOperator target) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double radius = 6;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            double px = uniform(random, -radius, radius);
            double py = uniform(random, -radius, radius);
            double noiseX = uniform(random, -radius, radius) * noise;
            double noiseY = uniform(random, -radius, radius) * noise;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = target.applyAsDouble(px + noiseX, py + noiseY);
        }
        return dataset(x, y);
    }

    /** The noiseless target of {@link #regressionGaussian} at (x, y), in [−1, 1]. */
    public static double bumpsTarget(double x, double y) {
        double target = 0;
        for (double[] bump : BUMPS) {
            double height = Math.min(1, Math.max(0, 1 - Math.hypot(x - bump[0], y - bump[1]) / 2));
            double value = bump[2] * height;
            if (Math.abs(value) > Math.abs(target)) {
                target = value;
            }
        }
        return target;
    }

    /**
     * Not in the Playground: two classes split by the line x + y = 0, for the lesson "on linearly
     * separable data even a linear model learns fast". Points are uniform in [−5, 5]², redrawn until
     * they are at least 0.5 away from the line, positives (y = 1, x + y &gt; 0) first, so with no
     * noise the classes are separated by a margin of 1. Like {@link #circle}, the label is computed
     * for the point moved by U(−5, 5)·noise in each coordinate; the stored point is not moved.
     */
    public static Dataset linear(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double margin = 0.5;
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            double side = i < positives ? 1 : -1;
            double px;
            double py;
            do {
                px = uniform(random, -5, 5);
                py = uniform(random, -5, 5);
            } while (side * (px + py) / Math.sqrt(2) < margin);
            double noiseX = uniform(random, -5, 5) * noise;
            double noiseY = uniform(random, -5, 5) * noise;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = (px + noiseX) + (py + noiseY) > 0 ? 1 : 0;
        }
        return dataset(x, y);
    }

    /**
     * A data set by its name, one of {@link #NAMES}: {@code "circle"}, {@code "xor"},
     * {@code "gauss"}, {@code "spiral"}, {@code "reg-plane"}, {@code "reg-gauss"} or
     * {@code "linear"} (case does not matter).
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

    private static void check(int numSamples, double noise) {
        if (numSamples <= 0) {
            throw new IllegalArgumentException("numSamples must be > 0, got " + numSamples);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in [0, " + MAX_NOISE
                    + "] (the Playground's 0–50 %), got " + noise);
        }
    }

    private static Dataset dataset(double[] x, double[] y) {
        return new Dataset(new Matrix(y.length, 2, x), new Matrix(y.length, 1, y));
    }

    /** U(a, b) as the Playground draws it: random · (b − a) + a. */
    private static double uniform(Random random, double a, double b) {
        return random.nextDouble() * (b - a) + a;
    }

    /** The Playground's normal sampler (Marsaglia's polar method, one value per accepted pair). */
    private static double normal(Random random, double mean, double variance) {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * random.nextDouble() - 1;
            v2 = 2 * random.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        double result = Math.sqrt(-2 * Math.log(s) / s) * v1;
        return mean + Math.sqrt(variance) * result;
    }
}
