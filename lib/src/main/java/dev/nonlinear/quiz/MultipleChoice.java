package dev.nonlinear.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question with 2–6 options labelled A, B, C, …, answered with one letter:
 * {@code q1.answer("B")}. Case and surrounding spaces do not matter ({@code " b "} is B), nor
 * does a bracket or full stop after the letter ({@code "B)"}, {@code "(b)"}, {@code "B."}).
 *
 * <p>The question holds only a salted hash of the right letter (see {@link QuizKeys}), never the
 * letter itself. A wrong answer gets that option's hint (why it is wrong) if there is one, else
 * the question's general hint.
 */
public final class MultipleChoice extends Question {
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 6;
    private static final Pattern LETTER = Pattern.compile("\\(?([A-Za-z])[).:]?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    private final List<String> options;
    private final String salt;
    private final String answerHash;
    private final Map<Character, String> optionHints;

    /**
     * A question as stored in {@code quizzes.json}. {@code optionHints} maps option letters to
     * "why this choice is wrong"; it may be empty.
     */
    MultipleChoice(String id, String text, List<String> options, String salt, String answerHash, String explanation,
                   String hint, Map<Character, String> optionHints) {
        super(id, text, explanation, hint, form(id, options));
        if (options == null || options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("question " + id + " needs " + MIN_OPTIONS + "–" + MAX_OPTIONS
                    + " options, has " + (options == null ? 0 : options.size()));
        }
        for (String option : options) {
            if (option == null || option.isBlank()) {
                throw new IllegalArgumentException("question " + id + " has an empty option");
            }
        }
        if (answerHash == null || !answerHash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("question " + id + ": answerHash must be 64 hex digits (SHA-256), got "
                    + answerHash);
        }
        this.options = options.stream().map(String::strip).toList();
        this.salt = salt;
        this.answerHash = answerHash.toLowerCase(Locale.ROOT);
        this.optionHints = new LinkedHashMap<>();
        optionHints.forEach((letter, why) -> {
            char upper = Character.toUpperCase(letter);
            if (index(upper) < 0) {
                throw new IllegalArgumentException("question " + id + " has a hint for option " + letter
                        + " but only options " + letters());
            }
            this.optionHints.put(upper, why);
        });
    }

    /**
     * A question written directly in code, for quick checks and tests. The right letter is hashed
     * at once and not kept, but it is visible in the code that calls this, so graded questions
     * belong in {@code quizzes.json} and are fetched with {@link Quizzes#get}.
     */
    public static MultipleChoice of(String id, String text, List<String> options, String correctLetter,
                                    String explanation) {
        return of(id, text, options, correctLetter, explanation, Map.of());
    }

    /** Like {@link #of(String, String, List, String, String)} with hints keyed by option letter ("A", "C", …). */
    public static MultipleChoice of(String id, String text, List<String> options, String correctLetter,
                                    String explanation, Map<String, String> hintsByLetter) {
        String salt = "inline";
        Map<Character, String> hints = new LinkedHashMap<>();
        hintsByLetter.forEach((letter, why) -> hints.put(letter.strip().charAt(0), why));
        return new MultipleChoice(id, text, options, salt, QuizKeys.choiceHash(salt, id, correctLetter), explanation,
                "", hints);
    }

    public List<String> options() {
        return options;
    }

    /** "A, B, C, D". */
    public String letters() {
        return letters(options.size());
    }

    private static String letters(int count) {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            letters.add(String.valueOf(letter(i)));
        }
        return String.join(", ", letters);
    }

    /** "A, B, C or D". */
    private static String lettersWithOr(int count) {
        String all = letters(count);
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** The right letter and its option, found as {@link #judge} finds it: by hashing each letter. */
    @Override
    protected String answerText() {
        for (int i = 0; i < options.size(); i++) {
            if (QuizKeys.choiceHash(salt, id(), String.valueOf(letter(i))).equals(answerHash)) {
                return letter(i) + " — " + options.get(i);
            }
        }
        throw new IllegalStateException("question " + id() + ": no option matches the answer key");
    }

    /** Options as "  A) text" lines in the plain-text version; the card draws them itself. */
    private static Form form(String id, List<String> options) {
        List<String> shown = options == null ? List.of() : options;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            String option = shown.get(i) == null ? "" : shown.get(i).strip();
            text.append(i == 0 ? "" : "\n").append("  ").append(letter(i)).append(") ").append(option);
        }
        String name = variableName(id);
        return new Form("Multiple choice", name + ".answer(\"X\")", "X is one of " + letters(shown.size()),
                "answer with one letter, e.g. " + name + ".answer(\"B\")", text.toString(),
                "one letter: " + lettersWithOr(shown.size()));
    }

    @Override
    protected AnswerFeedback check(Object answer) {
        if (answer == null) {
            return checkNull("letter");
        }
        if (answer instanceof Character c) {
            return checkText(String.valueOf(c));
        }
        if (answer instanceof CharSequence text) {
            return checkText(text.toString());
        }
        if (answer instanceof Number number) {
            return unreadable(number + " is a number, but this question wants the letter of an option ("
                    + letters() + "). " + capitalised(howToAnswer()) + ".");
        }
        if (answer instanceof DoubleUnaryOperator || answer instanceof Function) {
            return unreadable("That is a function, but this question wants the letter of an option (" + letters()
                    + "). " + capitalised(howToAnswer()) + ".");
        }
        return unreadable(quote(String.valueOf(answer)) + " is not one of the options " + letters() + " — "
                + howToAnswer() + ".");
    }

    private AnswerFeedback checkText(String raw) {
        String text = raw.strip();
        Matcher letter = LETTER.matcher(text);
        if (letter.matches()) {
            char chosen = Character.toUpperCase(letter.group(1).charAt(0));
            int index = index(chosen);
            if (index < 0) {
                return unreadable(quote(text) + " is not one of the options " + letters() + " — " + howToAnswer() + ".");
            }
            return judge(chosen, index);
        }
        if (NUMBER.matcher(text).matches()) {
            return unreadable(quote(text) + " is a number, but this question wants the letter of an option ("
                    + letters() + "). " + capitalised(howToAnswer()) + ".");
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equalsIgnoreCase(text)) {
                return unreadable(quote(text) + " is the text of option " + letter(i) + "; answer with its letter: "
                        + variableName() + ".answer(\"" + letter(i) + "\").");
            }
        }
        return unreadable(quote(text) + " is not one of the options " + letters() + " — " + howToAnswer() + ".");
    }

    private AnswerFeedback judge(char chosen, int index) {
        String yourAnswer = "You answered " + chosen + ": " + options.get(index) + ".";
        if (QuizKeys.choiceHash(salt, id(), String.valueOf(chosen)).equals(answerHash)) {
            return AnswerFeedback.correct(id(), yourAnswer, explanation(), List.of());
        }
        String why = optionHints.getOrDefault(chosen, "");
        String hint = why.isEmpty() ? hint() : hint().isEmpty() ? why : why + " " + hint();
        if (hint.isEmpty()) {
            hint = "Read the question again and try another option.";
        }
        return AnswerFeedback.wrong(id(), yourAnswer, hint, List.of());
    }


    private int index(char letter) {
        int index = letter - 'A';
        return index >= 0 && index < options.size() ? index : -1;
    }

    private static char letter(int index) {
        return (char) ('A' + index);
    }
}
