package dev.nonlinear.activation;

/**
 * The identity, f(x) = x: "no activation". A network built only from Dense layers and this
 * function is one big linear map, however many layers it has — the baseline every notebook
 * compares against. Range (−∞, ∞).
 */
public final class Linear extends ElementwiseActivation {
    public Linear() {
        super("linear", "f(x) = x");
    }

    @Override
    public double apply(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return 1;
    }
}
