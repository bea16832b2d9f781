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
 * <p><b>Blank answers.</b> An answer cell is committed with a placeholder, and Run All runs it
 * before the learner has thought about the question. These placeholders are <i>blank</i>: they are
 * not checked, not counted as an attempt, and get a neutral "✎ Waiting for your answer" card saying
 * what to replace ({@link AnswerFeedback#isBlank()}):
 * <ul>
 *   <li>{@code "?"} or empty text, for every kind of question: {@code q1.answer("?")};</li>
 *   <li>NaN for a number: {@code q2.answer(Double.NaN)};</li>
 *   <li>for code, a function that returns NaN at every test point:
 *       {@code q6.answer(x -> Double.NaN, x -> Double.NaN)} (a real f with a blank derivative is
 *       checked as f alone);</li>
 *   <li>for a function of a vector, one that returns null for every input:
 *       {@code q5.answerVector(x -> null)}.</li>
 * </ul>
 * Anything else that cannot be read (the letter E when the options are A–D, infinity, a number
 * where a letter is wanted) still gets the amber "Can't check that answer" card.
 *
 * <p><b>Revealing the answer.</b> From the {@value #TRIES_BEFORE_REVEAL}rd wrong answer on, the
 * wrong-answer card offers {@code q1.reveal()}, which shows the right answer and why (and
 * {@link #isRevealed()} becomes true: the quiz score lists the question as revealed, not as
 * correct). Before that, {@link #reveal()} says how many wrong tries are left until it opens.
 *
 * <p>The question remembers its answers in this session: {@link #attempts()} counts the answers
 * that could be checked, and {@link #isCorrect()} tells whether the latest of them was right.
 */
public abstract class Question implements HtmlDisplayable {
    /** Wrong answers after which {@link #reveal()} opens. */
    public static final int TRIES_BEFORE_REVEAL = 3;

    private final String id;
    private final String text;
    private final String explanation;
    private final String hint;
    private final Form form;
    private int attempts;
    private int wrong;
    private boolean revealed;
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
     * @param replaceWith what a blank's placeholder is replaced with, e.g. "one letter: A, B, C or D"
     */
    protected record Form(String kind, String example, String note, String howToAnswer, String bodyText,
                          String replaceWith) {
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
        return record(() -> !isBlankText(answer) ? check(answer)
                : blank(answer.toString().isBlank() ? "the empty answer" : "?"));
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

    /** How many checked answers were wrong; {@link #reveal()} opens at {@value #TRIES_BEFORE_REVEAL}. */
    public int wrongAttempts() {
        return wrong;
    }

    /** True once {@link #reveal()} showed the answer; the score then lists the question as revealed. */
    public boolean isRevealed() {
        return revealed;
    }

    /**
     * The right answer and why, once {@value #TRIES_BEFORE_REVEAL} answers were wrong (or the latest
     * answer was right, which reveals nothing new). Before that, a card saying how many wrong tries
     * are left; it reveals nothing and changes nothing.
     */
    public final AnswerFeedback reveal() {
        if (isCorrect()) {
            return AnswerFeedback.answer(id, "You have already answered this right. The answer: " + sentence(answerText()),
                    explanation);
        }
        if (wrong < TRIES_BEFORE_REVEAL) {
            int left = TRIES_BEFORE_REVEAL - wrong;
            String start = "The answer opens after " + TRIES_BEFORE_REVEAL + " wrong tries";
            return AnswerFeedback.locked(id, wrong == 0
                    ? start + ", and you have not answered yet: have a go first — " + howToAnswer() + "."
                    : start + ": you have had " + wrong + ", so " + left + " more to go. The hint on your last card is"
                            + " the best clue.");
        }
        revealed = true;
        return AnswerFeedback.answer(id, "The answer: " + sentence(answerText()), explanation);
    }

    /** Ends the text with a full stop unless it ends like a sentence already. */
    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    /** Forgets this session's answers (and that the answer was revealed). */
    public void reset() {
        attempts = 0;
        wrong = 0;
        revealed = false;
        last = null;
    }

    /** The right answer as {@link #reveal()} shows it, e.g. "B — tanh" or "0.8808". */
    protected abstract String answerText();

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

    /** "Replace ? with one letter: A, B, C or D." — the card for an answer cell's untouched placeholder. */
    protected final AnswerFeedback blank(String placeholder) {
        return blank(placeholder, "");
    }

    /** {@link #blank(String)} with a note after it, e.g. where a NaN of one's own might come from. */
    protected final AnswerFeedback blank(String placeholder, String note) {
        return AnswerFeedback.blank(id, ("Replace " + placeholder + " with " + form.replaceWith()
                + ", then run the cell again. Nothing is checked or counted until you do. " + note).strip());
    }

    /** "?" or empty text: the placeholder of an answer cell that has not been filled in. */
    static boolean isBlankText(Object answer) {
        if (!(answer instanceof CharSequence text)) {
            return false;
        }
        String s = text.toString().strip();
        return s.isEmpty() || s.equals("?");
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
            if (!feedback.isCorrect()) {
                wrong++;
                if (wrong >= TRIES_BEFORE_REVEAL && !revealed) {
                    feedback = feedback.withRevealOffer("Stuck? Run `" + variableName()
                            + ".reveal()` to see the answer and why.");
                }
            }
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

    /** "Your latest answer: ✓ correct (2 attempts)", with "· answer revealed" once it was. */
    String status() {
        return "Your latest answer: " + (isCorrect() ? "✓ correct" : "✗ not right yet") + " (" + attempts
                + (attempts == 1 ? " attempt)" : " attempts)") + (revealed ? " · answer revealed" : "");
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
