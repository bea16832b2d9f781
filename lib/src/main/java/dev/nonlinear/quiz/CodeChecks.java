package dev.nonlinear.quiz;

import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.gradcheck.GradientCheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The checks behind a {@link CodeQuestion}: each runs the learner's code at the hidden points
 * (through {@link Learner#guard}, so whatever it throws becomes a sentence), adds one line to the
 * details — "✓ …" or "✗ …" for the first problem found — and returns whether it passed.
 */
final class CodeChecks {
    private CodeChecks() {
    }

    /** The learner's function against the expected one at every point, e.g. f against softsign. */
    static boolean values(String name, DoubleUnaryOperator learner, DoubleUnaryOperator expected, double[] points,
                          List<String> details) {
        for (double x : points) {
            double got;
            try {
                got = Learner.guard(() -> learner.applyAsDouble(x));
            } catch (Learner.Failed e) {
                details.add("✗ " + name + " threw " + e.getMessage() + " at x = " + NumericQuestion.format(x));
                return false;
            }
            double want = expected.applyAsDouble(x);
            if (!Double.isFinite(got)) {
                details.add("✗ " + name + "(" + NumericQuestion.format(x) + ") returned " + got + ", expected "
                        + number(want));
                return false;
            }
            if (!close(got, want)) {
                details.add("✗ " + name + "(" + NumericQuestion.format(x) + ") = " + number(got) + ", expected "
                        + number(want) + " (off by " + String.format(Locale.ROOT, "%.1e", Math.abs(got - want)) + ")");
                return false;
            }
        }
        details.add("✓ " + name + " matches the reference at all " + points.length + " hidden test points");
        return true;
    }

    /**
     * The learner's df against central differences of the learner's own f, with {@link GradientCheck}:
     * it needs no reference, so it says whether df fits f even when f itself is wrong.
     */
    static boolean gradient(DoubleUnaryOperator f, DoubleUnaryOperator df, double[] points, List<String> details) {
        ElementwiseActivation yours = new ElementwiseActivation("yours", "") {
            @Override
            public double apply(double x) {
                return Learner.guard(() -> f.applyAsDouble(x));
            }

            @Override
            public double derivative(double x) {
                return Learner.guard(() -> df.applyAsDouble(x));
            }
        };
        GradientCheck.Result result;
        try {
            result = GradientCheck.check(yours, points);
        } catch (Learner.Failed e) {
            details.add("✗ gradient check stopped: your code threw " + e.getMessage());
            return false;
        }
        String error = String.format(Locale.ROOT, "%.1e", result.maxRelativeError());
        if (result.passed()) {
            details.add("✓ gradient check: your f' agrees with central differences of your f (max relative error "
                    + error + ")");
            return true;
        }
        details.add("✗ gradient check: your f' disagrees with central differences (f(x+h) − f(x−h)) / 2h of your f:"
                + " relative error " + error + " at x = " + NumericQuestion.format(points[result.worstIndex()])
                + " (your f' gives " + number(result.analytic()) + ", finite differences give "
                + number(result.numeric()) + ")");
        return false;
    }

    /**
     * A function of a whole vector against the reference on every input. Each call gets a copy of
     * the input, so learner code that writes into its argument cannot spoil the hidden inputs.
     */
    static boolean vectors(Function<double[], double[]> f, UnaryOperator<double[]> reference, double[][] inputs,
                           List<String> details) {
        for (double[] input : inputs) {
            String shown = vectorText(input);
            double[] got;
            try {
                got = Learner.guard(() -> f.apply(input.clone()));
            } catch (Learner.Failed e) {
                details.add("✗ your function threw " + e.getMessage() + " for the input " + shown);
                return false;
            }
            double[] want = reference.apply(input.clone());
            if (got == null) {
                details.add("✗ your function returned null for the input " + shown);
                return false;
            }
            if (got.length != want.length) {
                details.add("✗ for the input " + shown + " your function returned " + got.length + " values, expected "
                        + want.length);
                return false;
            }
            for (int i = 0; i < want.length; i++) {
                if (!Double.isFinite(got[i]) || !close(got[i], want[i])) {
                    details.add("✗ for the input " + shown + " position " + i + " is "
                            + (Double.isFinite(got[i]) ? number(got[i]) : String.valueOf(got[i])) + ", expected "
                            + number(want[i]) + " (you returned " + vectorText(got) + ")");
                    return false;
                }
            }
        }
        details.add("✓ matches the reference on all " + inputs.length + " hidden inputs");
        return true;
    }

    /**
     * True when the learner's function returns NaN at every point: the blank of a code answer cell,
     * {@code x -> Double.NaN}. A function that throws somewhere is not blank (the checks report it).
     */
    static boolean nanEverywhere(DoubleUnaryOperator f, double[] points) {
        try {
            for (double x : points) {
                if (!Double.isNaN(Learner.guard(() -> f.applyAsDouble(x)))) {
                    return false;
                }
            }
            return true;
        } catch (Learner.Failed e) {
            return false;
        }
    }

    /** True when the learner's vector function returns null for every input: the blank {@code x -> null}. */
    static boolean nullEverywhere(Function<double[], double[]> f, double[][] inputs) {
        try {
            for (double[] input : inputs) {
                if (Learner.guard(() -> f.apply(input.clone())) != null) {
                    return false;
                }
            }
            return true;
        } catch (Learner.Failed e) {
            return false;
        }
    }

    /** Within {@link CodeQuestion#TOLERANCE}, relative to the expected value once that is above 1. */
    private static boolean close(double got, double want) {
        return Math.abs(got - want) <= CodeQuestion.TOLERANCE * Math.max(1, Math.abs(want));
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }

    /** A vector as a learner would write it, the first four values only when it is long. */
    private static String vectorText(double[] v) {
        if (v.length > 8) {
            return "a vector of " + v.length + " values starting " + vectorText(Arrays.copyOf(v, 4)).replace("]", ", …]");
        }
        List<String> parts = new ArrayList<>();
        for (double x : v) {
            parts.add(Double.isFinite(x) && Math.abs(x) < 1e6 && x == Math.rint(x) ? NumericQuestion.format(x)
                    : Double.isFinite(x) ? String.format(Locale.ROOT, "%.4g", x) : String.valueOf(x));
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
