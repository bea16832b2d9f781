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
