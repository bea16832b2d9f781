package dev.nonlinear.quiz;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.ElementwiseActivation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * "Write this activation": a {@link CodeQuestion} answered with a function of one number,
 * {@code q.answer(x -> …)}, or with the function and its derivative, {@code q.answer(f, df)}.
 * Which checks run, and what the hint says when they disagree, is decided here; the checks
 * themselves are in {@link CodeChecks}.
 */
final class ActivationQuestion extends CodeQuestion {
    private final ElementwiseActivation reference;
    private final double[] points;
    private final boolean derivativeRequired;

    ActivationQuestion(String id, String prompt, String explanation, String hint, ElementwiseActivation reference,
                       double[] points, boolean derivativeRequired, String answerText) {
        super(id, prompt, explanation, hint, form(id, derivativeRequired, points.length), answerText,
                "the library's " + reference.name() + ", `Activations.elementwise(\"" + reference.name() + "\")`");
        this.reference = reference;
        this.points = points;
        this.derivativeRequired = derivativeRequired;
    }

    @Override
    public int testCount() {
        return points.length;
    }

    @Override
    protected AnswerFeedback check(Object answer) {
        if (answer == null) {
            return checkNull("function");
        }
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
        return notAFunction(answer);
    }

    @Override
    protected AnswerFeedback checkWithDerivative(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        if (f == null) {
            return unreadable("Your function f is null. " + capitalised(howToAnswer()) + ".");
        }
        if (df == null) {
            return unreadable("Your derivative df is null. " + capitalised(howToAnswer()) + ".");
        }
        return checkActivation(f, df);
    }

    /** f against the reference; with a derivative also df against f′ and against the learner's own f. */
    private AnswerFeedback checkActivation(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        if (CodeChecks.nanEverywhere(f, points)) {
            return blank(df == null ? "Double.NaN" : "each Double.NaN");
        }
        if (df != null && CodeChecks.nanEverywhere(df, points)) {
            df = null;   // a real f with the derivative still blank: check f alone
        }
        List<String> details = new ArrayList<>();
        boolean valuesOk = CodeChecks.values("f", f, reference::apply, points, details);
        boolean derivativeOk = true;
        boolean gradientOk = true;
        if (df != null) {
            derivativeOk = CodeChecks.values("f'", df, reference::derivative, points, details);
            gradientOk = CodeChecks.gradient(f, df, points, details);
        }
        if (valuesOk && df == null && derivativeRequired) {
            return AnswerFeedback.notAnAttempt(id(), "⚠ Half way: the derivative is missing",
                    "Your f is right. This question also asks for its derivative: " + variableName()
                            + ".answer(f, df), e.g. " + variableName() + ".answer(x -> …, x -> …).", details);
        }
        // When only some checks fail, which ones failed tells the learner where to look.
        String hint = hint();
        if (valuesOk && !derivativeOk) {
            hint = ("Your f is right, so the derivative is where to look. " + hint).strip();
        } else if (!valuesOk && df != null && gradientOk) {
            hint = ("Your f′ is the derivative of your f, so f itself is what differs from the reference. " + hint)
                    .strip();
        }
        return verdict(valuesOk && derivativeOk && gradientOk, hint, details);
    }

    /** What the card and the messages say, with or without a required derivative. */
    private static Form form(String id, boolean derivativeRequired, int tests) {
        String name = variableName(id);
        String about = "Checked against a reference at " + tests + " hidden test points (tolerance 1e-6)"
                + (derivativeRequired ? "; the derivative also by a gradient check of your f′ against your f." : ".");
        return derivativeRequired
                ? new Form("Code", name + ".answer(x -> …, x -> …)", "your f, then its derivative f′ (each double → double)",
                        "answer with your function and its derivative, e.g. " + name + ".answer(x -> …, x -> …)", about,
                        "your f(x) and f′(x), e.g. " + name + ".answer(x -> x / 2, x -> 0.5)")
                : new Form("Code", name + ".answer(x -> …)",
                        "a function double → double (add its derivative as a second argument to check that too)",
                        "answer with a function, e.g. " + name + ".answer(x -> …)", about,
                        "your f(x), e.g. " + name + ".answer(x -> x / 2)");
    }
}
