package dev.nonlinear.loss;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.tensor.Matrix;

/**
 * How wrong a batch of predictions is: a single number averaged over the batch, and its gradient
 * with respect to each prediction.
 *
 * <p>Each loss writes its gradient in one place, {@link #gradient(Matrix, Matrix, Matrix)}, into a
 * matrix the caller owns, because the training loop reuses that matrix from batch to batch.
 */
public interface Loss {

    String name();

    /** Mean loss over the rows of the batch. */
    double value(Matrix predictions, Matrix targets);

    /** dLoss/dPrediction, already divided by the batch size, written into {@code out} (same shape). */
    void gradient(Matrix predictions, Matrix targets, Matrix out);

    /** The same gradient in a new matrix, for a notebook or a test. */
    default Matrix gradient(Matrix predictions, Matrix targets) {
        Matrix out = new Matrix(predictions.rows(), predictions.cols());
        gradient(predictions, targets, out);
        return out;
    }

    /**
     * The shortcut past the output activation: when this loss and {@code outputActivation} simplify
     * together (softmax + cross-entropy and sigmoid + binary cross-entropy both give p − y, divided
     * by the batch size), writes the gradient with respect to the activation's <em>input</em> into
     * {@code out} and returns true. Why: going through the activation's own backward instead divides
     * by probabilities that may have underflowed to zero. Returns false, leaving {@code out}
     * untouched, when there is no shortcut.
     */
    default boolean gradientThroughActivation(Activation outputActivation, Matrix predictions, Matrix targets,
                                              Matrix out) {
        return false;
    }

    static void requireSameShape(String loss, Matrix predictions, Matrix targets) {
        if (predictions.rows() != targets.rows() || predictions.cols() != targets.cols()) {
            throw new IllegalArgumentException(loss + ": predictions " + predictions.shape() + " and targets "
                    + targets.shape() + " must have the same shape");
        }
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
