package dev.nonlinear.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Activations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a quiz file (the format is described in {@link Quizzes}) into questions and quizzes. It
 * is strict, so mistakes show up when the file is loaded rather than in front of a learner:
 * unknown fields, missing fields, duplicate ids and plain-text answers are all errors.
 */
final class QuizBank {
    static final String MULTIPLE_CHOICE = "multiple-choice";
    static final String NUMERIC = "numeric";
    static final String CODE_ACTIVATION = "code-activation";
    static final String CODE_VECTOR = "code-vector";

    private static final Set<String> COMMON = Set.of("id", "type", "text", "explanation", "hint");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            MULTIPLE_CHOICE, Set.of("options", "answerHash", "hints"),
            NUMERIC, Set.of("answerHash", "answerObfuscated", "tolerance"),
            CODE_ACTIVATION, Set.of("reference", "testPoints", "requireDerivative"),
            CODE_VECTOR, Set.of("reference", "testInputs"));
    private static final Set<String> PLAIN_ANSWER_FIELDS = Set.of("answer", "correct", "solution", "key");

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
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the quiz file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        String salt = requiredText(root, "salt", "the quiz file");
        Map<String, Quiz> quizzes = new LinkedHashMap<>();
        Map<String, Question> questions = new LinkedHashMap<>();
        for (JsonNode quizNode : requiredArray(root, "quizzes", "the quiz file")) {
            String quizId = requiredText(quizNode, "id", "a quiz");
            String where = "quiz " + quizId;
            checkFields(quizNode, Set.of("id", "title", "questions"), where);
            List<Question> list = new ArrayList<>();
            for (JsonNode questionNode : requiredArray(quizNode, "questions", where)) {
                Question question = question(questionNode, salt);
                if (questions.put(question.id(), question) != null) {
                    throw new IllegalArgumentException("question id " + question.id() + " is used twice");
                }
                list.add(question);
            }
            if (quizzes.put(quizId, new Quiz(quizId, requiredText(quizNode, "title", where), list)) != null) {
                throw new IllegalArgumentException("quiz id " + quizId + " is used twice");
            }
        }
        return new QuizBank(salt, quizzes, questions);
    }

    private static Question question(JsonNode node, String salt) {
        String id = requiredText(node, "id", "a question");
        String where = "question " + id;
        for (String plain : PLAIN_ANSWER_FIELDS) {
            if (node.has(plain)) {
                throw new IllegalArgumentException(where + " has a plain \"" + plain + "\" field; the file may only"
                        + " hold answer keys — replace it with QuizKeys (see the Quizzes javadoc)");
            }
        }
        String type = requiredText(node, "type", where);
        if (!FIELDS.containsKey(type)) {
            throw new IllegalArgumentException(where + " has unknown type \"" + type + "\"; types: " + FIELDS.keySet());
        }
        Set<String> allowed = new java.util.HashSet<>(COMMON);
        allowed.addAll(FIELDS.get(type));
        checkFields(node, allowed, where);
        String text = requiredText(node, "text", where);
        String explanation = requiredText(node, "explanation", where);
        String hint = node.path("hint").asText("");
        return switch (type) {
            case MULTIPLE_CHOICE -> {
                List<String> options = new ArrayList<>();
                requiredArray(node, "options", where).forEach(o -> options.add(o.asText()));
                Map<Character, String> hints = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.path("hints").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getKey().length() != 1) {
                        throw new IllegalArgumentException(where + ": hints are keyed by one option letter, not \""
                                + e.getKey() + "\"");
                    }
                    hints.put(e.getKey().charAt(0), e.getValue().asText());
                }
                yield new MultipleChoice(id, text, options, salt, requiredText(node, "answerHash", where), explanation,
                        hint, hints);
            }
            case NUMERIC -> {
                JsonNode tolerance = node.path("tolerance");
                checkFields(tolerance, Set.of("absolute", "relative"), where + " tolerance");
                boolean none = !tolerance.has("absolute") && !tolerance.has("relative");
                yield new NumericQuestion(id, text, salt, requiredText(node, "answerHash", where),
                        requiredText(node, "answerObfuscated", where), tolerance.path("absolute").asDouble(0),
                        tolerance.path("relative").asDouble(none ? 1e-9 : 0), explanation, hint);
            }
            case CODE_ACTIVATION -> CodeQuestion.activation(id, text,
                    Activations.elementwise(requiredText(node, "reference", where)),
                    numbers(requiredArray(node, "testPoints", where), where), node.path("requireDerivative").asBoolean(false),
                    explanation, hint);
            default -> {
                Activation reference = Activations.byName(requiredText(node, "reference", where));
                List<double[]> inputs = new ArrayList<>();
                requiredArray(node, "testInputs", where).forEach(v -> inputs.add(numbers(v, where)));
                yield CodeQuestion.vector(id, text, reference::apply, inputs.toArray(double[][]::new), explanation, hint);
            }
        };
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

    static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + " needs a text field \"" + field + "\"");
        }
        return value.asText();
    }

    static JsonNode requiredArray(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new IllegalArgumentException(where + " needs a non-empty array \"" + field + "\"");
        }
        return value;
    }

    private static double[] numbers(JsonNode array, String where) {
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException(where + ": test inputs must be non-empty arrays of numbers");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException(where + ": \"" + array.get(i) + "\" is not a number");
            }
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException(where + " has an unknown field \"" + field + "\"; allowed: "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }
}
