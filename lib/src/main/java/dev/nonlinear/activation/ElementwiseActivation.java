package dev.nonlinear.activation;

/**
 * An activation applied to each number on its own: {@code y_i = f(x_i)}. Its Jacobian is diagonal,
 * so backpropagation just multiplies by the derivative {@code f'(x_i)}.
 *
 * <p>A subclass writes only {@link #apply(double)} and {@link #derivative(double)}.
 */
public abstract class ElementwiseActivation implements Activation {
    private final String name;
    private final String formula;

    protected ElementwiseActivation(String name, String formula) {
        this.name = name;
        this.formula = formula;
    }

    /** f(x). */
    public abstract double apply(double x);

    /** f'(x), the slope at x. */
    public abstract double derivative(double x);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String formula() {
        return formula;
    }

    @Override
    public final boolean isElementwise() {
        return true;
    }

    @Override
    public double[] apply(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = apply(x[i]);
        }
        return y;
    }

    @Override
    public void apply(double[] x, double[] out, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            out[i] = apply(x[i]);
        }
    }

    @Override
    public void backward(double[] x, double[] gradOutput, double[] gradInput, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            gradInput[i] = gradOutput[i] * derivative(x[i]);
        }
    }

    /** f'(x_i) for every element. */
    public double[] derivative(double[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = derivative(x[i]);
        }
        return d;
    }

    @Override
    public double[] backward(double[] x, double[] gradOutput) {
        if (x.length != gradOutput.length) {
            throw new IllegalArgumentException(name + ": input has " + x.length + " values but gradient has "
                    + gradOutput.length);
        }
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = gradOutput[i] * derivative(x[i]);
        }
        return g;
    }

    @Override
    public String toString() {
        return name;
    }
}
