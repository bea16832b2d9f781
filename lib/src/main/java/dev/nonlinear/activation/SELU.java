package dev.nonlinear.activation;

/**
 * Scaled ELU (Klambauer et al., 2017, "Self-Normalizing Neural Networks"): λ·x for x > 0 and
 * λα(e^x − 1) otherwise. With these exact constants (PyTorch's), activations of a deep network
 * with LeCun-normal weights drift towards mean 0 and variance 1 on their own.
 */
public final class SELU extends ElementwiseActivation {
    public static final double ALPHA = 1.6732632423543772848170429916717;
    public static final double SCALE = 1.0507009873554804934193349852946;

    public SELU() {
        super("selu", "f(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha (e^{x} - 1) & x \\le 0 \\end{cases}, \\quad \\lambda \\approx 1.0507,\\ \\alpha \\approx 1.6733");
    }

    @Override
    public double apply(double x) {
        return x > 0 ? SCALE * x : SCALE * ALPHA * Math.expm1(x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? SCALE : SCALE * ALPHA * Math.exp(x);
    }
}
