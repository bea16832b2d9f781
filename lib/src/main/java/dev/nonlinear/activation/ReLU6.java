package dev.nonlinear.activation;

/**
 * ReLU capped at 6, min(max(0, x), 6) (MobileNet): the cap keeps activations in a range that
 * low-precision arithmetic represents well. Slope 1 strictly between 0 and 6, else 0 (PyTorch).
 */
public final class ReLU6 extends ElementwiseActivation {
    public ReLU6() {
        super("relu6", "\\mathrm{ReLU6}(x) = \\min(\\max(0, x), 6)");
    }

    @Override
    public double apply(double x) {
        return Math.min(Math.max(0, x), 6);
    }

    @Override
    public double derivative(double x) {
        return x > 0 && x < 6 ? 1 : 0;
    }
}
