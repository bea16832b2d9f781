package dev.nonlinear.playground;

import dev.nonlinear.data.Playground;
import dev.nonlinear.optim.Regularization;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every knob of a {@link PlaygroundLab}, with the Playground's ranges and defaults. Setters check
 * their value (the message names it and the allowed range) and return {@code this}, so a notebook
 * chains them. Changing the data or the features starts the lab over (new points, new weights from
 * the seed); the training knobs apply from the next step on.
 */
public final class LabSettings {
    /** The ranges of the Playground's controls, for a widget's sliders. */
    public static final double MIN_TRAIN_RATIO = 0.1, MAX_TRAIN_RATIO = 0.9;
    public static final int MAX_BATCH_SIZE = 30;
    public static final double MIN_LEARNING_RATE = 1e-5, MAX_LEARNING_RATE = 10, MAX_REGULARIZATION_RATE = 10;
    private final Runnable startOver;
    private final HiddenLayers hidden = new HiddenLayers();
    private long seed;
    private String dataset = "circle";
    private int samples = Playground.DEFAULT_SAMPLES;
    private double noise = 0;
    private double trainRatio = 0.5;
    private int batchSize = 10;
    private List<Feature> features = List.of(Feature.X1, Feature.X2);
    private double learningRate = 0.03;
    private Regularization regularization = Regularization.NONE;
    private boolean crossEntropy = false;
    private boolean showTestData = false;
    private boolean discretize = false;

    LabSettings(long seed, Runnable startOver) {
        this.seed = seed;
        this.startOver = startOver;
    }

    /** One of {@link Playground#NAMES}; also sets the number of points to that set's default. */
    public LabSettings dataset(String name) {
        samples = Playground.defaultSamples(name);   // throws, listing the names, for an unknown one
        dataset = name.trim().toLowerCase(Locale.ROOT);
        startOver.run();
        return this;
    }

    /** "classification" keeps a classification set (else circle); "regression" likewise (else reg-plane). */
    public LabSettings problem(String problem) {
        boolean regression = switch (problem.trim().toLowerCase(Locale.ROOT)) {
            case "regression" -> true;
            case "classification" -> false;
            default -> throw new IllegalArgumentException("unknown problem \"" + problem
                    + "\"; valid: classification, regression");
        };
        return regression == Playground.isRegression(dataset) ? this : dataset(regression ? "reg-plane" : "circle");
    }

    public LabSettings samples(int count) {
        samples = (int) check("number of points", count, 10, 5000);
        startOver.run();
        return this;
    }

    /** The Playground's noise slider / 100. */
    public LabSettings noise(double value) {
        noise = check("noise", value, 0, Playground.MAX_NOISE);
        startOver.run();
        return this;
    }

    /** The share of points used for training; the rest is the test set. */
    public LabSettings trainRatio(double ratio) {
        trainRatio = check("train ratio", ratio, MIN_TRAIN_RATIO, MAX_TRAIN_RATIO);
        startOver.run();
        return this;
    }

    public LabSettings seed(long value) {
        seed = value;
        startOver.run();
        return this;
    }

    /** Any non-empty subset of x1, x2, x1^2, x2^2, x1x2, sin x1, sin x2 (see {@link Feature#byName}). */
    public LabSettings features(String... names) {
        return features(Arrays.stream(names).map(Feature::byName).toArray(Feature[]::new));
    }

    /** Kept in the Playground's order whatever order they are given in; duplicates count once. */
    public LabSettings features(Feature... chosen) {
        if (chosen.length == 0) {
            throw new IllegalArgumentException("choose at least 1 of the " + Feature.values().length + " features");
        }
        features = Arrays.stream(chosen).distinct().sorted().toList();
        startOver.run();
        return this;
    }

    public LabSettings batchSize(int size) {
        batchSize = (int) check("batch size", size, 1, MAX_BATCH_SIZE);
        return this;
    }

    public LabSettings learningRate(double rate) {
        learningRate = check("learning rate", rate, MIN_LEARNING_RATE, MAX_LEARNING_RATE);
        return this;
    }

    /** "none", "L1" or "L2", and the rate (0–10, as the Playground's menu). */
    public LabSettings regularization(String kind, double rate) {
        regularization = Regularization.of(kind, check("regularization rate", rate, 0, MAX_REGULARIZATION_RATE));
        return this;
    }

    /** For classification: "squared_error" (the Playground's only loss) or "cross_entropy". */
    public LabSettings loss(String name) {
        crossEntropy = switch (name.trim().toLowerCase(Locale.ROOT).replace(' ', '_')) {
            case "squared_error", "mse" -> false;
            case "cross_entropy", "crossentropy" -> true;
            default -> throw new IllegalArgumentException("unknown loss \"" + name + "\"; valid: squared_error, cross_entropy");
        };
        return this;
    }

    /** Whether the picture also draws the test points (with a dark outline). */
    public LabSettings showTestData(boolean show) {
        showTestData = show;
        return this;
    }

    /** Whether the picture colours the output by its sign (its class) instead of smoothly. */
    public LabSettings discretize(boolean on) {
        discretize = on;
        return this;
    }

    private static double check(String what, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be in [" + fmt(min) + ", " + fmt(max) + "], got " + fmt(value));
        }
        return value;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    public long seed() { return seed; }
    public String dataset() { return dataset; }
    public int samples() { return samples; }
    public double noise() { return noise; }
    public double trainRatio() { return trainRatio; }
    public int batchSize() { return batchSize; }
    public List<Feature> features() { return features; }
    public double learningRate() { return learningRate; }
    public Regularization regularization() { return regularization; }
    public boolean crossEntropy() { return crossEntropy; }
    public boolean showTestData() { return showTestData; }
    public boolean discretize() { return discretize; }

    /** The hidden layers: read them here, change them through the lab ({@code lab.addLayer()} …), which starts over. */
    public HiddenLayers hidden() { return hidden; }
}
