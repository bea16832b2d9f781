package dev.nonlinear.quiz;

import dev.nonlinear.display.HtmlDisplayable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Questions grouped under a title, with a running score:
 * <pre>
 * var quiz = Quiz.load("02-activation-zoo");   // or Quiz.load("02"); shows every question
 * var q1 = Quizzes.get("02-q1");                // the same question object as quiz.question(1)
 * q1.answer("B");                               // feedback card
 * quiz.score();                                 // "1 / 5 correct", with a row per question
 * </pre>
 * The score counts a question as correct when its latest checked answer was right and its answer
 * was not revealed ({@link Question#reveal()}); revealed questions are counted apart. Answers are
 * remembered for the session (the notebook's JVM); {@link #reset()} forgets them.
 */
public final class Quiz implements HtmlDisplayable {
    private final String id;
    private final String title;
    private final List<Question> questions;

    Quiz(String id, String title, List<Question> questions) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a quiz needs a title");
        }
        if (questions == null || questions.isEmpty() || questions.contains(null)) {
            throw new IllegalArgumentException("quiz \"" + title + "\" needs at least one question (and no nulls)");
        }
        this.id = id;
        this.title = title.strip();
        this.questions = List.copyOf(questions);
    }

    /** A quiz of questions made in code, e.g. {@code Quiz.of("Activation zoo", q1, q2, q3)}. */
    public static Quiz of(String title, Question... questions) {
        return new Quiz("", title, questions == null ? null : Arrays.asList(questions));
    }

    /** A quiz from the library's question bank, by id ("02-activation-zoo") or notebook number ("02"); see {@link Quizzes}. */
    public static Quiz load(String id) {
        return Quizzes.quiz(id);
    }

    /** The id in the question bank; empty for a quiz made with {@link #of}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Question> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    /** The question by its number in the quiz, counting from 1. */
    public Question question(int number) {
        if (number < 1 || number > questions.size()) {
            throw new IllegalArgumentException("quiz \"" + title + "\" has questions 1 to " + questions.size()
                    + ", not " + number);
        }
        return questions.get(number - 1);
    }

    /** The question by id, "02-q1", or by the name its card suggests, "q1". */
    public Question question(String id) {
        for (Question q : questions) {
            if (q.id().equals(id) || q.variableName().equals(id)) {
                return q;
            }
        }
        List<String> ids = new ArrayList<>();
        questions.forEach(q -> ids.add(q.id()));
        throw new IllegalArgumentException("quiz \"" + title + "\" has no question \"" + id + "\"; its questions: "
                + String.join(", ", ids));
    }

    public Score score() {
        return Score.of(title, questions);
    }

    /** Forgets this session's answers to every question of the quiz. */
    public void reset() {
        questions.forEach(Question::reset);
    }

    @Override
    public String html() {
        return QuizCards.quiz(this);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Quiz: ").append(title);
        for (Question q : questions) {
            text.append("\n\n").append(q);
        }
        return text.append("\n\n").append(score().details()).toString();
    }
}
