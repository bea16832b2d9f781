package dev.nonlinear.activation;

/**
 * Exponential linear unit (Clevert et al., 2015): x for x > 0, α(e^x − 1) otherwise. Negative
 * outputs saturate smoothly at −α, which pulls mean activations towards zero; unlike ReLU the
 * negative side keeps a gradient. Default α = 1 as in Keras and PyTorch. Range (−α, ∞).
 */
public final class ELU extends ElementwiseActivation {
    private final double alpha;

    public ELU() {
        this(1.0);
    }

    public ELU(double alpha) {
        super("elu", "f(x) = \\begin{cases} x & x > 0 \\\\ \\alpha (e^{x} - 1) & x \\le 0 \\end{cases}, \\quad \\alpha = " + alpha);
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("ELU alpha must be a finite number > 0, got " + alpha);
        }
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public double apply(double x) {
        // expm1 keeps precision for small |x| where e^x − 1 would cancel.
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : alpha * Math.exp(x);
    }
}
