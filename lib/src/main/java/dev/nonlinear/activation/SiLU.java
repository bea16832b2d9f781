package dev.nonlinear.activation;

/**
 * Sigmoid-weighted linear unit x·σ(x), also called Swish (Ramachandran et al., 2017, with β = 1).
 * Smooth, non-monotonic (a small dip to about −0.28 near x ≈ −1.28), unbounded above like ReLU.
 */
public final class SiLU extends ElementwiseActivation {
    private static final Sigmoid SIGMOID = new Sigmoid();

    public SiLU() {
        super("silu", "\\mathrm{SiLU}(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}");
    }

    @Override
    public double apply(double x) {
        return x * SIGMOID.apply(x);
    }

    @Override
    public double derivative(double x) {
        double s = SIGMOID.apply(x);
        return s * (1 + x * (1 - s));
    }
}
