package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

import java.util.Arrays;

/**
 * A trainable matrix and the gradient of the loss with respect to it. Backward passes fill
 * {@link #grad()}; optimizers read it and change {@link #value()} in place.
 */
public final class Parameter {
    private final String name;
    private final Matrix value;
    private final Matrix grad;
    /** Set by zeroGrad: the gradient counts as zero, but its array has not been cleared yet. */
    private boolean gradPendingZero;

    public Parameter(String name, Matrix value) {
        this.name = name;
        this.value = value;
        this.grad = Matrix.zeros(value.rows(), value.cols());
    }

    public String name() {
        return name;
    }

    public Matrix value() {
        return value;
    }

    /** The gradient; all zeros right after {@link #zeroGrad()}. */
    public Matrix grad() {
        if (gradPendingZero) {
            Arrays.fill(grad.data(), 0);
            gradPendingZero = false;
        }
        return grad;
    }

    public int size() {
        return value.size();
    }

    /**
     * Resets the gradient to zero before the next backward pass. The clearing is lazy: a layer's
     * backward pass then writes the new gradient instead of adding it to zeros, which saves a
     * pass over the array; {@link #grad()} clears it first if it is read before that. (So read the
     * gradient through {@code grad()}, not through a matrix kept from before this call.)
     */
    public void zeroGrad() {
        gradPendingZero = true;
    }

    /**
     * For a backward pass that writes the gradient: the matrix, without clearing it. Ask
     * {@link #gradIsPendingZero()} first: when true, overwrite it; otherwise add to it.
     */
    Matrix gradForBackward() {
        gradPendingZero = false;
        return grad;
    }

    /** True when the gradient only counts as zero since {@link #zeroGrad()} (see {@link #gradForBackward()}). */
    boolean gradIsPendingZero() {
        return gradPendingZero;
    }

    @Override
    public String toString() {
        return name + " " + value.shape();
    }
}
