package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

import java.util.List;
import java.util.Random;

/**
 * A fully connected layer: {@code y = x · W + b}, with W of shape in × out.
 *
 * <p>On its own this is a linear function; stacking two of them is still linear
 * ({@code (x·W1)·W2 = x·(W1·W2)}), which is why networks put an activation between them.
 */
public final class Dense implements Layer {
    private final int inputs;
    private final int outputs;
    private final Parameter weights;
    private final Parameter bias;
    private Matrix lastInput;

    /** Xavier initialisation from a seeded generator. */
    public Dense(int inputs, int outputs, long seed) {
        this(inputs, outputs, Init.XAVIER, new Random(seed));
    }

    public Dense(int inputs, int outputs, Init init, Random random) {
        if (inputs <= 0 || outputs <= 0) {
            throw new IllegalArgumentException("Dense needs positive sizes, got " + inputs + " → " + outputs);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = new Parameter("W", init.weights(inputs, outputs, random));
        this.bias = new Parameter("b", Matrix.filled(1, outputs, init.bias()));
    }

    @Override
    public Matrix forward(Matrix input) {
        if (input.cols() != inputs) {
            throw new IllegalArgumentException("Dense(" + inputs + " → " + outputs + ") expects " + inputs
                    + " inputs per row, got batch " + input.shape());
        }
        lastInput = input;
        return input.matmul(weights.value()).plusRow(bias.value());
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        if (lastInput == null) {
            throw new IllegalStateException("backward called before forward");
        }
        // dL/dW = xᵀ·g and dL/db = Σ rows of g; accumulated so several batches could add up.
        addInto(weights.grad(), lastInput.transpose().matmul(gradOutput));
        addInto(bias.grad(), gradOutput.sumRows());
        return gradOutput.matmul(weights.value().transpose());
    }

    private static void addInto(Matrix target, Matrix delta) {
        double[] t = target.data();
        double[] d = delta.data();
        for (int i = 0; i < t.length; i++) {
            t[i] += d[i];
        }
    }

    public Matrix weights() {
        return weights.value();
    }

    public Matrix bias() {
        return bias.value();
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, bias);
    }

    @Override
    public int outputSize(int inputSize) {
        if (inputSize != inputs) {
            throw new IllegalArgumentException("Dense(" + inputs + " → " + outputs + ") cannot follow a layer with "
                    + inputSize + " outputs");
        }
        return outputs;
    }

    @Override
    public String name() {
        return "Dense";
    }

    @Override
    public String toString() {
        return "Dense(" + inputs + " → " + outputs + ")";
    }
}
