package dev.nonlinear.loss;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.tensor.Matrix;

/**
 * How wrong a batch of predictions is: a single number averaged over the batch, and its gradient
 * with respect to each prediction.
 */
public interface Loss {

    String name();

    /** Mean loss over the rows of the batch. */
    double value(Matrix predictions, Matrix targets);

    /** dLoss/dPrediction, same shape as {@code predictions}, already divided by the batch size. */
    Matrix gradient(Matrix predictions, Matrix targets);

    /**
     * The gradient with respect to the input of the output activation, when this loss and that
     * activation simplify together (softmax + cross-entropy, sigmoid + binary cross-entropy both
     * give {@code (p − y) / n}). Going through the activation's own backward instead divides by
     * probabilities that may have underflowed to zero. Returns null when there is no shortcut.
     */
    default Matrix gradientThroughActivation(Activation outputActivation, Matrix predictions, Matrix targets) {
        return null;
    }

    /**
     * {@link #gradient} written into {@code out} (same shape as the predictions): the form the
     * training loop uses, which the common losses compute without allocating.
     */
    default void gradient(Matrix predictions, Matrix targets, Matrix out) {
        copyInto(gradient(predictions, targets), out);
    }

    /**
     * {@link #gradientThroughActivation} written into {@code out}; returns false, leaving
     * {@code out} untouched, when there is no shortcut.
     */
    default boolean gradientThroughActivation(Activation outputActivation, Matrix predictions, Matrix targets,
                                              Matrix out) {
        Matrix fused = gradientThroughActivation(outputActivation, predictions, targets);
        if (fused == null) {
            return false;
        }
        copyInto(fused, out);
        return true;
    }

    private static void copyInto(Matrix from, Matrix out) {
        from.requireSameShape(out, "copy a gradient between");
        System.arraycopy(from.data(), 0, out.data(), 0, from.size());
    }

    static void requireSameShape(String loss, Matrix predictions, Matrix targets) {
        if (predictions.rows() != targets.rows() || predictions.cols() != targets.cols()) {
            throw new IllegalArgumentException(loss + ": predictions " + predictions.shape() + " and targets "
                    + targets.shape() + " must have the same shape");
        }
    }

    /** (p − y) / n: the fused gradient of the two shortcuts above. */
    static Matrix predictionMinusTarget(Matrix predictions, Matrix targets) {
        return predictions.minus(targets).scale(1.0 / predictions.rows());
    }

    /** (p − y) / n written into {@code out}, for the training loop. */
    static void predictionMinusTarget(Matrix predictions, Matrix targets, Matrix out) {
        scaledDifference(predictions, targets, 1.0 / predictions.rows(), out);
    }

    /** (p − y)·scale written into {@code out}: the gradient of MSE and of the shortcuts above. */
    static void scaledDifference(Matrix predictions, Matrix targets, double scale, Matrix out) {
        predictions.requireSameShape(out, "write a gradient into");
        double[] p = predictions.data();
        double[] y = targets.data();
        double[] g = out.data();
        for (int i = 0; i < p.length; i++) {
            g[i] = (p[i] - y[i]) * scale;
        }
    }
}
