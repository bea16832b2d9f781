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
 * answer cell is a documented blank: on Run All it shows "waiting for your answer" and counts nothing.
 */
class NotebookQuizCellsTest {
    private static final Pattern QUESTION = Pattern.compile("Quizzes\\.get\\(\"([0-9]{2}-q[0-9]+)\"\\)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DECLARATION = Pattern.compile("var (q[0-9]+) = Quizzes\\.get\\(\"([0-9]{2}-q[0-9]+)\"\\)");
    private static final Pattern ANSWER_CELL = Pattern.compile("(?s)\\s*(q[0-9]+)\\.(answer|answerVector)\\((.*?)\\)\\s*(//.*)?");

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

    @Test
    void theFirstAnswerCellOfEveryQuestionHoldsABlankThatRunAllLeavesUncounted() throws IOException {
        int checked = 0;
        for (Path file : notebookFiles()) {
            Map<String, String> idsByVariable = new TreeMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (JsonNode cell : JSON.readTree(file.toFile()).get("cells")) {
                StringBuilder source = new StringBuilder();
                cell.get("source").forEach(line -> source.append(line.asText()));
                Matcher declared = DECLARATION.matcher(source);
                while (declared.find()) {
                    idsByVariable.put(declared.group(1), declared.group(2));
                }
                Matcher answer = ANSWER_CELL.matcher(source);
                if (!"code".equals(cell.get("cell_type").asText()) || !answer.matches()
                        || !seen.add(answer.group(1))) {
                    continue;   // not an answer cell, or a later one (00 shows real answers after the blank)
                }
                String where = file.getFileName() + ": " + source;
                String id = idsByVariable.get(answer.group(1));
                assertNotNull(id, where + " answers a question not declared above it");
                Question question = Quizzes.get(id);
                String args = answer.group(3).strip();
                AnswerFeedback feedback = switch (answer.group(2) + " " + args) {
                    case "answer \"?\"" -> question.answer("?");
                    case "answer Double.NaN" -> question.answer(Double.NaN);
                    case "answer x -> Double.NaN, x -> Double.NaN" -> question.answer(x -> Double.NaN, x -> Double.NaN);
                    case "answer x -> Double.NaN" -> question.answer(x -> Double.NaN);
                    case "answerVector x -> null" -> question.answerVector(x -> null);
                    default -> fail(where + " holds no documented blank (see Question's class comment)");
                };
                assertTrue(feedback.isBlank(), where + " → " + feedback);
                assertEquals(0, question.attempts(), where);
                checked++;
            }
        }
        assertTrue(checked >= 35, "answer cells checked: " + checked);
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
        Map<String, List<String>> result = new TreeMap<>();
        for (Path file : notebookFiles()) {
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
        return result;
    }

    /** The notebooks and the assignments. */
    private static List<Path> notebookFiles() throws IOException {
        Path notebooks = notebooksDir();
        try (Stream<Path> files = Stream.concat(Files.list(notebooks), Files.isDirectory(notebooks.resolve("assignments"))
                ? Files.list(notebooks.resolve("assignments")) : Stream.empty())) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
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
