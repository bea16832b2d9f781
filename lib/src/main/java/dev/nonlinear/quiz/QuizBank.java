package dev.nonlinear.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Activations;
import dev.nonlinear.quiz.QuizFile.ActivationCodeEntry;
import dev.nonlinear.quiz.QuizFile.ChoiceEntry;
import dev.nonlinear.quiz.QuizFile.NumericEntry;
import dev.nonlinear.quiz.QuizFile.QuestionEntry;
import dev.nonlinear.quiz.QuizFile.QuizEntry;
import dev.nonlinear.quiz.QuizFile.VectorCodeEntry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a quiz file (the format is described in {@link Quizzes}) into questions and quizzes. It
 * is strict, so mistakes show up when the file is loaded rather than in front of a learner:
 * Jackson binds {@link QuizFile}'s records and rejects unknown or missing fields (explained by
 * {@link QuizFileErrors}); this class adds the checks a schema can't express (no duplicate ids, no
 * empty lists, one-letter hint keys), and the question classes check their keys.
 */
final class QuizBank {
    static final String MULTIPLE_CHOICE = "multiple-choice";
    static final String NUMERIC = "numeric";

    private final String salt;
    private final Map<String, Quiz> quizzes;
    private final Map<String, Question> questions;

    private QuizBank(String salt, Map<String, Quiz> quizzes, Map<String, Question> questions) {
        this.salt = salt;
        this.quizzes = Collections.unmodifiableMap(quizzes);
        this.questions = Collections.unmodifiableMap(questions);
    }

    static QuizBank load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("quiz file " + name + " is missing from the class path");
        }
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read quiz file " + name + ": " + e.getMessage(), e);
        }
    }

    static QuizBank parse(String json) {
        QuizFile file;
        QuizFileErrors.rejectPlainAnswers(json);
        try {
            file = QuizFile.MAPPER.readValue(json, QuizFile.class);
        } catch (JsonProcessingException e) {
            throw QuizFileErrors.explain(e, json);
        }
        String salt = require(file.salt(), "the quiz file", "salt");
        Map<String, Quiz> quizzes = new LinkedHashMap<>();
        Map<String, Question> questions = new LinkedHashMap<>();
        for (QuizEntry entry : nonEmpty(file.quizzes(), "the quiz file", "quizzes")) {
            if (entry == null) {
                throw new IllegalArgumentException("the quiz file has null in \"quizzes\"; expected quiz objects");
            }
            String quizId = require(entry.id(), "a quiz", "id");
            List<Question> list = new ArrayList<>();
            for (QuestionEntry question : nonEmpty(entry.questions(), "quiz " + quizId, "questions")) {
                if (question == null) {
                    throw new IllegalArgumentException("quiz " + quizId + " has null in \"questions\"; expected question objects");
                }
                Question built = question(question, salt);
                if (questions.put(built.id(), built) != null) {
                    throw new IllegalArgumentException("question id " + built.id() + " is used twice");
                }
                list.add(built);
            }
            if (quizzes.put(quizId, new Quiz(quizId, require(entry.title(), "quiz " + quizId, "title"), list)) != null) {
                throw new IllegalArgumentException("quiz id " + quizId + " is used twice");
            }
        }
        return new QuizBank(salt, quizzes, questions);
    }

    private static Question question(QuestionEntry entry, String salt) {
        String id = require(entry.id(), "a question", "id");
        String where = "question " + id;
        String explanation = require(entry.explanation(), where, "explanation");
        if (entry instanceof ChoiceEntry mc) {
            Map<Character, String> hints = new LinkedHashMap<>();
            (mc.hints() == null ? Map.<String, String>of() : mc.hints()).forEach((letter, why) -> {
                if (letter.length() != 1) {
                    throw new IllegalArgumentException(where + ": hints are keyed by one option letter, not \"" + letter + "\"");
                }
                hints.put(letter.charAt(0), why);
            });
            return new MultipleChoice(id, mc.text(), mc.options(), salt, mc.answerHash(), explanation, mc.hint(), hints);
        }
        if (entry instanceof NumericEntry n) {
            QuizFile.Tolerance t = n.tolerance() == null ? new QuizFile.Tolerance(null, null) : n.tolerance();
            boolean none = t.absolute() == null && t.relative() == null;
            return new NumericQuestion(id, n.text(), salt, n.answerHash(), n.answerObfuscated(),
                    t.absolute() == null ? 0 : t.absolute(), t.relative() == null ? (none ? 1e-9 : 0) : t.relative(),
                    explanation, n.hint());
        }
        if (entry instanceof ActivationCodeEntry code) {
            return CodeQuestion.activation(id, code.text(), Activations.elementwise(require(code.reference(), where, "reference")),
                    code.testPoints(), code.requireDerivative(), explanation, code.hint(), code.referenceFormula());
        }
        VectorCodeEntry code = (VectorCodeEntry) entry;
        Activation reference = Activations.byName(require(code.reference(), where, "reference"));
        for (double[] input : code.testInputs()) {
            if (input == null || input.length == 0) {
                throw new IllegalArgumentException(where + ": every entry of \"testInputs\" must be a non-empty array of"
                        + " numbers, got " + (input == null ? "null" : "[]"));
            }
        }
        return CodeQuestion.vector(id, code.text(), reference::apply, code.testInputs(), explanation, code.hint(),
                code.referenceFormula());
    }

    /** The value of a required text field, which may not be null or blank either. */
    private static String require(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " needs a text field \"" + field + "\", got "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    private static <T> List<T> nonEmpty(List<T> list, String where, String field) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(where + " needs a non-empty array \"" + field + "\", got "
                    + (list == null ? "null" : "[]"));
        }
        return list;
    }

    String salt() {
        return salt;
    }

    Map<String, Quiz> quizzes() {
        return quizzes;
    }

    Map<String, Question> questions() {
        return questions;
    }
}
