package dev.nonlinear.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.activation.Softmax;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The quiz cells of the real notebooks: every question they show exists, a right answer is
 * praised, a wrong one is corrected with an explanation, and the placeholder committed in the
 * answer cell is not accepted as right (nor crashes).
 */
class NotebookQuizCellsTest {
    private static final Pattern QUESTION = Pattern.compile("Quizzes\\.get\\(\"([0-9]{2}-q[0-9]+)\"\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void forgetAnswers() {
        Quizzes.resetAll();
    }

    @Test
    void everyTopicNotebookHasAtLeastThreeQuizQuestionsThatExist() throws IOException {
        Map<String, List<String>> byNotebook = questionsByNotebook();
        for (String topic : List.of("01", "02", "03", "04", "05", "06", "07")) {
            List<String> ids = byNotebook.entrySet().stream().filter(e -> e.getKey().startsWith(topic))
                    .flatMap(e -> e.getValue().stream()).toList();
            assertTrue(ids.size() >= 3, "notebook " + topic + " has " + ids.size() + " quiz questions");
            ids.forEach(id -> assertNotNull(Quizzes.get(id), id));
        }
    }

    @Test
    void rightAnswersArePraisedAndWrongOnesCorrected() throws IOException {
        JsonNode bank = bank();
        String salt = bank.get("salt").asText();
        for (List<String> ids : questionsByNotebook().values()) {
            for (String id : ids) {
                JsonNode spec = find(bank, id);
                Question question = Quizzes.get(id);
                AnswerFeedback right;
                AnswerFeedback wrong;
                switch (spec.get("type").asText()) {
                    case "multiple-choice" -> {
                        String correct = correctLetter(salt, id, spec.get("options").size(), spec.get("answerHash").asText());
                        String other = correct.equals("A") ? "B" : "A";
                        right = question.answer(correct);
                        wrong = question.answer(other);
                    }
                    case "numeric" -> {
                        double value = QuizKeys.reveal(salt, id, spec.get("answerObfuscated").asText());
                        right = question.answer(value);
                        wrong = question.answer(value + 1000);
                    }
                    case "code-activation" -> {
                        ElementwiseActivation reference = Activations.elementwise(spec.get("reference").asText());
                        right = question.answer(reference::apply, reference::derivative);
                        wrong = question.answer(x -> 0.0, x -> 0.0);
                    }
                    default -> {
                        right = question.answerVector(new Softmax()::apply);
                        wrong = question.answerVector(double[]::clone);
                    }
                }
                assertTrue(right.isCorrect(), id + " right answer: " + right);
                assertFalse(wrong.isCorrect(), id + " wrong answer: " + wrong);
                assertTrue(wrong.isAttempt(), id);
                assertFalse(right.explanation().isBlank(), id + " explains its answer");
                assertTrue(wrong.html().contains("Not quite"), id + " wrong answer card: " + wrong.html());
            }
        }
    }

    @Test
    void committedPlaceholdersAreNeverAcceptedAndNeverThrow() {
        for (String id : Quizzes.questionIds()) {
            Question question = Quizzes.get(id);
            for (Object placeholder : new Object[]{"?", Double.NaN}) {
                AnswerFeedback feedback = assertDoesNotThrow(() -> question.answer(placeholder), id);
                assertFalse(feedback.isCorrect(), id + " accepted " + placeholder);
            }
        }
    }

    private static String correctLetter(String salt, String id, int options, String hash) {
        for (int i = 0; i < options; i++) {
            String letter = String.valueOf((char) ('A' + i));
            if (QuizKeys.choiceHash(salt, id, letter).equalsIgnoreCase(hash)) {
                return letter;
            }
        }
        throw new AssertionError(id + ": no option matches the answer hash");
    }

    private static JsonNode find(JsonNode bank, String id) {
        for (JsonNode quiz : bank.get("quizzes")) {
            for (JsonNode q : quiz.get("questions")) {
                if (q.get("id").asText().equals(id)) {
                    return q;
                }
            }
        }
        throw new AssertionError("question " + id + " is not in the bank");
    }

    private static JsonNode bank() throws IOException {
        try (InputStream in = Quizzes.class.getResourceAsStream(Quizzes.RESOURCE)) {
            return JSON.readTree(in);
        }
    }

    /** Question ids per notebook file, in cell order. */
    private static Map<String, List<String>> questionsByNotebook() throws IOException {
        Path notebooks = notebooksDir();
        Map<String, List<String>> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(notebooks)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                List<String> ids = new ArrayList<>();
                for (JsonNode cell : JSON.readTree(file.toFile()).get("cells")) {
                    StringBuilder source = new StringBuilder();
                    cell.get("source").forEach(line -> source.append(line.asText()));
                    Matcher m = QUESTION.matcher(source);
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                }
                result.put(file.getFileName().toString(), ids);
            }
        }
        return result;
    }

    private static Path notebooksDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("notebooks"))) {
                return dir.resolve("notebooks");
            }
        }
        throw new AssertionError("no notebooks/ folder above " + Path.of("").toAbsolutePath());
    }
}
