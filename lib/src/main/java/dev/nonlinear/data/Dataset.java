package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

import java.util.Random;

/**
 * Inputs and targets, one sample per row: {@code x} is n × features, {@code y} is n × outputs.
 *
 * <p>For binary classification {@code y} has one column of 0/1 labels; for k classes it is one-hot
 * (n × k); for regression it holds the real-valued targets.
 *
 * <p><b>Multi-label</b> targets are several independent yes/no answers per sample (one sigmoid
 * output each, trained with binary cross-entropy): a row may hold any number of 1s. Say so with
 * {@link #multiLabel(Matrix, Matrix)}: {@link #accuracy} then checks every output on its own
 * (output ≥ 0.5 means yes) instead of taking the largest output as one class, and
 * {@link #accuracyName()} says which of the two measures it is.
 */
public record Dataset(Matrix x, Matrix y, boolean multiLabel) {
    /** The name of the measure {@link #accuracy} gives for one class per sample. */
    public static final String ACCURACY = "accuracy";
    /** The name of the measure {@link #accuracy} gives for multi-label targets. */
    public static final String PER_OUTPUT_ACCURACY = "per_output_accuracy";

    public Dataset {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("inputs have " + x.rows() + " rows (" + x.shape()
                    + ") but targets have " + y.rows() + " (" + y.shape() + ")");
        }
        if (multiLabel) {
            for (double v : y.data()) {
                if (v != 0 && v != 1) {
                    throw new IllegalArgumentException("multi-label targets must be 0 or 1, got " + v);
                }
            }
        }
    }

    /** One class per sample (or regression): the usual case. */
    public Dataset(Matrix x, Matrix y) {
        this(x, y, false);
    }

    /**
     * Targets that are independent 0/1 answers, one per output column (e.g. "is the sum positive?"
     * and "is x1 &gt; x2?" for the same sample): accuracy is then measured per output.
     */
    public static Dataset multiLabel(Matrix x, Matrix y) {
        return new Dataset(x, y, true);
    }

    public int size() {
        return x.rows();
    }

    public int features() {
        return x.cols();
    }

    /** The class of sample i: argmax of a one-hot row, or the 0/1 label rounded. Not defined for multi-label targets. */
    public int label(int i) {
        if (multiLabel) {
            throw new IllegalStateException("sample " + i + " has multi-label targets (" + y.cols()
                    + " independent 0/1 answers), not one class: read y().getRow(" + i + ")");
        }
        return y.cols() == 1 ? (y.get(i, 0) >= 0.5 ? 1 : 0) : y.argmaxRow(i);
    }

    /**
     * How often the predictions are right, measured as {@link #accuracyName()} says:
     * <ul>
     * <li>{@value #ACCURACY}: the fraction of rows whose predicted class matches {@link #label}
     *     (the largest output for several outputs, output ≥ 0.5 for a single one);</li>
     * <li>{@value #PER_OUTPUT_ACCURACY} (multi-label targets): the fraction of all outputs, over
     *     every row and column, on the right side of 0.5. Taking the largest of independent sigmoid
     *     outputs as "the class" would be meaningless there.</li>
     * </ul>
     */
    public double accuracy(Matrix predictions) {
        requireRowsOf(predictions);
        if (size() == 0) {
            return Double.NaN;
        }
        if (multiLabel) {
            return (double) rightOutputs(predictions) / ((long) size() * y.cols());
        }
        int correct = 0;
        for (int i = 0; i < size(); i++) {
            int predicted = predictions.cols() == 1 ? (predictions.get(i, 0) >= 0.5 ? 1 : 0) : predictions.argmaxRow(i);
            if (predicted == label(i)) {
                correct++;
            }
        }
        return (double) correct / size();
    }

    /** {@value #PER_OUTPUT_ACCURACY} for multi-label targets, else {@value #ACCURACY}: what {@link #accuracy} measures. */
    public String accuracyName() {
        return multiLabel ? PER_OUTPUT_ACCURACY : ACCURACY;
    }

    /**
     * The fraction of rows with every output on the right side of 0.5 (all answers of a sample
     * right): stricter than {@link #accuracy} for multi-label targets; the same as it for a single 0/1 output.
     */
    public double exactMatch(Matrix predictions) {
        requireRowsOf(predictions);
        requireOutputsOf(predictions);
        int correct = 0;
        for (int i = 0; i < size(); i++) {
            boolean allRight = true;
            for (int k = 0; k < y.cols(); k++) {
                allRight &= (predictions.get(i, k) >= 0.5) == (y.get(i, k) >= 0.5);
            }
            if (allRight) {
                correct++;
            }
        }
        return size() == 0 ? Double.NaN : (double) correct / size();
    }

    /** How many of all the outputs are on the same side of 0.5 as their targets. */
    private long rightOutputs(Matrix predictions) {
        requireOutputsOf(predictions);
        long right = 0;
        double[] p = predictions.data();
        double[] t = y.data();
        for (int k = 0; k < p.length; k++) {
            if ((p[k] >= 0.5) == (t[k] >= 0.5)) {
                right++;
            }
        }
        return right;
    }

    private void requireOutputsOf(Matrix predictions) {
        if (predictions.cols() != y.cols()) {
            throw new IllegalArgumentException("predictions have " + predictions.cols() + " outputs per row ("
                    + predictions.shape() + ") but the targets have " + y.cols());
        }
    }

    private void requireRowsOf(Matrix predictions) {
        if (predictions.rows() != size()) {
            throw new IllegalArgumentException("predictions have " + predictions.rows() + " rows ("
                    + predictions.shape() + ") but the dataset has " + size());
        }
    }

    /** The first {@code n} samples. */
    public Dataset head(int n) {
        int count = Math.min(n, size());
        return new Dataset(x.sliceRows(0, count), y.sliceRows(0, count), multiLabel);
    }

    /** A seeded shuffle of the rows. */
    public Dataset shuffled(long seed) {
        int[] order = permutation(size(), new Random(seed));
        return new Dataset(x.selectRows(order), y.selectRows(order), multiLabel);
    }

    /**
     * Splits after a seeded shuffle: the first part holds {@code trainFraction} of the samples.
     * The Playground uses 0.5.
     */
    public Split split(double trainFraction, long seed) {
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("trainFraction must be strictly between 0 and 1, got " + trainFraction);
        }
        Dataset all = shuffled(seed);
        int cut = (int) Math.round(size() * trainFraction);
        return new Split(
                new Dataset(all.x.sliceRows(0, cut), all.y.sliceRows(0, cut), multiLabel),
                new Dataset(all.x.sliceRows(cut, size()), all.y.sliceRows(cut, size()), multiLabel));
    }

    /** A train/test pair. */
    public record Split(Dataset train, Dataset test) {
    }

    /**
     * One-hot targets: row i has a 1 in column {@code labels[i]} and 0 elsewhere, so the result is
     * {@code labels.length × classes}. MNIST digits become {@code oneHot(labels, 10)}.
     */
    public static Matrix oneHot(int[] labels, int classes) {
        if (classes <= 0) {
            throw new IllegalArgumentException("classes must be > 0, got " + classes);
        }
        Matrix out = new Matrix(labels.length, classes);
        double[] data = out.data();
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " at index " + i
                        + " is outside 0.." + (classes - 1) + " for " + classes + " classes");
            }
            data[i * classes + label] = 1;
        }
        return out;
    }

    /** Fisher–Yates shuffle of 0..n-1. */
    public static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
