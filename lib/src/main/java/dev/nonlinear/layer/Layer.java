package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

import java.util.List;

/**
 * One stage of a network. {@code forward} maps a batch (one sample per row) to the next batch and
 * remembers what it needs; {@code backward} receives dLoss/dOutput and returns dLoss/dInput, storing
 * the gradients of its own parameters on the way.
 */
public interface Layer {

    Matrix forward(Matrix input);

    /** Must follow a {@link #forward} call on the same batch. */
    Matrix backward(Matrix gradOutput);

    /**
     * The training loop's forward pass: the same values as {@link #forward}, but the result may be
     * a buffer that this layer overwrites on its next call, so a training step allocates nothing.
     * A layer without such buffers need not override it.
     */
    default Matrix forwardTraining(Matrix input) {
        return forward(input);
    }

    /**
     * The training loop's backward pass: the same gradients as {@link #backward}, but the result
     * may be a reused buffer, and when {@code inputGradientNeeded} is false (the first layer, whose
     * input is the data) the layer may skip dLoss/dInput and return null.
     */
    default Matrix backwardTraining(Matrix gradOutput, boolean inputGradientNeeded) {
        return backward(gradOutput);
    }

    /** The trainable parameters (none for an activation layer). */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** Number of outputs per sample for {@code inputSize} inputs; throws if the sizes do not fit. */
    int outputSize(int inputSize);

    /** A short name for tables, e.g. {@code "Dense"} or {@code "relu"}. */
    String name();

    default int parameterCount() {
        return parameters().stream().mapToInt(Parameter::size).sum();
    }
}
