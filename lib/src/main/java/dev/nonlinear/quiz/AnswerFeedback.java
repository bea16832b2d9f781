package dev.nonlinear.quiz;

import dev.nonlinear.display.HtmlDisplayable;

import java.util.List;
import java.util.Objects;

/**
 * What a learner sees after answering one question: right or wrong, why, and a hint for the next
 * try. (Named for what it is, so it is not confused with the grader's feedback page.)
 *
 * <p>There are three kinds. <b>Correct</b> ("✓ Correct", green) carries the question's
 * explanation. <b>Wrong</b> ("✗ Not quite", red) carries a hint but not the explanation, so the
 * learner can try again. An answer the question cannot read at all — a letter that is not an
 * option, an empty string, a number where a letter is expected, NaN — gives a third kind (amber):
 * it says what was wrong with the input and how to answer, and does not count as an attempt
 * ({@link #isAttempt()} is false).
 */
public final class AnswerFeedback implements HtmlDisplayable {
    public static final String CORRECT_TITLE = "✓ Correct";
    public static final String WRONG_TITLE = "✗ Not quite";
    public static final String UNREADABLE_TITLE = "⚠ Can't check that answer";

    private final String questionId;
    private final boolean correct;
    private final boolean attempt;
    private final String title;
    private final String message;
    private final String explanation;
    private final String hint;
    private final List<String> details;

    private AnswerFeedback(String questionId, boolean correct, boolean attempt, String title, String message,
                     String explanation, String hint, List<String> details) {
        this.questionId = questionId;
        this.correct = correct;
        this.attempt = attempt;
        this.title = title;
        this.message = nullToEmpty(message);
        this.explanation = nullToEmpty(explanation);
        this.hint = nullToEmpty(hint);
        this.details = List.copyOf(details);
    }

    static AnswerFeedback correct(String questionId, String message, String explanation, List<String> details) {
        return new AnswerFeedback(questionId, true, true, CORRECT_TITLE, message, explanation, "", details);
    }

    static AnswerFeedback wrong(String questionId, String message, String hint, List<String> details) {
        return new AnswerFeedback(questionId, false, true, WRONG_TITLE, message, "", hint, details);
    }

    /** An answer that could not be checked: not correct, and not counted as an attempt. */
    static AnswerFeedback unreadable(String questionId, String message) {
        return notAnAttempt(questionId, UNREADABLE_TITLE, message, List.of());
    }

    static AnswerFeedback notAnAttempt(String questionId, String title, String message, List<String> details) {
        return new AnswerFeedback(questionId, false, false, title, message, "", "", details);
    }

    public boolean isCorrect() {
        return correct;
    }

    /** False when the input could not be read as an answer; such feedback does not change the score. */
    public boolean isAttempt() {
        return attempt;
    }

    public String questionId() {
        return questionId;
    }

    /** "✓ Correct", "✗ Not quite", or a warning title for input that could not be checked. */
    public String title() {
        return title;
    }

    /** What was answered, or what was wrong with the input. */
    public String message() {
        return message;
    }

    /** Why the right answer is right; empty unless the answer was correct. */
    public String explanation() {
        return explanation;
    }

    /** A nudge for the next try; empty unless the answer was wrong. */
    public String hint() {
        return hint;
    }

    /** Check-by-check results, e.g. for a code question; may be empty. */
    public List<String> details() {
        return details;
    }

    @Override
    public String html() {
        return QuizCards.feedback(this);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(title).append(" (").append(questionId).append(')');
        for (String part : new String[]{message, explanation}) {
            if (!part.isEmpty()) {
                text.append('\n').append(part);
            }
        }
        for (String line : details) {
            text.append("\n  • ").append(line);
        }
        if (!hint.isEmpty()) {
            text.append("\nHint: ").append(hint);
        }
        return text.toString();
    }

    private static String nullToEmpty(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }
}
