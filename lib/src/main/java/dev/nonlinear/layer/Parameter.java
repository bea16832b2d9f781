package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

/**
 * A trainable matrix and the gradient of the loss with respect to it. Backward passes fill
 * {@link #grad()}; optimizers read it and change {@link #value()} in place.
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

    public Matrix grad() {
        return grad;
    }

    public int size() {
        return value.size();
    }

    public void zeroGrad() {
        java.util.Arrays.fill(grad.data(), 0);
    }

    @Override
    public String toString() {
        return name + " " + value.shape();
    }
}
