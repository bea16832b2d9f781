package dev.nonlinear.quiz;

import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.gradcheck.GradientCheck;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A question answered with code: the learner writes a function and it is compared with a reference
 * at hidden test points. A value counts as right when it is within {@link #TOLERANCE} of the
 * reference (relative to the reference's size when that is above 1).
 *
 * <p>There are two kinds, each a class of its own:
 * <ul>
 *   <li>{@link #activation} questions ({@link ActivationQuestion}) take a function of one number,
 *       {@code q.answer(f)}, or the function and its derivative, {@code q.answer(f, df)}. With a
 *       derivative there are three checks: f against the reference, df against the reference's
 *       derivative, and a {@linkplain GradientCheck gradient check} of the learner's df against
 *       central differences of the learner's own f — which tells "my derivative is wrong" apart
 *       from "my function is wrong".</li>
 *   <li>{@link #vector} questions ({@link VectorQuestion}) take a function of a whole vector, e.g.
 *       softmax: {@code q.answerVector(x -> ...)}.</li>
 * </ul>
 * The checks themselves — running the learner's code at the hidden points, one line of feedback
 * per check — are in {@link CodeChecks}. Whatever the learner's code does (throw, return NaN or
 * null, return the wrong length) the feedback says what happened and for which input, never with
 * a stack trace.
 */
public abstract sealed class CodeQuestion extends Question permits ActivationQuestion, VectorQuestion {
    public static final double TOLERANCE = 1e-6;

    private final String answerText;

    /** {@code answerText}: what {@link #reveal()} shows; when blank, {@code fallbackAnswerText}. */
    CodeQuestion(String id, String prompt, String explanation, String hint, Form form, String answerText,
                 String fallbackAnswerText) {
        super(id, prompt, explanation, hint, form);
        this.answerText = answerText == null || answerText.isBlank() ? fallbackAnswerText : answerText.strip();
    }

    @Override
    protected final String answerText() {
        return answerText;
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
        return activation(id, prompt, reference, hiddenTestPoints, derivativeRequired, explanation, hint, null);
    }

    /** With the text {@link #reveal()} shows as the answer, e.g. the reference in Java; null: the reference's name. */
    static CodeQuestion activation(String id, String prompt, ElementwiseActivation reference, double[] hiddenTestPoints,
                                   boolean derivativeRequired, String explanation, String hint, String answerText) {
        if (reference == null || hiddenTestPoints == null || hiddenTestPoints.length == 0) {
            throw new IllegalArgumentException("question " + id + " needs a reference activation and test points");
        }
        for (double x : hiddenTestPoints) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("question " + id + ": test points must be finite, got " + x);
            }
        }
        return new ActivationQuestion(id, prompt, explanation, hint, reference, hiddenTestPoints.clone(),
                derivativeRequired, answerText);
    }

    /** A "write this vector function" question, e.g. softmax. */
    public static CodeQuestion vector(String id, String prompt, UnaryOperator<double[]> reference,
                                      double[][] hiddenInputs) {
        return vector(id, prompt, reference, hiddenInputs, "Your function matches the reference on every hidden input.",
                "");
    }

    public static CodeQuestion vector(String id, String prompt, UnaryOperator<double[]> reference,
                                      double[][] hiddenInputs, String explanation, String hint) {
        return vector(id, prompt, reference, hiddenInputs, explanation, hint, null);
    }

    /** With the text {@link #reveal()} shows as the answer, e.g. the reference in Java. */
    static CodeQuestion vector(String id, String prompt, UnaryOperator<double[]> reference, double[][] hiddenInputs,
                               String explanation, String hint, String answerText) {
        if (reference == null || hiddenInputs == null || hiddenInputs.length == 0) {
            throw new IllegalArgumentException("question " + id + " needs a reference function and test inputs");
        }
        // A copy, so neither the caller nor the learner's code can change the hidden inputs later.
        double[][] copy = new double[hiddenInputs.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = hiddenInputs[i].clone();
        }
        return new VectorQuestion(id, prompt, explanation, hint, reference, copy, answerText);
    }

    /** True for a question about a function of a whole vector. */
    public final boolean isVector() {
        return this instanceof VectorQuestion;
    }

    /** How many hidden points (or input vectors) an answer is checked at. */
    public abstract int testCount();

    /** The answer is no function at all, e.g. a number or a letter. */
    final AnswerFeedback notAFunction(Object answer) {
        return unreadable(quote(String.valueOf(answer)) + " is not a function — this question wants code. "
                + capitalised(howToAnswer()) + ".");
    }

    /** The same verdict for both kinds: right when every check passed, else the details say which failed. */
    final AnswerFeedback verdict(boolean allPassed, String hint, List<String> details) {
        return allPassed
                ? AnswerFeedback.correct(id(), "Every check passed.", explanation(), details)
                : AnswerFeedback.wrong(id(), "Not every check passed — see below.", hint, details);
    }
}
