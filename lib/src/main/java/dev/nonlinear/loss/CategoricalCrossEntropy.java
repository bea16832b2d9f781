package dev.nonlinear.loss;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Softmax;
import dev.nonlinear.tensor.Matrix;

/**
 * Categorical cross-entropy on class probabilities (each row sums to 1) against one-hot targets:
 * −Σ y_k·log p_k per row, averaged over rows.
 *
 * <p>Used after a softmax layer; training then takes the fused gradient p − y. For raw scores use
 * {@link SoftmaxCrossEntropy}.
 */
public final class CategoricalCrossEntropy implements Loss {
    private static final double EPSILON = 1e-12;

    @Override
    public String name() {
        return "categorical_crossentropy";
    }

    @Override
    public double value(Matrix predictions, Matrix targets) {
        Loss.requireSameShape(name(), predictions, targets);
        double[] p = predictions.data();
        double[] y = targets.data();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (y[i] != 0) {
                sum -= y[i] * Math.log(Math.max(EPSILON, p[i]));
            }
        }
        return sum / predictions.rows();
    }

    @Override
    public void gradient(Matrix predictions, Matrix targets, Matrix out) {
        Loss.requireSameShape(name(), predictions, targets);
        predictions.requireSameShape(out, "write a gradient into");
        double[] p = predictions.data();
        double[] y = targets.data();
        double[] g = out.data();
        for (int i = 0; i < p.length; i++) {
            g[i] = -y[i] / Math.max(EPSILON, p[i]) / predictions.rows();
        }
    }

    /** After a softmax: (p − y) / rows, because this loss averages over rows. */
    @Override
    public boolean gradientThroughActivation(Activation outputActivation, Matrix predictions, Matrix targets,
                                             Matrix out) {
        if (!(outputActivation instanceof Softmax)) {
            return false;
        }
        Loss.requireSameShape(name(), predictions, targets);
        Loss.scaledDifference(predictions, targets, 1.0 / predictions.rows(), out);
        return true;
    }
}
