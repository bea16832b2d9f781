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
}
