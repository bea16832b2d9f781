package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

import java.util.Random;

/**
 * Inputs and targets, one sample per row: {@code x} is n × features, {@code y} is n × outputs.
 *
 * <p>For binary classification {@code y} has one column of 0/1 labels; for k classes it is one-hot
 * (n × k); for regression it holds the real-valued targets.
 */
public record Dataset(Matrix x, Matrix y) {

    public Dataset {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("inputs have " + x.rows() + " rows (" + x.shape()
                    + ") but targets have " + y.rows() + " (" + y.shape() + ")");
        }
    }

    public int size() {
        return x.rows();
    }

    public int features() {
        return x.cols();
    }

    /** The class of sample i: argmax of a one-hot row, or the 0/1 label rounded. */
    public int label(int i) {
        return y.cols() == 1 ? (y.get(i, 0) >= 0.5 ? 1 : 0) : y.argmaxRow(i);
    }

    /**
     * Fraction of rows whose predicted class matches {@link #label}: the largest output for
     * several outputs, output ≥ 0.5 for a single one.
     */
    public double accuracy(Matrix predictions) {
        int correct = countCorrect(predictions);
        return size() == 0 ? Double.NaN : (double) correct / size();
    }

    /** How many rows' predicted class matches {@link #label}, the count behind {@link #accuracy}. */
    public int countCorrect(Matrix predictions) {
        if (predictions.rows() != size()) {
            throw new IllegalArgumentException("predictions have " + predictions.rows() + " rows ("
                    + predictions.shape() + ") but the dataset has " + size());
        }
        int correct = 0;
        for (int i = 0; i < size(); i++) {
            int predicted = predictions.cols() == 1 ? (predictions.get(i, 0) >= 0.5 ? 1 : 0) : predictions.argmaxRow(i);
            if (predicted == label(i)) {
                correct++;
            }
        }
        return correct;
    }

    /** The first {@code n} samples. */
    public Dataset head(int n) {
        int count = Math.min(n, size());
        return new Dataset(x.sliceRows(0, count), y.sliceRows(0, count));
    }

    /** A seeded shuffle of the rows. */
    public Dataset shuffled(long seed) {
        int[] order = permutation(size(), new Random(seed));
        return new Dataset(x.selectRows(order), y.selectRows(order));
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
                new Dataset(all.x.sliceRows(0, cut), all.y.sliceRows(0, cut)),
                new Dataset(all.x.sliceRows(cut, size()), all.y.sliceRows(cut, size())));
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
