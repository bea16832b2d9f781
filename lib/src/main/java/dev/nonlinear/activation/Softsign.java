package dev.nonlinear.activation;

/**
 * Softsign x / (1 + |x|): tanh-shaped with range (−1, 1), but it approaches ±1 polynomially
 * rather than exponentially, so its gradient 1/(1 + |x|)² fades more slowly.
 */
public final class Softsign extends ElementwiseActivation {
    public Softsign() {
        super("softsign", "\\mathrm{softsign}(x) = \\frac{x}{1 + |x|}");
    }

    @Override
    public double apply(double x) {
        return x / (1 + Math.abs(x));
    }

    @Override
    public double derivative(double x) {
        double d = 1 + Math.abs(x);
        return 1 / d / d;
    }
}
