package dev.nonlinear.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * The questions of the notebooks, read from the library's {@code quizzes.json}:
 * <pre>
 * var q1 = Quizzes.get("02-q1");     // a card: question, options A–D, how to answer
 * q1.answer("B");                    // ✓ Correct / ✗ Not quite, with explanation or hint
 * q1.answer("?");                    // a blank: "waiting for your answer", not counted (see Question)
 * q1.reveal();                       // after 3 wrong answers: the answer and why
 * Quiz.load("02").score();           // "1 / 5 correct"
 * </pre>
 * Each question exists once per session: {@code Quizzes.get("02-q1")} and
 * {@code Quiz.load("02").question(1)} are the same object, so answering either updates the quiz's
 * score. {@link #resetAll()} forgets every answer.
 *
 * <h2>The file {@code dev/nonlinear/quiz/quizzes.json}</h2>
 * <pre>
 * {
 *   "salt": "…",                                  // mixed into every answer key
 *   "quizzes": [
 *     { "id": "02-activation-zoo",                // "NN-words": NN is the notebook
 *       "title": "Activation zoo",
 *       "questions": [ question, … ] },
 *     …
 *   ]
 * }
 * </pre>
 * Every question has {@code "id"} (unique, e.g. {@code "02-q1"}: the part after the last dash is
 * the variable name the card suggests), {@code "type"}, {@code "text"} (plain text; {@code `code`}
 * in backticks is shown as code, {@code \n} breaks the line), {@code "explanation"} (shown when the
 * answer is right) and optionally {@code "hint"} (shown when it is wrong). By type:
 * <ul>
 * <li>{@code "multiple-choice"}: {@code "options"} (2–6 strings, labelled A, B, …),
 *     {@code "answerHash"}, and optionally {@code "hints"}: {@code {"A": "why A is wrong", …}}.</li>
 * <li>{@code "numeric"}: {@code "answerHash"}, {@code "answerObfuscated"}, and optionally
 *     {@code "tolerance": {"absolute": 0.0005, "relative": 0.01}} — an answer is right within the
 *     larger of the two; {@code 0} for both means exact; no tolerance at all means 1e-9 relative.</li>
 * <li>{@code "code-activation"}: {@code "reference"} (an activation name for
 *     {@link dev.nonlinear.activation.Activations#elementwise}), {@code "testPoints"} (numbers, away
 *     from kinks) and optionally {@code "requireDerivative": true}.</li>
 * <li>{@code "code-vector"}: {@code "reference"} (a name for
 *     {@link dev.nonlinear.activation.Activations#byName}, e.g. "softmax") and {@code "testInputs"}
 *     (arrays of numbers).</li>
 * </ul>
 * Code questions may also have {@code "referenceFormula"}: the reference as {@link Question#reveal()}
 * shows it after three wrong tries (plain text, {@code `code`} in backticks), e.g. the formula and
 * a Java lambda; without it, reveal names the library's function.
 * Unknown fields are errors, and so is any plain {@code "answer"}, {@code "correct"},
 * {@code "solution"} or {@code "key"} field: the file holds only answer keys.
 *
 * <h2>Adding a question</h2>
 * Write the question, then make its key with {@link QuizKeys} (it reads the salt from this file):
 * {@code QuizKeys.main("choice", "02-q6", "C")} prints the {@code "answerHash"} line of a
 * multiple-choice question; {@code QuizKeys.main("number", "02-q7", "0.8808")} prints the two key
 * lines of a numeric one. For many questions, write them with a plain {@code "answer"} field in a
 * draft file kept out of the repository and run {@code QuizKeys.main("seal", "draft.json")}, which
 * prints the file with every answer replaced by its keys. The tests in {@code QuizBankTest} then
 * check that every key matches one of its question's options.
 *
 * <p>The keys are obfuscation, not security (see {@link QuizKeys}); the explanations in the file
 * are plain text and may give the answer away to someone who reads the file.
 */
public final class Quizzes {
    /** Where the question bank lives on the class path. */
    public static final String RESOURCE = "/dev/nonlinear/quiz/quizzes.json";

    private static QuizBank bank;

    private Quizzes() {
    }

    /** The question with this id, e.g. {@code "02-q1"}. */
    public static Question get(String questionId) {
        Question question = bank().questions().get(questionId == null ? "" : questionId.strip());
        if (question == null) {
            throw new IllegalArgumentException("there is no question \"" + questionId + "\"; "
                    + suggestions(questionId, bank().questions().keySet()));
        }
        return question;
    }

    /** The quiz with this id ("02-activation-zoo"), or of this notebook ("02"). */
    public static Quiz quiz(String quizId) {
        String wanted = quizId == null ? "" : quizId.strip();
        Quiz quiz = bank().quizzes().get(wanted);
        if (quiz != null) {
            return quiz;
        }
        String prefix = wanted.matches("\\d") ? "0" + wanted + "-" : wanted + "-";
        for (Quiz q : bank().quizzes().values()) {
            if (!wanted.isEmpty() && q.id().startsWith(prefix)) {
                return q;
            }
        }
        throw new IllegalArgumentException("there is no quiz \"" + quizId + "\"; the quizzes are "
                + String.join(", ", quizIds()));
    }

    public static List<String> quizIds() {
        return List.copyOf(bank().quizzes().keySet());
    }

    public static List<String> questionIds() {
        return List.copyOf(bank().questions().keySet());
    }

    /** Every quiz, in notebook order. */
    public static List<Quiz> all() {
        return List.copyOf(bank().quizzes().values());
    }

    /** Forgets every answer given in this session. */
    public static void resetAll() {
        bank().questions().values().forEach(Question::reset);
    }

    static synchronized QuizBank bank() {
        if (bank == null) {
            bank = QuizBank.load(Quizzes.class.getResourceAsStream(RESOURCE), RESOURCE);
        }
        return bank;
    }

    private static String suggestions(String id, java.util.Collection<String> ids) {
        String prefix = id == null || id.length() < 2 ? "" : id.strip().substring(0, 2);
        List<String> near = new ArrayList<>();
        for (String candidate : ids) {
            if (!prefix.isEmpty() && candidate.startsWith(prefix)) {
                near.add(candidate);
            }
        }
        return near.isEmpty() ? "the quizzes are " + String.join(", ", quizIds()) + " (questions NN-q1, NN-q2, …)"
                : "did you mean one of " + String.join(", ", near) + "?";
    }
}
