package dev.nonlinear.loss;

import dev.nonlinear.activation.Sigmoid;
import dev.nonlinear.tensor.Matrix;

/**
 * Binary cross-entropy on raw scores z (logits), with the sigmoid folded in:
 * {@code max(z, 0) − z·y + log(1 + e^(−|z|))}. This form never overflows, even for |z| = 1000,
 * and its gradient is simply sigmoid(z) − y.
 */
public final class BinaryCrossEntropyWithLogits implements Loss {
    private static final Sigmoid SIGMOID = new Sigmoid();

    @Override
    public String name() {
        return "binary_crossentropy_from_logits";
    }

    @Override
    public double value(Matrix logits, Matrix targets) {
        Loss.requireSameShape(name(), logits, targets);
        double[] z = logits.data();
        double[] y = targets.data();
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
        }
        return sum / z.length;
    }

    @Override
    public void gradient(Matrix logits, Matrix targets, Matrix out) {
        Loss.requireSameShape(name(), logits, targets);
        logits.requireSameShape(out, "write a gradient into");
        double[] z = logits.data();
        double[] y = targets.data();
        double[] g = out.data();
        for (int i = 0; i < z.length; i++) {
            g[i] = (SIGMOID.apply(z[i]) - y[i]) / z.length;
        }
    }
}
