package dev.nonlinear.activation;

/**
 * Softplus (1/β)·log(1 + e^(βx)): a smooth ReLU whose derivative is the sigmoid σ(βx). Range (0, ∞).
 *
 * <p>Like PyTorch: β = 1 and, above βx > 20, the function returns x itself (the difference is below
 * double precision there) — avoiding e^(βx) overflow. Below, it uses max(z, 0) + log1p(e^(−|z|)),
 * which is stable for very negative inputs too.
 */
public final class Softplus extends ElementwiseActivation {
    private final double beta;
    private final double threshold;

    public Softplus() {
        this(1.0, 20.0);
    }

    public Softplus(double beta, double threshold) {
        super("softplus", "\\mathrm{softplus}(x) = \\tfrac{1}{\\beta}\\log\\left(1 + e^{\\beta x}\\right)");
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("softplus beta must be a finite number > 0, got " + beta);
        }
        this.beta = beta;
        this.threshold = threshold;
    }

    @Override
    public double apply(double x) {
        double z = beta * x;
        if (z > threshold) {
            return x;
        }
        return (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)))) / beta;
    }

    @Override
    public double derivative(double x) {
        double z = beta * x;
        if (z > threshold) {
            return 1;
        }
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
