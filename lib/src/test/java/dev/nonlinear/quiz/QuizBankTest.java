package dev.nonlinear.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.gradcheck.GradientCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The shipped question bank: loads, is complete, and holds no plain answers. */
class QuizBankTest {
    static final String json = read();
    static final JsonNode root = parse(json);
    static final String salt = root.get("salt").asText();

    private static String read() {
        try (InputStream in = QuizBankTest.class.getResourceAsStream(Quizzes.RESOURCE)) {
            assertNotNull(in, Quizzes.RESOURCE + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fresh copy of the bank, so answering here does not touch the session's questions. */
    static QuizBank fresh() {
        return QuizBank.parse(json);
    }

    /** Which letter is right, found by trying them all (fine in a test; a learner could do it too). */
    static String correctLetter(MultipleChoice q) {
        List<String> right = new ArrayList<>();
        for (String letter : q.letters().split(", ")) {
            if (QuizKeys.choiceHash(salt, q.id(), letter).equals(answerHashOf(q.id()))) {
                right.add(letter);
            }
        }
        assertEquals(1, right.size(), q.id() + " must have exactly one right option, has " + right);
        return right.get(0);
    }

    static String answerHashOf(String questionId) {
        for (JsonNode question : root.findValues("questions").stream().flatMap(a -> stream(a.elements())).toList()) {
            if (question.get("id").asText().equals(questionId)) {
                return question.get("answerHash").asText();
            }
        }
        throw new AssertionError("no question " + questionId);
    }

    private static <T> java.util.stream.Stream<T> stream(Iterator<T> it) {
        Iterable<T> iterable = () -> it;
        return java.util.stream.StreamSupport.stream(iterable.spliterator(), false);
    }

    @Test
    void everyQuestionLoadsAndEveryNotebookHasAtLeastThree() {
        QuizBank bank = fresh();
        assertEquals(bank.questions().size(), Quizzes.questionIds().size());
        for (int notebook = 1; notebook <= 7; notebook++) {
            String prefix = String.format(Locale.ROOT, "%02d-", notebook);
            Quiz quiz = Quizzes.quiz(String.format(Locale.ROOT, "%02d", notebook));
            assertTrue(quiz.id().startsWith(prefix), quiz.id());
            assertTrue(quiz.size() >= 3, quiz.id() + " has " + quiz.size() + " questions");
            for (Question q : quiz.questions()) {
                assertTrue(q.id().startsWith(prefix), q.id() + " belongs to " + quiz.id());
                assertFalse(q.html().isBlank());
                assertFalse(q.toString().isBlank());
            }
        }
        assertTrue(bank.questions().values().stream().anyMatch(q -> q instanceof NumericQuestion));
        assertTrue(bank.questions().values().stream()
                .anyMatch(q -> q instanceof CodeQuestion c && !c.isVector() && q.id().startsWith("03-")),
                "notebook 03 has a write-your-own-activation question");
    }

    @Test
    void everyMultipleChoiceKeyMatchesExactlyOneOptionAndTheRightOneIsAccepted() {
        QuizBank bank = fresh();
        int[] perLetter = new int[6];
        for (Question q : bank.questions().values()) {
            if (q instanceof MultipleChoice mc) {
                String right = correctLetter(mc);
                perLetter[right.charAt(0) - 'A']++;
                AnswerFeedback yes = mc.answer(right.toLowerCase(Locale.ROOT));
                assertTrue(yes.isCorrect(), q.id());
                assertFalse(yes.explanation().isBlank(), q.id() + " explains its answer");
                for (String letter : mc.letters().split(", ")) {
                    if (!letter.equals(right)) {
                        AnswerFeedback no = mc.answer(letter);
                        assertFalse(no.isCorrect(), q.id() + " " + letter);
                        assertFalse(no.hint().isBlank(), q.id() + " " + letter + " has a hint");
                    }
                }
            }
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(perLetter[i] >= 2, "right answers are spread over A–D: " + java.util.Arrays.toString(perLetter));
        }
    }

    @Test
    void everyNumericKeyDecodesVerifiesAndIsAccepted() {
        for (JsonNode question : allQuestions()) {
            if (question.get("type").asText().equals(QuizBank.NUMERIC)) {
                String id = question.get("id").asText();
                double value = QuizKeys.reveal(salt, id, question.get("answerObfuscated").asText());
                assertEquals(question.get("answerHash").asText(), QuizKeys.numberHash(salt, id, value), id);
                NumericQuestion q = (NumericQuestion) fresh().questions().get(id);
                assertTrue(q.answer(value).isCorrect(), id);
                assertFalse(q.answer(value + Math.max(1, Math.abs(value))).isCorrect(), id);
                for (Iterator<Map.Entry<String, JsonNode>> it = question.fields(); it.hasNext(); ) {
                    JsonNode field = it.next().getValue();
                    assertFalse(field.isValueNode() && (field.asText().strip().equals(QuizKeys.canonical(value))
                            || field.isNumber() && field.asDouble() == value), id + " stores its value in plain text");
                }
            }
        }
    }

    @Test
    void theFileHoldsNoPlainAnswers() {
        Pattern answerLike = Pattern.compile("(?i).*(answer|correct|solution|key|right).*");
        for (JsonNode question : allQuestions()) {
            String id = question.get("id").asText();
            for (Iterator<Map.Entry<String, JsonNode>> it = question.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (answerLike.matcher(field.getKey()).matches()) {
                    assertTrue(field.getKey().equals("answerHash") || field.getKey().equals("answerObfuscated"),
                            id + " has an answer-like field \"" + field.getKey() + "\"");
                    String value = field.getValue().asText();
                    assertTrue(value.matches("[0-9a-f]{64}") || field.getKey().equals("answerObfuscated"), id);
                    assertFalse(value.matches("(?i)[A-F]|-?[0-9.eE+-]+"), id + " stores a plain answer: " + value);
                }
            }
            if (question.get("type").asText().equals(QuizBank.MULTIPLE_CHOICE)) {
                String right = correctLetter((MultipleChoice) Quizzes.get(id));
                assertNotEquals(right, question.get("answerHash").asText());
                assertFalse(question.get("answerHash").asText().equalsIgnoreCase(QuizKeys.hash("", id, right)),
                        "the hash is salted");
            }
        }
    }

    @Test
    void codeQuestionsPassTheirOwnReferenceAndItsGradientCheck() {
        for (Question q : fresh().questions().values()) {
            if (q instanceof CodeQuestion code && !code.isVector()) {
                JsonNode node = questionNode(q.id());
                ElementwiseActivation reference = Activations.elementwise(node.get("reference").asText());
                double[] points = new ObjectMapper().convertValue(node.get("testPoints"), double[].class);
                assertTrue(GradientCheck.check(reference, points).passed(), q.id() + ": test points avoid kinks");
                assertTrue(code.answer(reference::apply, reference::derivative).isCorrect(), q.id());
            } else if (q instanceof CodeQuestion code) {
                var reference = Activations.byName(questionNode(q.id()).get("reference").asText());
                assertTrue(code.answerVector(reference::apply).isCorrect(), q.id());
            }
        }
    }

    @Test
    void theParserRejectsPlainAnswersUnknownFieldsAndDuplicates() {
        String plain = json.replaceFirst("\"answerHash\" : \"[0-9a-f]{64}\"", "\"answer\" : \"B\"");
        var e = assertThrows(IllegalArgumentException.class, () -> QuizBank.parse(plain));
        assertTrue(e.getMessage().contains("plain \"answer\" field"), e.getMessage());
        var typo = assertThrows(IllegalArgumentException.class,
                () -> QuizBank.parse(json.replaceFirst("\"hint\" :", "\"hnit\" :")));
        assertTrue(typo.getMessage().contains("unknown field \"hnit\""), typo.getMessage());
        var twice = assertThrows(IllegalArgumentException.class,
                () -> QuizBank.parse(json.replace("\"id\" : \"01-q3\"", "\"id\" : \"01-q1\"")));
        assertTrue(twice.getMessage().contains("used twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuizBank.parse("{ not json"));
    }

    @Test
    void sealTurnsADraftIntoKeysTheLibraryAccepts() throws IOException {
        String draft = """
                {"salt": "test-salt", "quizzes": [{"id": "09-test", "title": "Test", "questions": [
                  {"id": "09-q1", "type": "multiple-choice", "text": "Pick C", "options": ["a", "b", "c"],
                   "answer": "c", "explanation": "C it is"},
                  {"id": "09-q2", "type": "numeric", "text": "1/4?", "answer": 0.25, "tolerance": {"absolute": 0.001},
                   "explanation": "a quarter"}]}]}""";
        String sealed = QuizKeys.seal(draft);
        assertFalse(sealed.contains("\"answer\""), sealed);
        assertFalse(sealed.contains("0.25"), sealed);
        assertTrue(sealed.indexOf("\"answerHash\"") < sealed.indexOf("\"explanation\""), "keys replace the answer in place");
        QuizBank bank = QuizBank.parse(sealed);
        assertTrue(bank.questions().get("09-q1").answer("C").isCorrect());
        assertFalse(bank.questions().get("09-q1").answer("A").isCorrect());
        assertTrue(bank.questions().get("09-q2").answer(0.2504).isCorrect());
        assertThrows(IllegalArgumentException.class,
                () -> QuizKeys.seal(draft.replace("\"answer\": \"c\"", "\"answer\": \"E\"")), "E is not an option");
        assertEquals(QuizKeys.choiceHash("s", "id", " b "), QuizKeys.hash("s", "id", "B"));
        assertEquals(64, QuizKeys.hash("s", "id", "B").length());
    }

    @Test
    void quizKeysToolPrintsKeysWithTheBundledSalt() {
        var out = new java.io.ByteArrayOutputStream();
        var saved = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            QuizKeys.main("choice", "02-q9", "c");
            QuizKeys.main("number", "02-q9", "0.5");
        } catch (IOException e) {
            fail(e);
        } finally {
            System.setOut(saved);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("\"answerHash\": \"" + QuizKeys.choiceHash(salt, "02-q9", "C") + "\""), printed);
        assertTrue(printed.contains("\"answerObfuscated\": \"" + QuizKeys.obfuscate(salt, "02-q9", 0.5) + "\""), printed);
    }

    private static List<JsonNode> allQuestions() {
        List<JsonNode> all = new ArrayList<>();
        root.get("quizzes").forEach(quiz -> quiz.get("questions").forEach(all::add));
        return all;
    }

    private static JsonNode questionNode(String id) {
        return allQuestions().stream().filter(q -> q.get("id").asText().equals(id)).findFirst().orElseThrow();
    }
}
