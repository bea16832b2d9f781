package dev.nonlinear.quiz;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken quiz file fails at load time with a sentence naming the question, the bad value and what was expected. */
class QuizFileErrorsTest {
    private static final String HASH = "a".repeat(64);

    /** A one-question file around {@code question}, a JSON object's fields. */
    private static String file(String question) {
        return "{\"salt\": \"s\", \"quizzes\": [{\"id\": \"09-test\", \"title\": \"Test\", \"questions\": [{\"id\": \"09-q1\", "
                + question + "}]}]}";
    }

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> QuizBank.parse(json)).getMessage();
    }

    private static final String CHOICE = "\"type\": \"multiple-choice\", \"text\": \"t\", \"explanation\": \"e\", "
            + "\"options\": [\"a\", \"b\"], \"answerHash\": \"" + HASH + "\"";

    @Test
    void aMinimalQuestionLoads() {
        assertEquals(1, QuizBank.parse(file(CHOICE)).questions().size());
    }

    @Test
    void unknownFieldNamesTheQuestionAndTheAllowedOnes() {
        String message = error(file(CHOICE + ", \"hnit\": \"x\""));
        assertTrue(message.startsWith("question 09-q1 has an unknown field \"hnit\"; allowed: ["), message);
        assertTrue(message.contains("hint") && message.contains("options"), message);
    }

    @Test
    void missingFieldIsNamed() {
        assertEquals("question 09-q1 needs the field \"explanation\"",
                error(file(CHOICE.replace("\"explanation\": \"e\", ", ""))));
        assertEquals("quiz 09-test needs the field \"title\"",
                error(file(CHOICE).replace("\"title\": \"Test\", ", "")));
    }

    @Test
    void unknownOrMissingTypeListsTheTypes() {
        assertEquals("question 09-q1 has unknown type \"choice\"; types: " + QuizFileErrors.TYPES,
                error(file(CHOICE.replace("multiple-choice", "choice"))));
        assertTrue(error(file(CHOICE.replace("\"type\": \"multiple-choice\", ", ""))).startsWith("question 09-q1 needs a \"type\""));
    }

    @Test
    void wrongKindOfValueShowsTheValueAndWhatWasExpected() {
        String code = "\"type\": \"code-activation\", \"text\": \"t\", \"explanation\": \"e\", \"reference\": \"tanh\", "
                + "\"testPoints\": [0.5, \"one\"]";
        assertEquals("question 09-q1: \"testPoints[1]\" is \"one\", expected a number", error(file(code)));
        assertEquals("question 09-q1: \"requireDerivative\" is \"yes\", expected true or false",
                error(file(code.replace("\"one\"", "1") + ", \"requireDerivative\": \"yes\"")));
    }

    @Test
    void blankAndEmptyValuesAreNamed() {
        assertEquals("question 09-q1 needs a text field \"explanation\", got \" \"",
                error(file(CHOICE.replace("\"explanation\": \"e\"", "\"explanation\": \" \""))));
        String vector = "\"type\": \"code-vector\", \"text\": \"t\", \"explanation\": \"e\", \"reference\": \"softmax\", "
                + "\"testInputs\": [[1, 2], []]";
        assertEquals("question 09-q1: every entry of \"testInputs\" must be a non-empty array of numbers, got []",
                error(file(vector)));
        assertEquals("the quiz file needs a non-empty array \"quizzes\", got []", error("{\"salt\": \"s\", \"quizzes\": []}"));
    }

    @Test
    void plainAnswersAndBrokenJsonAreRejected() {
        assertTrue(error(file(CHOICE + ", \"answer\": \"B\"")).startsWith("question 09-q1 has a plain \"answer\" field"));
        assertTrue(error("{ not json").startsWith("the quiz file is not valid JSON"));
        assertTrue(error(file(CHOICE.replace(HASH, "B"))).contains("answerHash must be 64 hex digits (SHA-256), got B"));
    }
}
