package dev.nonlinear.activation;

/**
 * The logistic sigmoid σ(x) = 1 / (1 + e^(−x)): squashes any number into (0, 1), so it reads as
 * a probability. Its slope σ(x)(1 − σ(x)) is at most 0.25 and vanishes for large |x| — the root of
 * the vanishing-gradient problem in deep sigmoid networks.
 */
public final class Sigmoid extends ElementwiseActivation {
    public Sigmoid() {
        super("sigmoid", "\\sigma(x) = \\frac{1}{1 + e^{-x}}");
    }

    @Override
    public double apply(double x) {
        // Only ever exponentiate a non-positive number, so e^x cannot overflow at x = ±1000.
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    @Override
    public double derivative(double x) {
        double s = apply(x);
        return s * (1 - s);
    }
}
