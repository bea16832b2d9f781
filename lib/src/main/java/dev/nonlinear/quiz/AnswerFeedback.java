package dev.nonlinear.quiz;

import dev.nonlinear.display.HtmlDisplayable;

import java.util.List;
import java.util.Objects;

/**
 * What a learner sees after answering one question: right or wrong, why, and a hint for the next
 * try. (Named for what it is, so it is not confused with the grader's feedback page.)
 *
 * <p>The {@link Kind}s: <b>Correct</b> ("✓ Correct", green) carries the question's explanation.
 * <b>Wrong</b> ("✗ Not quite", red) carries a hint but not the explanation, so the learner can try
 * again; from the third wrong answer on it also offers {@code q1.reveal()} ({@link #revealOffer()}).
 * An answer the question cannot read at all — a letter that is not an option, a number where a
 * letter is expected, infinity — is <b>unreadable</b> (amber): it says what was wrong with the
 * input and how to answer. The placeholder of an answer cell nobody has filled in yet ("?", NaN,
 * … — see {@link Question}) is <b>blank</b> (grey): "waiting for your answer", and what to
 * replace. {@link Question#reveal()} gives an <b>answer</b> card (blue), or a <b>locked</b> one
 * (grey) before three wrong tries. Only correct and wrong count as attempts ({@link #isAttempt()}).
 */
public final class AnswerFeedback implements HtmlDisplayable {
    public static final String CORRECT_TITLE = "✓ Correct";
    public static final String WRONG_TITLE = "✗ Not quite";
    public static final String UNREADABLE_TITLE = "⚠ Can't check that answer";
    public static final String BLANK_TITLE = "✎ Waiting for your answer";
    public static final String ANSWER_TITLE = "➜ The answer";
    public static final String LOCKED_TITLE = "⊘ Not open yet";

    /** What the card is about; see the class comment. */
    public enum Kind { CORRECT, WRONG, UNREADABLE, BLANK, ANSWER, LOCKED }

    private final String questionId;
    private final Kind kind;
    private final String title;
    private final String message;
    private final String explanation;
    private final String hint;
    private final List<String> details;
    private final String revealOffer;

    private AnswerFeedback(String questionId, Kind kind, String title, String message, String explanation,
                           String hint, List<String> details) {
        this(questionId, kind, title, message, explanation, hint, details, "");
    }

    private AnswerFeedback(String questionId, Kind kind, String title, String message, String explanation,
                           String hint, List<String> details, String revealOffer) {
        this.questionId = questionId;
        this.kind = kind;
        this.title = title;
        this.message = nullToEmpty(message);
        this.explanation = nullToEmpty(explanation);
        this.hint = nullToEmpty(hint);
        this.details = List.copyOf(details);
        this.revealOffer = nullToEmpty(revealOffer);
    }

    static AnswerFeedback correct(String questionId, String message, String explanation, List<String> details) {
        return new AnswerFeedback(questionId, Kind.CORRECT, CORRECT_TITLE, message, explanation, "", details);
    }

    static AnswerFeedback wrong(String questionId, String message, String hint, List<String> details) {
        return new AnswerFeedback(questionId, Kind.WRONG, WRONG_TITLE, message, "", hint, details);
    }

    /** An answer that could not be checked: not correct, and not counted as an attempt. */
    static AnswerFeedback unreadable(String questionId, String message) {
        return notAnAttempt(questionId, UNREADABLE_TITLE, message, List.of());
    }

    static AnswerFeedback notAnAttempt(String questionId, String title, String message, List<String> details) {
        return new AnswerFeedback(questionId, Kind.UNREADABLE, title, message, "", "", details);
    }

    /** The answer cell still holds its placeholder: nothing checked, nothing counted. */
    static AnswerFeedback blank(String questionId, String message) {
        return new AnswerFeedback(questionId, Kind.BLANK, BLANK_TITLE, message, "", "", List.of());
    }

    /** What {@link Question#reveal()} shows once it is open: the answer and why. */
    static AnswerFeedback answer(String questionId, String message, String explanation) {
        return new AnswerFeedback(questionId, Kind.ANSWER, ANSWER_TITLE, message, explanation, "", List.of());
    }

    /** What {@link Question#reveal()} shows before it opens. */
    static AnswerFeedback locked(String questionId, String message) {
        return new AnswerFeedback(questionId, Kind.LOCKED, LOCKED_TITLE, message, "", "", List.of());
    }

    /** The same wrong-answer card, offering the answer, e.g. "Stuck? Run `q1.reveal()` …". */
    AnswerFeedback withRevealOffer(String offer) {
        return new AnswerFeedback(questionId, kind, title, message, explanation, hint, details, offer);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isCorrect() {
        return kind == Kind.CORRECT;
    }

    /**
     * True for a checked answer, right or wrong; false for input that could not be read, a blank
     * placeholder and the cards of {@link Question#reveal()}, none of which changes the score.
     */
    public boolean isAttempt() {
        return kind == Kind.CORRECT || kind == Kind.WRONG;
    }

    /** True when the answer cell still held its placeholder ("?", NaN, …): waiting for an answer. */
    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** After the third wrong answer: how to see the answer; empty otherwise. */
    public String revealOffer() {
        return revealOffer;
    }

    public String questionId() {
        return questionId;
    }

    /** "✓ Correct", "✗ Not quite", "✎ Waiting for your answer", a warning title for input that could not be checked, or a title of {@link Question#reveal()}. */
    public String title() {
        return title;
    }

    /** What was answered, or what was wrong with the input. */
    public String message() {
        return message;
    }

    /** Why the right answer is right; empty unless the answer was correct or revealed. */
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
        if (!revealOffer.isEmpty()) {
            text.append('\n').append(revealOffer.replace("`", ""));
        }
        return text.toString();
    }

    private static String nullToEmpty(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }
}
