package dev.nonlinear.loss;

import dev.nonlinear.tensor.Matrix;

/**
 * Softmax and categorical cross-entropy in one step, on raw scores (logits). Per row:
 * {@code logsumexp(z) − Σ y_k·z_k}, computed after subtracting the row maximum so e^z never
 * overflows. The gradient is softmax(z) − y.
 */
public final class SoftmaxCrossEntropy implements Loss {

    @Override
    public String name() {
        return "softmax_crossentropy_from_logits";
    }

    @Override
    public double value(Matrix logits, Matrix targets) {
        Loss.requireSameShape(name(), logits, targets);
        double sum = 0;
        for (int r = 0; r < logits.rows(); r++) {
            double[] z = logits.getRow(r);
            double[] y = targets.getRow(r);
            double logSumExp = logSumExp(z);
            for (int k = 0; k < z.length; k++) {
                sum += y[k] * (logSumExp - z[k]);
            }
        }
        return sum / logits.rows();
    }

    @Override
    public Matrix gradient(Matrix logits, Matrix targets) {
        Loss.requireSameShape(name(), logits, targets);
        Matrix grad = new Matrix(logits.rows(), logits.cols());
        for (int r = 0; r < logits.rows(); r++) {
            double[] z = logits.getRow(r);
            double logSumExp = logSumExp(z);
            for (int k = 0; k < z.length; k++) {
                grad.set(r, k, (Math.exp(z[k] - logSumExp) - targets.get(r, k)) / logits.rows());
            }
        }
        return grad;
    }

    static double logSumExp(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
