package dev.nonlinear.activation;

/**
 * The rectified linear unit max(0, x): cheap, slope exactly 1 for positive inputs (gradients do
 * not shrink through depth) and exactly 0 for negative ones (sparse activations — and "dead"
 * units that never recover if they only ever see negative inputs). Range [0, ∞).
 *
 * <p>At the kink x = 0 the derivative is taken as 0, as PyTorch and TensorFlow do.
 */
public final class ReLU extends ElementwiseActivation {
    public ReLU() {
        super("relu", "\\mathrm{ReLU}(x) = \\max(0, x)");
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : 0;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : 0;
    }
}
