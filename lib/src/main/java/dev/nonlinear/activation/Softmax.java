package dev.nonlinear.activation;

/**
 * Softmax turns a vector of scores into probabilities: s_i = e^(x_i) / Σ_j e^(x_j). Every output
 * depends on every input, so it is not element-wise; it is the usual last layer of a classifier.
 *
 * <p>Computed as e^(x_i − max) / Σ e^(x_j − max) (log-sum-exp trick): the same value, but the
 * largest exponent is e^0 = 1, so scores like 1000 do not overflow.
 */
public final class Softmax implements Activation {

    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public String formula() {
        return "\\mathrm{softmax}(x)_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}";
    }

    @Override
    public double[] apply(double[] x) {
        requireNonEmpty(x);
        double[] s = new double[x.length];
        apply(x, s, 0, x.length);
        return s;
    }

    /** The same as {@link #apply(double[])} on {@code x[offset, offset + length)}, without allocating. */
    @Override
    public void apply(double[] x, double[] out, int offset, int length) {
        if (length == 0) {
            throw new IllegalArgumentException("softmax needs at least one value, got an empty vector");
        }
        int end = offset + length;
        double max = max(x, offset, length);
        double sum = 0;
        for (int i = offset; i < end; i++) {
            out[i] = Math.exp(x[i] - max);
            sum += out[i];
        }
        for (int i = offset; i < end; i++) {
            out[i] /= sum;
        }
    }

    /** log softmax(x)_i = x_i − logsumexp(x), exact even where softmax itself underflows to 0. */
    public double[] logSoftmax(double[] x) {
        requireNonEmpty(x);
        double logSumExp = logSumExp(x, 0, x.length);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] - logSumExp;
        }
        return out;
    }

    /**
     * The vector-Jacobian product without building the matrix: since ∂s_i/∂x_j = s_i(δ_ij − s_j),
     * the gradient is s ⊙ (g − (s·g)).
     */
    @Override
    public double[] backward(double[] x, double[] gradOutput) {
        if (x.length != gradOutput.length) {
            throw new IllegalArgumentException("softmax: input has " + x.length + " values but gradient has "
                    + gradOutput.length);
        }
        double[] s = apply(x);
        double dot = 0;
        for (int i = 0; i < s.length; i++) {
            dot += s[i] * gradOutput[i];
        }
        double[] g = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            g[i] = s[i] * (gradOutput[i] - dot);
        }
        return g;
    }

    /** The full Jacobian J_ij = s_i(δ_ij − s_j), for teaching; training uses {@link #backward}. */
    public double[][] jacobian(double[] x) {
        double[] s = apply(x);
        double[][] j = new double[s.length][s.length];
        for (int r = 0; r < s.length; r++) {
            for (int c = 0; c < s.length; c++) {
                j[r][c] = s[r] * ((r == c ? 1 : 0) - s[c]);
            }
        }
        return j;
    }

    private static void requireNonEmpty(double[] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("softmax needs at least one value, got an empty vector");
        }
    }

    /**
     * log Σ e^x over {@code x[offset, offset + length)}, after subtracting the maximum so e^x never
     * overflows: the normaliser of softmax, and of cross-entropy on raw scores.
     */
    public static double logSumExp(double[] x, int offset, int length) {
        double max = max(x, offset, length);
        double sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += Math.exp(x[i] - max);
        }
        return max + Math.log(sum);
    }

    private static double max(double[] x, int offset, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + length; i++) {
            max = Math.max(max, x[i]);
        }
        return max;
    }

    @Override
    public String toString() {
        return name();
    }
}
