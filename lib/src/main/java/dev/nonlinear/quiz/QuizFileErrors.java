package dev.nonlinear.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's errors about {@code quizzes.json} into sentences for a quiz author: which quiz or
 * question (by its id, not "quizzes[3].questions[1]"), which field, the bad value and what was
 * expected. Jackson's own messages name Java classes and creator indexes instead.
 */
final class QuizFileErrors {
    static final List<String> TYPES = List.of("multiple-choice", "numeric", "code-activation", "code-vector");
    private static final Set<String> PLAIN_ANSWER_FIELDS = Set.of("answer", "correct", "solution", "key");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    private QuizFileErrors() {
    }

    static IllegalArgumentException explain(JsonProcessingException e, String json) {
        if (!(e instanceof JsonMappingException mapping)) {
            return new IllegalArgumentException("the quiz file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<JsonMappingException.Reference> path = mapping.getPath();
        String where = where(path, json);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            if (PLAIN_ANSWER_FIELDS.contains(field)) {
                return new IllegalArgumentException(where + " has a plain \"" + field + "\" field; the file may only"
                        + " hold answer keys — replace it with QuizKeys (see the Quizzes javadoc)", e);
            }
            Set<String> allowed = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> allowed.add(String.valueOf(id)));
            return new IllegalArgumentException(where + " has an unknown field \"" + field + "\"; allowed: " + allowed, e);
        }
        if (e instanceof InvalidTypeIdException type) {
            return new IllegalArgumentException(type.getTypeId() == null
                    ? where + " needs a \"type\"; types: " + TYPES
                    : where + " has unknown type \"" + type.getTypeId() + "\"; types: " + TYPES, e);
        }
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            return new IllegalArgumentException(where + " needs the field \"" + missing.group(1) + "\"", e);
        }
        if (e instanceof MismatchedInputException mismatch && !path.isEmpty()) {
            Class<?> type = mismatch.getTargetType();
            if (type != null && type.isArray() && path.get(path.size() - 1).getFieldName() == null) {
                type = type.getComponentType(); // the bad value is an element, e.g. testPoints[1]
            }
            return new IllegalArgumentException(where + ": \"" + field(path) + "\" is " + valueAt(path, json)
                    + ", expected " + expected(type), e);
        }
        return new IllegalArgumentException(where + ": " + e.getOriginalMessage(), e);
    }

    /**
     * A draft's plain {@code "answer"} must get its own message, but Jackson may first complain that
     * the {@code "answerHash"} it replaces is missing; so this looks for them before binding.
     */
    static void rejectPlainAnswers(String json) {
        JsonNode root = tree(json);
        for (JsonNode quiz : root == null ? List.<JsonNode>of() : root.path("quizzes")) {
            for (JsonNode question : quiz.path("questions")) {
                for (String field : PLAIN_ANSWER_FIELDS) {
                    if (question.has(field)) {
                        throw new IllegalArgumentException("question " + question.path("id").asText("without an id")
                                + " has a plain \"" + field + "\" field; the file may only hold answer keys — replace"
                                + " it with QuizKeys (see the Quizzes javadoc)");
                    }
                }
            }
        }
    }

    /** "question 02-q1", "quiz 02-activation-zoo" or "the quiz file": the innermost object with an id. */
    private static String where(List<JsonMappingException.Reference> path, String json) {
        String where = "the quiz file";
        JsonNode node = tree(json);
        String container = "";
        for (JsonMappingException.Reference step : path) {
            if (node == null) {
                break;
            }
            if (step.getFieldName() != null) {
                container = step.getFieldName();
                node = node.get(step.getFieldName());
            } else {
                node = node.get(step.getIndex());
                if (node != null && node.hasNonNull("id") && (container.equals("quizzes") || container.equals("questions"))) {
                    where = (container.equals("quizzes") ? "quiz " : "question ") + node.get("id").asText();
                } else if (node != null && container.equals("questions")) {
                    where = "a question without an id";
                }
            }
        }
        return where;
    }

    /** The field with its indexes, e.g. {@code testPoints[2]}. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            JsonMappingException.Reference step = path.get(i);
            if (step.getFieldName() != null) {
                return step.getFieldName() + name;
            }
            name.insert(0, "[" + step.getIndex() + "]");
        }
        return name.toString();
    }

    /** The bad value as written in the file. */
    private static String valueAt(List<JsonMappingException.Reference> path, String json) {
        JsonNode node = tree(json);
        for (JsonMappingException.Reference step : path) {
            node = node == null ? null : step.getFieldName() != null ? node.get(step.getFieldName()) : node.get(step.getIndex());
        }
        return node == null ? "missing" : node.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type.isArray() || List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static JsonNode tree(String json) {
        try {
            return QuizFile.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
