package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

/**
 * A trainable matrix and the gradient of the loss with respect to it. A layer's backward pass
 * writes {@link #grad()}; an optimizer reads it and changes {@link #value()} in place.
 *
 * <p>Why there is no {@code zeroGrad()} here, unlike micrograd or PyTorch: there a value can feed
 * several others, so its gradient is a sum that backward adds to, and it must be zeroed before
 * each batch. In a {@link Sequential} each parameter is used once per batch, so backward simply
 * overwrites its gradient: nothing to zero, nothing left over from the previous batch, and no pass
 * over the array to clear it.
 */
public final class Parameter {
    private final String name;
    private final Matrix value;
    private final Matrix grad;

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

    /** dLoss/dValue from the last backward pass (zeros before the first one); same shape as the value. */
    public Matrix grad() {
        return grad;
    }

    public int size() {
        return value.size();
    }

    @Override
    public String toString() {
        return name + " " + value.shape();
    }
}
