package dev.nonlinear.layer;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Activations;
import dev.nonlinear.tensor.Matrix;

/** Applies an activation to every row of the batch. It has no parameters. */
public final class ActivationLayer implements Layer {
    private final Activation activation;
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

    @Override
    public Matrix forward(Matrix input) {
        lastInput = input;
        Matrix out = new Matrix(input.rows(), input.cols());
        for (int r = 0; r < input.rows(); r++) {
            out.setRow(r, activation.apply(input.getRow(r)));
        }
        return out;
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        if (lastInput == null) {
            throw new IllegalStateException("backward called before forward");
        }
        lastInput.requireSameShape(gradOutput, "backpropagate through " + activation.name() + " with");
        Matrix gradInput = new Matrix(gradOutput.rows(), gradOutput.cols());
        for (int r = 0; r < gradOutput.rows(); r++) {
            gradInput.setRow(r, activation.backward(lastInput.getRow(r), gradOutput.getRow(r)));
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
