package dev.nonlinear.activation;

/**
 * ReLU with a small slope α for negative inputs, f(x) = x for x > 0 and αx otherwise, so a unit
 * pushed negative still gets a gradient and cannot die.
 *
 * <p>Default α = 0.01, as in PyTorch and DL4J. Frameworks differ: Keras' {@code LeakyReLU} layer
 * defaults to 0.3 and {@code keras.activations.leaky_relu} to 0.2. The derivative at 0 is taken
 * as α (the left slope), matching PyTorch.
 */
public final class LeakyReLU extends ElementwiseActivation {
    public static final double DEFAULT_SLOPE = 0.01;
    private final double slope;

    public LeakyReLU() {
        this(DEFAULT_SLOPE);
    }

    public LeakyReLU(double slope) {
        super("leaky_relu", "f(x) = \\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases}, \\quad \\alpha = " + slope);
        if (!(slope >= 0) || Double.isInfinite(slope)) {
            throw new IllegalArgumentException("Leaky ReLU slope must be a finite number ≥ 0, got " + slope);
        }
        this.slope = slope;
    }

    public double slope() {
        return slope;
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : slope * x;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : slope;
    }
}
