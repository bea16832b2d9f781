package dev.nonlinear.activation;

/**
 * Gaussian error linear unit (Hendrycks and Gimpel, 2016, arXiv:1606.08415): x·Φ(x), the input
 * weighted by the probability that a standard normal variable is below it. A smooth ReLU whose
 * small dip below zero near x ≈ −0.75 lets it pass some negative signal; used in BERT and GPT.
 *
 * <p>The default is the exact erf form, as in PyTorch and Keras; {@link #tanhApproximation()}
 * gives the paper's faster 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))), named "gelu_tanh". It is
 * computed as x·σ(2u), the same value, because 1 + tanh(u) loses digits when tanh(u) ≈ −1.
 */
public final class GELU extends ElementwiseActivation {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final Sigmoid SIGMOID = new Sigmoid();
    private final boolean approximate;

    public GELU() {
        this(false);
    }

    private GELU(boolean approximate) {
        super(approximate ? "gelu_tanh" : "gelu", approximate
                ? "\\mathrm{GELU}(x) \\approx \\tfrac{1}{2}x\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715x^3)\\right)\\right)"
                : "\\mathrm{GELU}(x) = x\\,\\Phi(x) = \\tfrac{1}{2}x\\left(1 + \\mathrm{erf}(x/\\sqrt{2})\\right)");
        this.approximate = approximate;
    }

    public static GELU tanhApproximation() {
        return new GELU(true);
    }

    public boolean isApproximate() {
        return approximate;
    }

    @Override
    public double apply(double x) {
        if (approximate) {
            return x * SIGMOID.apply(2 * inner(x));
        }
        return x * normalCdf(x);
    }

    @Override
    public double derivative(double x) {
        if (approximate) {
            if (Math.abs(x) > 20) {
                return x > 0 ? 1 : 0;   // σ is 0 or 1 here; x³ would overflow and give 0·∞
            }
            double s = SIGMOID.apply(2 * inner(x));
            return s + x * 2 * s * (1 - s) * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x * x);
        }
        double density = Math.abs(x) > 40 ? 0 : INV_SQRT_2PI * Math.exp(-0.5 * x * x);
        return normalCdf(x) + x * density;
    }

    private static double inner(double x) {
        return SQRT_2_OVER_PI * (x + 0.044715 * x * x * x);
    }

    /** Φ(x) through erfc, which stays accurate for very negative x where 1 + erf would cancel. */
    private static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }
}
