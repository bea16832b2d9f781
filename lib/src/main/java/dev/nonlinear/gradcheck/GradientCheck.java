package dev.nonlinear.gradcheck;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.ElementwiseActivation;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Checks a derivative you wrote against one measured numerically. The central difference
 * (f(x + h) − f(x − h)) / 2h has error of order h², so with h = 1e-5 an analytic derivative that
 * is right agrees to about 1e-9 in relative terms; one that is wrong does not agree at all.
 *
 * <p>Pick check points away from kinks (ReLU at 0, ReLU6 at 6, …): there the function has no
 * derivative and the two one-sided slopes differ.
 */
public final class GradientCheck {
    public static final double DEFAULT_STEP = 1e-5;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    private GradientCheck() {
    }

    /** The outcome: the worst relative error, where it occurred, and both values there. */
    public record Result(double maxRelativeError, int worstIndex, double analytic, double numeric, boolean passed) {
        @Override
        public String toString() {
            return String.format("%s: max relative error %.2e at index %d (analytic %.10g, numeric %.10g)",
                    passed ? "PASSED" : "FAILED", maxRelativeError, worstIndex, analytic, numeric);
        }
    }

    public static double numericDerivative(DoubleUnaryOperator f, double x) {
        return numericDerivative(f, x, DEFAULT_STEP);
    }

    public static double numericDerivative(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /**
     * The numeric gradient of a scalar function of many inputs: each coordinate of {@code x} is
     * nudged by ±h in place (so {@code f} may read a model's own weights array) and then restored.
     */
    public static double[] numericGradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double saved = x[i];
            x[i] = saved + DEFAULT_STEP;
            double plus = f.applyAsDouble(x);
            x[i] = saved - DEFAULT_STEP;
            double minus = f.applyAsDouble(x);
            x[i] = saved;
            gradient[i] = (plus - minus) / (2 * DEFAULT_STEP);
        }
        return gradient;
    }

    /**
     * |a − n| / max(1e-8, |a| + |n|): relative so that large and small gradients are judged alike,
     * with a floor so two values that are both essentially zero count as equal.
     */
    public static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(1e-8, Math.abs(analytic) + Math.abs(numeric));
    }

    public static double maxRelativeError(double[] analytic, double[] numeric) {
        return compare(analytic, numeric).maxRelativeError();
    }

    /** Checks f'(x) against the central difference at each of {@code points}. */
    public static Result check(ElementwiseActivation f, double... points) {
        double[] analytic = new double[points.length];
        double[] numeric = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            analytic[i] = f.derivative(points[i]);
            numeric[i] = numericDerivative(f::apply, points[i]);
        }
        return compare(analytic, numeric);
    }

    /**
     * Checks a vector activation's backward pass (the full vector-Jacobian product, so softmax
     * too) on the scalar L = Σ w_i·f(x)_i for a fixed random w.
     */
    public static Result check(Activation f, double[] x) {
        double[] w = new double[x.length];
        Random random = new Random(12345);
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian();
        }
        double[] analytic = f.backward(x, w);
        double[] numeric = numericGradient(input -> dot(w, f.apply(input)), x.clone());
        return compare(analytic, numeric);
    }

    /** Checks any analytic gradient of a scalar function, e.g. a loss. */
    public static Result check(ToDoubleFunction<double[]> f, double[] x, double[] analyticGradient) {
        return compare(analyticGradient, numericGradient(f, x.clone()));
    }

    private static Result compare(double[] analytic, double[] numeric) {
        if (analytic.length != numeric.length) {
            throw new IllegalArgumentException("analytic gradient has " + analytic.length + " values but numeric has "
                    + numeric.length);
        }
        double worst = 0;
        int worstIndex = 0;
        for (int i = 0; i < analytic.length; i++) {
            double error = relativeError(analytic[i], numeric[i]);
            if (!(error <= worst)) {   // also catches NaN
                worst = error;
                worstIndex = i;
            }
        }
        boolean empty = analytic.length == 0;
        return new Result(worst, worstIndex, empty ? 0 : analytic[worstIndex], empty ? 0 : numeric[worstIndex],
                worst < DEFAULT_TOLERANCE);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
