package dev.nonlinear.activation;

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

    /** True when each output depends only on the input at the same position. */
    default boolean isElementwise() {
        return false;
    }
}
