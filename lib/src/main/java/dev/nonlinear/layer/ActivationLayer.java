package dev.nonlinear.layer;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Activations;
import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.tensor.MatrixBuffer;

/**
 * Applies an activation to every row of the batch. It has no parameters.
 *
 * <p>Readable form: {@code out.setRow(r, activation.apply(input.getRow(r)))} for every row r, and
 * backward {@code activation.backward(input.getRow(r), gradOutput.getRow(r))}. The code does the
 * same through the activation's in-place forms into buffers it reuses, so training allocates no
 * rows; an element-wise activation takes the whole batch as one long vector.
 */
public final class ActivationLayer implements Layer {
    private final Activation activation;
    private final MatrixBuffer outputBuffer = new MatrixBuffer();
    private final MatrixBuffer gradInputBuffer = new MatrixBuffer();
    private Matrix lastInput;

    public ActivationLayer(Activation activation) {
        this.activation = activation;
    }

    /** By name, e.g. {@code new ActivationLayer("relu")}. */
    public ActivationLayer(String activationName) {
        this(Activations.byName(activationName));
    }

    public Activation activation() {
        return activation;
    }

    /** f(x) into this layer's buffer: an element-wise f takes the whole batch as one vector, softmax row by row. */
    @Override
    public Matrix forward(Matrix input) {
        lastInput = input;
        Matrix out = outputBuffer.get(input.rows(), input.cols());
        if (activation.isElementwise()) {
            activation.apply(input.data(), out.data(), 0, input.size());
        } else {
            for (int r = 0; r < input.rows(); r++) {
                activation.apply(input.data(), out.data(), r * input.cols(), input.cols());
            }
        }
        return out;
    }

    /** f'(x) ⊙ g (a vector-Jacobian product per row for softmax); no parameters to update. */
    @Override
    public Matrix backward(Matrix gradOutput, boolean inputGradientNeeded) {
        if (lastInput == null) {
            throw new IllegalStateException("backward called before forward");
        }
        if (lastInput.rows() != gradOutput.rows() || lastInput.cols() != gradOutput.cols()) {
            lastInput.requireSameShape(gradOutput, "backpropagate through " + activation.name() + " with");
        }
        if (!inputGradientNeeded) {
            return null;   // no parameters here, so without dLoss/dInput there is nothing to compute
        }
        int rows = gradOutput.rows();
        int cols = gradOutput.cols();
        Matrix gradInput = gradInputBuffer.get(rows, cols);
        if (activation.isElementwise()) {
            activation.backward(lastInput.data(), gradOutput.data(), gradInput.data(), 0, gradOutput.size());
        } else {
            for (int r = 0; r < rows; r++) {
                activation.backward(lastInput.data(), gradOutput.data(), gradInput.data(), r * cols, cols);
            }
        }
        return gradInput;
    }

    @Override
    public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override
    public String name() {
        return activation.name();
    }

    @Override
    public String toString() {
        return "Activation(" + activation.name() + ")";
    }
}
