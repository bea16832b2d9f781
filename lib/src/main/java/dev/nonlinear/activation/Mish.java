package dev.nonlinear.activation;

/**
 * Mish (Misra, 2019): x·tanh(softplus(x)). Smooth and non-monotonic like SiLU, with a slightly
 * deeper negative dip (about −0.31). Range ≈ [−0.31, ∞).
 */
public final class Mish extends ElementwiseActivation {
    public Mish() {
        super("mish", "\\mathrm{Mish}(x) = x \\tanh\\left(\\log(1 + e^{x})\\right)");
    }

    @Override
    public double apply(double x) {
        return x * Math.tanh(softplus(x));
    }

    @Override
    public double derivative(double x) {
        double t = Math.tanh(softplus(x));
        // d/dx softplus(x) = σ(x); written with e^(−|x|) so nothing overflows.
        double e = Math.exp(-Math.abs(x));
        double sigmoid = x >= 0 ? 1 / (1 + e) : e / (1 + e);
        return t + x * (1 - t * t) * sigmoid;
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
