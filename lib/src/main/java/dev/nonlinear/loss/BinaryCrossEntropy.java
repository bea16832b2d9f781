package dev.nonlinear.loss;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Sigmoid;
import dev.nonlinear.tensor.Matrix;

/**
 * Binary cross-entropy on probabilities p ∈ (0, 1) against labels y ∈ {0, 1}:
 * −[y·log p + (1 − y)·log(1 − p)], averaged over all entries.
 *
 * <p>Probabilities are clipped to [1e-12, 1 − 1e-12] so a confident wrong answer costs a large but
 * finite loss. When the network ends in a sigmoid, training uses the fused gradient p − y instead.
 * For raw scores use {@link BinaryCrossEntropyWithLogits}.
 */
public final class BinaryCrossEntropy implements Loss {
    private static final double EPSILON = 1e-12;

    @Override
    public String name() {
        return "binary_crossentropy";
    }

    @Override
    public double value(Matrix predictions, Matrix targets) {
        Loss.requireSameShape(name(), predictions, targets);
        double[] p = predictions.data();
        double[] y = targets.data();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = clip(p[i]);
            sum -= y[i] * Math.log(q) + (1 - y[i]) * Math.log1p(-q);
        }
        return sum / p.length;
    }

    @Override
    public void gradient(Matrix predictions, Matrix targets, Matrix out) {
        Loss.requireSameShape(name(), predictions, targets);
        predictions.requireSameShape(out, "write a gradient into");
        double[] p = predictions.data();
        double[] y = targets.data();
        double[] g = out.data();
        for (int i = 0; i < p.length; i++) {
            double q = clip(p[i]);
            g[i] = (q - y[i]) / (q * (1 - q)) / p.length;
        }
    }

    /** After a sigmoid: (p − y) / entries, because this loss averages over every entry. */
    @Override
    public boolean gradientThroughActivation(Activation outputActivation, Matrix predictions, Matrix targets,
                                             Matrix out) {
        if (!(outputActivation instanceof Sigmoid)) {
            return false;
        }
        Loss.requireSameShape(name(), predictions, targets);
        Loss.scaledDifference(predictions, targets, 1.0 / predictions.size(), out);
        return true;
    }

    private static double clip(double p) {
        return Math.min(1 - EPSILON, Math.max(EPSILON, p));
    }
}
