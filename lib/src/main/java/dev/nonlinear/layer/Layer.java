package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

import java.util.List;

/**
 * One stage of a network. {@code forward} maps a batch (one sample per row) to the next batch and
 * remembers its input; {@code backward} receives dLoss/dOutput, stores the gradients of the
 * layer's own parameters, and returns dLoss/dInput for the layer before it.
 *
 * <p>Both return a matrix the layer owns and overwrites on its next call: training runs thousands
 * of batches, and reusing these buffers means a step allocates nothing. Copy a result you want to
 * keep ({@link Sequential#predict} does).
 */
public interface Layer {

    /** The output for this batch, valid until the next {@code forward} call. */
    Matrix forward(Matrix input);

    /**
     * dLoss/dInput for the batch of the last {@link #forward} call, valid until the next
     * {@code backward} call. When {@code inputGradientNeeded} is false (the first layer, whose
     * input is the data) the layer may skip that product and return null; it still stores its
     * parameter gradients.
     */
    Matrix backward(Matrix gradOutput, boolean inputGradientNeeded);

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
