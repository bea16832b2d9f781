package dev.nonlinear.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * A question answered with a number: {@code q2.answer(0.8808)}. An answer counts as right when it
 * is within the absolute tolerance or the relative tolerance of the key, whichever is larger (both
 * zero: it must be exact, for counts such as parameter numbers).
 *
 * <p>The key is stored obfuscated (see {@link QuizKeys}) — that keeps it from being read at a
 * glance, it is not security. Text such as {@code "0.88"} is accepted too. NaN is the blank of an
 * answer cell (see {@link Question}): "waiting for your answer". Infinities, text that is no
 * number, percentages and decimal commas get a message instead of a verdict.
 */
public final class NumericQuestion extends Question {
    private final String salt;
    private final String answerObfuscated;
    private final double absoluteTolerance;
    private final double relativeTolerance;

    /** A question as stored in {@code quizzes.json}; the hash must match the obfuscated value. */
    NumericQuestion(String id, String text, String salt, String answerHash, String answerObfuscated,
                    double absoluteTolerance, double relativeTolerance, String explanation, String hint) {
        super(id, text, explanation, hint, form(id, absoluteTolerance, relativeTolerance));
        double value;
        try {
            value = QuizKeys.reveal(salt, id, answerObfuscated);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("question " + id + ": answerObfuscated cannot be decoded", e);
        }
        if (!QuizKeys.numberHash(salt, id, value).equalsIgnoreCase(String.valueOf(answerHash))) {
            throw new IllegalArgumentException("question " + id + ": answerHash does not match answerObfuscated;"
                    + " make both with QuizKeys");
        }
        this.salt = salt;
        this.answerObfuscated = answerObfuscated;
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    /**
     * A question written directly in code, for quick checks and tests; the answer is visible in
     * that code, so graded questions belong in {@code quizzes.json}.
     */
    public static NumericQuestion of(String id, String text, double answer, double absoluteTolerance,
                                     double relativeTolerance, String explanation) {
        String salt = "inline";
        return new NumericQuestion(id, text, salt, QuizKeys.numberHash(salt, id, answer),
                QuizKeys.obfuscate(salt, id, answer), absoluteTolerance, relativeTolerance, explanation, "");
    }

    public double absoluteTolerance() {
        return absoluteTolerance;
    }

    public double relativeTolerance() {
        return relativeTolerance;
    }

    @Override
    protected AnswerFeedback check(Object answer) {
        if (answer == null) {
            return checkNull("number");
        }
        if (answer instanceof Number number) {
            return judge(number.doubleValue());
        }
        if (answer instanceof CharSequence text) {
            return checkText(text.toString().strip());
        }
        if (answer instanceof DoubleUnaryOperator || answer instanceof Function) {
            return unreadable("That is a function, but this question wants a number. " + capitalised(howToAnswer()) + ".");
        }
        return unreadable(quote(String.valueOf(answer)) + " is not a number — " + howToAnswer() + ".");
    }

    private AnswerFeedback checkText(String text) {
        if (text.endsWith("%")) {
            return unreadable(quote(text) + " is a percentage; give the plain number instead (50% is 0.5) — "
                    + howToAnswer() + ".");
        }
        if (text.contains(",")) {
            return unreadable(quote(text) + " has a comma; write numbers with a decimal point and without thousands"
                    + " separators (1234.5, not 1,234.5 or 1234,5) — " + howToAnswer() + ".");
        }
        try {
            return judge(Double.parseDouble(text.replace("_", "")));
        } catch (NumberFormatException e) {
            return unreadable(quote(text) + " is not a number — " + howToAnswer() + ".");
        }
    }

    private AnswerFeedback judge(double x) {
        if (Double.isNaN(x)) {
            return blank("NaN", "(If NaN came out of your own calculation, look for 0/0, ∞ − ∞ or the square root"
                    + " of a negative number in it.)");
        }
        if (Double.isInfinite(x)) {
            return unreadable(format(x) + " is not a finite number — did something overflow, or divide by zero? "
                    + capitalised(howToAnswer()) + ".");
        }
        double key = QuizKeys.reveal(salt, id(), answerObfuscated);
        String yourAnswer = "You answered " + format(x) + ".";
        if (accepts(x, key)) {
            return AnswerFeedback.correct(id(), yourAnswer, explanation(), List.of());
        }
        StringBuilder hint = new StringBuilder(x > key ? "Your answer is too high." : "Your answer is too low.");
        if (Math.abs(key) <= 1 && accepts(x / 100, key)) {
            hint.append(" It looks like a percentage: give it as a fraction (0.5, not 50).");
        }
        if (!hint().isEmpty()) {
            hint.append(' ').append(hint());
        }
        return AnswerFeedback.wrong(id(), yourAnswer, hint.toString(), List.of());
    }

    /** The key, decoded as {@link #judge} decodes it, e.g. "-3 (must be exact)". */
    @Override
    protected String answerText() {
        return format(QuizKeys.reveal(salt, id(), answerObfuscated)) + " ("
                + toleranceText(absoluteTolerance, relativeTolerance) + ")";
    }

    private boolean accepts(double x, double key) {
        double tolerance = Math.max(absoluteTolerance, relativeTolerance * Math.abs(key));
        return Math.abs(x - key) <= tolerance;
    }

    /** Checks the tolerances first: the card's note describes them. */
    private static Form form(String id, double absoluteTolerance, double relativeTolerance) {
        if (!(absoluteTolerance >= 0) || !(relativeTolerance >= 0)
                || Double.isInfinite(absoluteTolerance) || Double.isInfinite(relativeTolerance)) {
            throw new IllegalArgumentException("question " + id + ": tolerances must be finite and ≥ 0");
        }
        String name = variableName(id);
        return new Form("Number", name + ".answer(…)", "a number, " + toleranceText(absoluteTolerance, relativeTolerance),
                "answer with a number, e.g. " + name + ".answer(0.5)", "", "your number, e.g. " + name + ".answer(0.5)");
    }

    /** "exactly", "within ±0.0005", "within ±1 %", or both. */
    static String toleranceText(double absoluteTolerance, double relativeTolerance) {
        if (absoluteTolerance == 0 && relativeTolerance == 0) {
            return "must be exact";
        }
        String absolute = "±" + plain(absoluteTolerance);
        String relative = "±" + plain(relativeTolerance * 100) + " %";
        if (relativeTolerance == 0) {
            return "accepted within " + absolute;
        }
        if (absoluteTolerance == 0) {
            return "accepted within " + relative;
        }
        return "accepted within " + absolute + " or " + relative + ", whichever is larger";
    }


    /** A learner's number as Java prints it, without a needless ".0" on whole numbers. */
    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.valueOf((long) x);
        }
        return String.valueOf(x);
    }

    /** 0.0005 as "0.0005", 1e-9 as "1e-9". */
    private static String plain(double x) {
        BigDecimal exact = BigDecimal.valueOf(x).stripTrailingZeros();
        return x != 0 && Math.abs(x) < 1e-4 ? exact.toString().replace("E", "e") : exact.toPlainString();
    }
}
