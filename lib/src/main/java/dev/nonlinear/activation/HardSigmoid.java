package dev.nonlinear.activation;

/**
 * A piecewise-linear sigmoid, cheap on small devices: 0 below −3, 1 above 3, x/6 + 1/2 between —
 * PyTorch's definition, ReLU6(x + 3)/6. Keras 2 used 0.2x + 0.5 (clipped); Keras 3 switched to
 * x/6 + 0.5 like PyTorch. The derivative is 1/6 strictly inside (−3, 3) and 0 outside.
 */
public final class HardSigmoid extends ElementwiseActivation {
    public HardSigmoid() {
        super("hard_sigmoid", "f(x) = \\frac{\\mathrm{ReLU6}(x + 3)}{6} = \\max\\left(0, \\min\\left(1, \\frac{x}{6} + \\frac{1}{2}\\right)\\right)");
    }

    @Override
    public double apply(double x) {
        return Math.max(0, Math.min(1, x / 6 + 0.5));
    }

    @Override
    public double derivative(double x) {
        return x > -3 && x < 3 ? 1.0 / 6 : 0;
    }
}
