package dev.nonlinear.activation;

import java.util.Arrays;

/**
 * A non-linear (or, for {@link Linear}, deliberately linear) function applied to a layer's output.
 *
 * <p>Most activations act on each number on its own ({@link ElementwiseActivation}); softmax acts
 * on a whole vector at once. This interface is what both share: the vector forward pass and the
 * backward pass, which turns the gradient of the loss with respect to the output into the gradient
 * with respect to the input (a vector-Jacobian product).
 */
public interface Activation {

    /** The lookup name, e.g. {@code "leaky_relu"}; see {@link Activations#byName}. */
    String name();

    /** The definition in LaTeX, shown in the notebooks. */
    String formula();

    /** Applies the function to a vector; returns a new array. */
    double[] apply(double[] x);

    /**
     * Backpropagation through the function: given the input {@code x} and the gradient of the loss
     * with respect to the output, returns the gradient with respect to {@code x}.
     */
    double[] backward(double[] x, double[] gradOutput);

    /**
     * {@link #apply(double[])} on the vector {@code x[offset, offset + length)}, written to the same
     * positions of {@code out}: the form the training loop uses, which the built-in activations
     * compute without allocating. An element-wise activation may be given any range, for example a
     * whole batch at once; others are given one row at a time.
     */
    default void apply(double[] x, double[] out, int offset, int length) {
        double[] y = apply(Arrays.copyOfRange(x, offset, offset + length));
        System.arraycopy(y, 0, out, offset, length);
    }

    /**
     * {@link #backward(double[], double[])} on the vector at {@code [offset, offset + length)} of
     * each array, written to the same positions of {@code gradInput}.
     */
    default void backward(double[] x, double[] gradOutput, double[] gradInput, int offset, int length) {
        double[] g = backward(Arrays.copyOfRange(x, offset, offset + length),
                Arrays.copyOfRange(gradOutput, offset, offset + length));
        System.arraycopy(g, 0, gradInput, offset, length);
    }

    /** True when each output depends only on the input at the same position. */
    default boolean isElementwise() {
        return false;
    }
}
