package dev.nonlinear.quiz;

import dev.nonlinear.activation.Activation;
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
 * A question answered with code: the learner writes a function and it is compared with a reference
 * at hidden test points. A value counts as right when it is within {@link #TOLERANCE} of the
 * reference (relative to the reference's size when that is above 1).
 *
 * <p>{@link #activation} questions take a function of one number, {@code q.answer(f)}, or the
 * function and its derivative, {@code q.answer(f, df)}. With a derivative there are three checks:
 * f against the reference, df against the reference's derivative, and a
 * {@linkplain GradientCheck gradient check} of the learner's df against central differences of the
 * learner's own f — which tells "my derivative is wrong" apart from "my function is wrong".
 *
 * <p>{@link #vector} questions take a function of a whole vector, e.g. softmax:
 * {@code q.answerVector(x -> ...)}.
 *
 * <p>Whatever the learner's code does — throw, return NaN or null, return the wrong length — the
 * feedback says what happened and for which input, never with a stack trace.
 */
public final class CodeQuestion extends Question {
    public static final double TOLERANCE = 1e-6;

    private final ElementwiseActivation reference;
    private final double[] points;
    private final boolean derivativeRequired;
    private final UnaryOperator<double[]> vectorReference;
    private final double[][] inputs;

    private CodeQuestion(String id, String prompt, String explanation, String hint, ElementwiseActivation reference,
                         double[] points, boolean derivativeRequired, UnaryOperator<double[]> vectorReference,
                         double[][] inputs) {
        super(id, prompt, explanation, hint, form(id, vectorReference != null, derivativeRequired,
                vectorReference != null ? inputs.length : points.length));
        this.reference = reference;
        this.points = points;
        this.derivativeRequired = derivativeRequired;
        this.vectorReference = vectorReference;
        this.inputs = inputs;
    }

    /** A "write this activation" question; a derivative may be given but is not required. */
    public static CodeQuestion activation(String id, String prompt, ElementwiseActivation reference,
                                          double[] hiddenTestPoints) {
        return activation(id, prompt, reference, hiddenTestPoints, false,
                "Your function matches the reference at every hidden test point.", "");
    }

    /**
     * A "write this activation" question. Pick test points away from kinks (e.g. 0 for ReLU or
     * softsign): there finite differences do not measure a derivative.
     */
    public static CodeQuestion activation(String id, String prompt, ElementwiseActivation reference,
                                          double[] hiddenTestPoints, boolean derivativeRequired, String explanation,
                                          String hint) {
        if (reference == null || hiddenTestPoints == null || hiddenTestPoints.length == 0) {
            throw new IllegalArgumentException("question " + id + " needs a reference activation and test points");
        }
        for (double x : hiddenTestPoints) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("question " + id + ": test points must be finite, got " + x);
            }
        }
        return new CodeQuestion(id, prompt, explanation, hint, reference, hiddenTestPoints.clone(), derivativeRequired,
                null, null);
    }

    /** A "write this vector function" question, e.g. softmax. */
    public static CodeQuestion vector(String id, String prompt, UnaryOperator<double[]> reference,
                                      double[][] hiddenInputs) {
        return vector(id, prompt, reference, hiddenInputs, "Your function matches the reference on every hidden input.",
                "");
    }

    public static CodeQuestion vector(String id, String prompt, UnaryOperator<double[]> reference,
                                      double[][] hiddenInputs, String explanation, String hint) {
        if (reference == null || hiddenInputs == null || hiddenInputs.length == 0) {
            throw new IllegalArgumentException("question " + id + " needs a reference function and test inputs");
        }
        double[][] copy = new double[hiddenInputs.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = hiddenInputs[i].clone();
        }
        return new CodeQuestion(id, prompt, explanation, hint, null, null, false, reference, copy);
    }

    /** True for a question about a function of a whole vector. */
    public boolean isVector() {
        return vectorReference != null;
    }

    /** How many hidden points (or input vectors) an answer is checked at. */
    public int testCount() {
        return isVector() ? inputs.length : points.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected AnswerFeedback check(Object answer) {
        if (answer == null) {
            return checkNull("function");
        }
        if (isVector()) {
            if (answer instanceof Activation activation && !(answer instanceof ElementwiseActivation)) {
                return checkVector(activation::apply);
            }
            if (answer instanceof Function<?, ?> function) {
                return checkVector((Function<double[], double[]>) function);
            }
            if (answer instanceof DoubleUnaryOperator || answer instanceof ElementwiseActivation) {
                return unreadable("That function takes one number, but this question wants a function of a whole"
                        + " vector (double[] → double[]). " + capitalised(howToAnswer()) + ".");
            }
        } else {
            if (answer instanceof DoubleUnaryOperator f) {
                return checkActivation(f, null);
            }
            if (answer instanceof ElementwiseActivation a) {
                return checkActivation(a::apply, a::derivative);
            }
            if (answer instanceof Function || answer instanceof Activation) {
                return unreadable("That function takes a whole vector, but this question wants a function of one"
                        + " number (double → double). " + capitalised(howToAnswer()) + ".");
            }
        }
        return unreadable(quote(String.valueOf(answer)) + " is not a function — this question wants code. "
                + capitalised(howToAnswer()) + ".");
    }

    @Override
    protected AnswerFeedback checkWithDerivative(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        if (isVector()) {
            return unreadable("This question wants one function of a whole vector, not a function and its derivative. "
                    + capitalised(howToAnswer()) + ".");
        }
        if (f == null) {
            return unreadable("Your function f is null. " + capitalised(howToAnswer()) + ".");
        }
        if (df == null) {
            return unreadable("Your derivative df is null. " + capitalised(howToAnswer()) + ".");
        }
        return checkActivation(f, df);
    }

    private AnswerFeedback checkActivation(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        List<String> details = new ArrayList<>();
        boolean valuesOk = compare("f", f, reference::apply, details);
        boolean derivativeOk = true;
        boolean gradientOk = true;
        if (df != null) {
            derivativeOk = compare("f'", df, reference::derivative, details);
            gradientOk = gradientCheck(f, df, details);
        }
        if (valuesOk && df == null && derivativeRequired) {
            return AnswerFeedback.notAnAttempt(id(), "⚠ Half way: the derivative is missing",
                    "Your f is right. This question also asks for its derivative: " + variableName()
                            + ".answer(f, df), e.g. " + variableName() + ".answer(x -> …, x -> …).", details);
        }
        if (valuesOk && derivativeOk && gradientOk) {
            return AnswerFeedback.correct(id(), "Every check passed.", explanation(), details);
        }
        String hint = hint();
        if (valuesOk && !derivativeOk) {
            hint = ("Your f is right, so the derivative is where to look. " + hint).strip();
        } else if (!valuesOk && df != null && gradientOk) {
            hint = ("Your f′ is the derivative of your f, so f itself is what differs from the reference. " + hint)
                    .strip();
        }
        return AnswerFeedback.wrong(id(), "Not every check passed — see below.", hint, details);
    }

    /** Compares a learner's function with the expected one at every hidden point; reports the first problem. */
    private boolean compare(String name, DoubleUnaryOperator learner, DoubleUnaryOperator expected,
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

    /** Finite differences of the learner's f against the learner's df, with {@link GradientCheck}. */
    private boolean gradientCheck(DoubleUnaryOperator f, DoubleUnaryOperator df, List<String> details) {
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

    private AnswerFeedback checkVector(Function<double[], double[]> f) {
        List<String> details = new ArrayList<>();
        boolean ok = compareVectors(f, details);
        if (ok) {
            return AnswerFeedback.correct(id(), "Every check passed.", explanation(), details);
        }
        return AnswerFeedback.wrong(id(), "Not every check passed — see below.", hint(), details);
    }

    private boolean compareVectors(Function<double[], double[]> f, List<String> details) {
        for (double[] input : inputs) {
            String shown = vectorText(input);
            double[] got;
            try {
                got = Learner.guard(() -> f.apply(input.clone()));
            } catch (Learner.Failed e) {
                details.add("✗ your function threw " + e.getMessage() + " for the input " + shown);
                return false;
            }
            double[] want = vectorReference.apply(input.clone());
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

    private static boolean close(double got, double want) {
        return Math.abs(got - want) <= TOLERANCE * Math.max(1, Math.abs(want));
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }

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

    /** What the card and the messages say; depends only on the kind of code question. */
    private static Form form(String id, boolean vector, boolean derivativeRequired, int tests) {
        String name = variableName(id);
        if (vector) {
            return new Form("Code", name + ".answerVector(x -> …)", "a function from double[] to double[]",
                    "answer with a function of a vector, e.g. " + name + ".answerVector(x -> …)",
                    "Checked against a reference on " + tests + " hidden input vectors (tolerance 1e-6).");
        }
        String about = "Checked against a reference at " + tests + " hidden test points (tolerance 1e-6)"
                + (derivativeRequired ? "; the derivative also by a gradient check of your f′ against your f." : ".");
        return derivativeRequired
                ? new Form("Code", name + ".answer(x -> …, x -> …)", "your f, then its derivative f′ (each double → double)",
                        "answer with your function and its derivative, e.g. " + name + ".answer(x -> …, x -> …)", about)
                : new Form("Code", name + ".answer(x -> …)",
                        "a function double → double (add its derivative as a second argument to check that too)",
                        "answer with a function, e.g. " + name + ".answer(x -> …)", about);
    }
}
