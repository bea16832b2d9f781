package dev.nonlinear.activation;

/**
 * The hyperbolic tangent: like the sigmoid but zero-centred, range (−1, 1), which keeps the next
 * layer's inputs balanced around zero. Its slope 1 − tanh²(x) peaks at 1 and still vanishes for
 * large |x|. (tanh(x) = 2σ(2x) − 1.)
 */
public final class Tanh extends ElementwiseActivation {
    public Tanh() {
        super("tanh", "\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}");
    }

    @Override
    public double apply(double x) {
        return Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
        // sech²(x) = 4e^(−2|x|) / (1 + e^(−2|x|))²: the same as 1 − tanh²(x), but 1 − tanh² loses every
        // digit once tanh(x) rounds to ±1, while this keeps full precision in the tails.
        double e = Math.exp(-2 * Math.abs(x));
        return 4 * e / ((1 + e) * (1 + e));
    }
}
