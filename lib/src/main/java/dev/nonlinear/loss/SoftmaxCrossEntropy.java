package dev.nonlinear.loss;

import dev.nonlinear.activation.Softmax;
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
        double[] z = logits.data();
        double[] y = targets.data();
        int cols = logits.cols();
        double sum = 0;
        for (int r = 0; r < logits.rows(); r++) {
            int row = r * cols;
            double logSumExp = Softmax.logSumExp(z, row, cols);
            for (int k = row; k < row + cols; k++) {
                sum += y[k] * (logSumExp - z[k]);
            }
        }
        return sum / logits.rows();
    }

    /** softmax(z) − y per row, divided by the number of rows, written into {@code out}. */
    @Override
    public void gradient(Matrix logits, Matrix targets, Matrix out) {
        Loss.requireSameShape(name(), logits, targets);
        logits.requireSameShape(out, "write a gradient into");
        double[] z = logits.data();
        double[] y = targets.data();
        double[] g = out.data();
        int cols = logits.cols();
        for (int r = 0; r < logits.rows(); r++) {
            int row = r * cols;
            double logSumExp = Softmax.logSumExp(z, row, cols);
            for (int k = row; k < row + cols; k++) {
                g[k] = (Math.exp(z[k] - logSumExp) - y[k]) / logits.rows();
            }
        }
    }
}
