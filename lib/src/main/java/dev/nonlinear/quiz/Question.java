package dev.nonlinear.quiz;

import dev.nonlinear.display.HtmlDisplayable;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One quiz question. A learner answers with one of the {@code answer} methods and gets
 * {@link AnswerFeedback} back; nothing a learner passes in makes these methods throw.
 *
 * <p>Every kind of answer has a method here, so {@code var q1 = Quizzes.get("02-q1")} can be
 * answered without a cast: a letter or a number goes to {@link #answer(Object)}, a function of
 * one number to {@link #answer(DoubleUnaryOperator)} (with its derivative:
 * {@link #answer(DoubleUnaryOperator, DoubleUnaryOperator)}), a function of a vector to
 * {@link #answerVector(UnaryOperator)}. A question given the wrong kind of answer says which kind
 * it wants.
 *
 * <p>The question remembers its answers in this session: {@link #attempts()} counts the answers
 * that could be checked, and {@link #isCorrect()} tells whether the latest of them was right.
 */
public abstract class Question implements HtmlDisplayable {
    private final String id;
    private final String text;
    private final String explanation;
    private final String hint;
    private final Form form;
    private int attempts;
    private AnswerFeedback last;

    /**
     * How a question is answered, as the card and the messages about unreadable input say it.
     * Plain data given once by each kind of question, instead of methods every kind overrides.
     *
     * @param kind        a short label for the card header, e.g. "Multiple choice"
     * @param example     the code a learner types, e.g. {@code q1.answer("X")}
     * @param note        what the example's placeholder stands for, e.g. "X is one of A, B, C, D"; may be empty
     * @param howToAnswer one sentence, e.g. {@code answer with one letter, e.g. q1.answer("B")}
     * @param bodyText    the question-specific part of the plain-text version (options, how code is checked); may be empty
     */
    protected record Form(String kind, String example, String note, String howToAnswer, String bodyText) {
    }

    protected Question(String id, String text, String explanation, String hint, Form form) {
        this.form = form;
        this.id = requireText(id, "question id");
        this.text = requireText(text, "text of question " + id);
        this.explanation = explanation == null ? "" : explanation.strip();
        this.hint = hint == null ? "" : hint.strip();
    }

    public String id() {
        return id;
    }

    /** The question as written, without options. */
    public String text() {
        return text;
    }

    /** Answers a letter, a number or text; anything else gets feedback saying what is expected. */
    public final AnswerFeedback answer(Object answer) {
        return record(() -> check(answer));
    }

    /** Answers with a function of one number, e.g. {@code x -> x / (1 + Math.abs(x))}. */
    public final AnswerFeedback answer(DoubleUnaryOperator f) {
        return record(() -> f == null ? checkNull("function") : check(f));
    }

    /** Answers with a function and its derivative; both are checked. */
    public final AnswerFeedback answer(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return record(() -> checkWithDerivative(f, df));
    }

    /**
     * Answers with a function of a whole vector, e.g. softmax. (A separate name, because Java
     * could not tell {@code x -> ...} for numbers from {@code x -> ...} for vectors.)
     */
    public final AnswerFeedback answerVector(UnaryOperator<double[]> f) {
        return record(() -> f == null ? checkNull("function") : check(f));
    }

    /** How many answers were checked (unreadable input does not count). */
    public int attempts() {
        return attempts;
    }

    /** True when at least one answer was checked. */
    public boolean isAnswered() {
        return last != null;
    }

    /** True when the latest checked answer was right. */
    public boolean isCorrect() {
        return last != null && last.isCorrect();
    }

    /** The feedback on the latest checked answer. */
    public Optional<AnswerFeedback> lastFeedback() {
        return Optional.ofNullable(last);
    }

    /** Forgets this session's answers. */
    public void reset() {
        attempts = 0;
        last = null;
    }

    /** Checks an answer of any type (a letter, a number, a function, …). */
    protected abstract AnswerFeedback check(Object answer);

    /** Checks a function with its derivative; questions that want neither say so. */
    protected AnswerFeedback checkWithDerivative(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return check(f);
    }

    /** Feedback for null; every subclass says what it expected instead. */
    protected AnswerFeedback checkNull(String what) {
        return unreadable("You answered null — there is no " + what + " to check. " + capitalised(howToAnswer()) + ".");
    }

    /** One sentence saying how to answer; see {@link Form}. */
    protected final String howToAnswer() {
        return form.howToAnswer();
    }

    /** How this question is answered, for the card and the plain-text version. */
    Form form() {
        return form;
    }

    protected final String explanation() {
        return explanation;
    }

    protected final String hint() {
        return hint;
    }

    protected final AnswerFeedback unreadable(String message) {
        return AnswerFeedback.unreadable(id, message);
    }

    /**
     * The variable name the card suggests, taken from the id: {@code "02-q1"} → {@code q1}. Notebooks
     * declare {@code var q1 = Quizzes.get("02-q1");} to match.
     */
    public final String variableName() {
        return variableName(id);
    }

    /** {@link #variableName()} of an id, for the {@link Form} a subclass builds before its constructor runs. */
    static String variableName(String id) {
        if (id == null) {
            return "q"; // the constructor then reports the missing id
        }
        String suffix = id.substring(id.lastIndexOf('-') + 1);
        boolean identifier = !suffix.isEmpty() && Character.isJavaIdentifierStart(suffix.charAt(0))
                && suffix.chars().allMatch(Character::isJavaIdentifierPart);
        return identifier ? suffix : "q";
    }

    private AnswerFeedback record(Supplier<AnswerFeedback> check) {
        AnswerFeedback feedback;
        try {
            feedback = check.get();
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the checker, or something odd passed in: still never a stack trace for the learner.
            feedback = unreadable("Something went wrong while checking this answer (" + Learner.describe(e) + "). "
                    + capitalised(howToAnswer()) + ".");
        }
        if (feedback.isAttempt()) {
            attempts++;
            last = feedback;
        }
        return feedback;
    }

    @Override
    public String html() {
        return QuizCards.question(this);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[").append(id).append("] ").append(text);
        if (!form.bodyText().isEmpty()) {
            out.append('\n').append(form.bodyText());
        }
        out.append("\nAnswer in a code cell: ").append(form.example());
        if (!form.note().isEmpty()) {
            out.append(" — ").append(form.note());
        }
        if (last != null) {
            out.append('\n').append(status());
        }
        return out.toString();
    }

    /** "Your latest answer: ✓ correct (2 attempts)". */
    String status() {
        return "Your latest answer: " + (isCorrect() ? "✓ correct" : "✗ not right yet") + " (" + attempts
                + (attempts == 1 ? " attempt)" : " attempts)");
    }

    /** Learner input quoted for a message, shortened if long. */
    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        return "\"" + shown + "\"";
    }

    static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value.strip();
    }
}
