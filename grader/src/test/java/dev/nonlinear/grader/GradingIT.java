package dev.nonlinear.grader;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.nonlinear.grader.Submissions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Releases assignment 01, writes one submission per kind of student (right, half right, untouched,
 * infinite loop, System.exit, edited tests, corrupt file, wrong kernel, stderr storm), grades them
 * all with the CLI from the grader jar and checks every gradebook row; then checks that a re-run
 * skips them.
 */
class GradingIT {
    @TempDir
    Path temp;

    @Test
    void releaseGradeAndReRun() throws Exception {
        Path instructor = instructor();

        Output release = cli("release", instructor.toString(), temp.resolve("release").toString());
        assertEquals(0, release.exit(), release.text());
        Path released = temp.resolve("release").resolve(NAME);
        JsonObject student = read(released);
        checkStudentVersion(student);

        Path submitted = temp.resolve("submitted");
        JsonObject nb = solved(student, LEAKY, ELU);
        save(submitted, "correct", nb);

        nb = solved(student, LEAKY, List.of(ELU.get(0), "return x > 0 ? 1 : alpha;"));
        save(submitted, "partial", nb);

        save(submitted, "empty", student);

        nb = solved(student, LEAKY, List.of("while (true) { }", ELU.get(1)));
        save(submitted, "loop", nb);

        nb = solved(student, LEAKY, ELU);
        setSource(cell(nb, "elu"), source(cell(nb, "elu")) + "\nSystem.exit(1);");
        save(submitted, "exit", nb);

        nb = solved(student, LEAKY, null);
        setSource(cell(nb, "test_elu_values"), "System.out.println(\"ELU values: passed\");");
        setSource(cell(nb, "test_elu_gradient"), "System.out.println(\"ok\");");
        nb.getAsJsonArray("cells").remove(cell(nb, "test_leaky_relu_gradient"));
        save(submitted, "tampered", nb);

        Files.createDirectories(submitted.resolve("corrupt"));
        Files.writeString(submitted.resolve("corrupt").resolve(NAME), "{\"cells\": [ {\"cell_type\": \"code\", ");

        nb = solved(student, LEAKY, ELU);
        nb.getAsJsonObject("metadata").getAsJsonObject("kernelspec").addProperty("name", "python3");
        save(submitted, "wrongkernel", nb);

        nb = solved(student, LEAKY, ELU);
        JsonObject storm = new JsonObject();
        storm.addProperty("cell_type", "code");
        storm.add("execution_count", null);
        storm.addProperty("id", "storm");
        storm.add("metadata", new JsonObject());
        storm.add("outputs", new JsonArray());
        storm.addProperty("source", "for (int i = 0; i < 20000; i++) { System.err.println(\"boom \" + i);"
                + " new IllegalStateException(\"x\" + i).printStackTrace(); }");
        JsonArray cells = nb.getAsJsonArray("cells");
        JsonArray withStorm = new JsonArray();
        for (int i = 0; i < cells.size(); i++) {
            withStorm.add(cells.get(i));
            if (i == 1) {
                withStorm.add(storm);
            }
        }
        nb.add("cells", withStorm);
        save(submitted, "storm", nb);

        Path out = temp.resolve("graded");
        long start = System.nanoTime();
        Output grade = cli("grade", instructor.toString(), submitted.toString(), out.toString(),
                "--timeout", "40", "--parallel", "2", "--memory", "512");
        System.out.println(grade.text());
        System.out.printf("graded 9 submissions in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(0, grade.exit(), grade.text());

        Map<String, Map<String, String>> book = gradebook(out.resolve("gradebook.csv"));
        assertEquals(Set.of("correct", "partial", "empty", "loop", "exit", "tampered", "corrupt", "wrongkernel", "storm"),
                book.keySet());
        expect(book, "correct", "8", "ok", "");
        expect(book, "partial", "4", "ok", "");
        assertEquals("0", book.get("partial").get("test_elu_values"), "the hidden ELU derivative test fails");
        expect(book, "empty", "0", "ok", "");
        expect(book, "loop", "4", "timeout", "time limit");
        expect(book, "exit", "4", "kernel died", "kernel died");
        expect(book, "tampered", "4", "ok", "edited locked cells restored: test_elu_values test_elu_gradient");
        assertTrue(book.get("tampered").get("reason").contains("test_leaky_relu_gradient"));
        expect(book, "corrupt", "0", "corrupt file", "not valid JSON");
        expect(book, "wrongkernel", "8", "ok", "python3");
        expect(book, "storm", "8", "ok", "");
        for (Map<String, String> row : book.values()) {
            assertEquals("8", row.get("max"));
            String feedback = Files.readString(out.resolve("feedback").resolve(row.get("student") + ".html"));
            assertTrue(feedback.contains("Score: " + row.get("total") + " / 8"), row.get("student") + ": the feedback's score is the gradebook's");
        }
        assertTrue(Files.readString(out.resolve("feedback/partial.html")).contains("test_elu_gradient"));

        String before = Files.readString(out.resolve("gradebook.csv"));
        Output again = cli("grade", instructor.toString(), submitted.toString(), out.toString(), "--timeout", "40");
        assertEquals(0, again.exit(), again.text());
        assertEquals(9, again.text().lines().filter(line -> line.startsWith("skip")).count(), again.text());
        assertEquals(0, again.text().lines().filter(line -> line.startsWith("graded ")).count(), again.text());
        assertEquals(before, Files.readString(out.resolve("gradebook.csv")));
    }

    /** nbgrader's schema-3 rules, checked here independently of the grader's own validator. */
    private static void checkStudentVersion(JsonObject nb) {
        assertEquals(4, nb.get("nbformat").getAsInt());
        assertEquals("java", nb.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString());
        Set<String> ids = new HashSet<>();
        int graded = 0;
        int solutions = 0;
        for (JsonElement element : nb.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            String text = source(cell);
            assertFalse(text.contains("BEGIN SOLUTION") || text.contains("HIDDEN TESTS"), text);
            assertFalse(text.contains("alpha * Math.exp(x)"), "a solution leaked: " + text);
            if (cell.has("outputs")) {
                assertEquals(0, cell.getAsJsonArray("outputs").size());
            }
            JsonObject meta = cell.getAsJsonObject("metadata").getAsJsonObject("nbgrader");
            if (meta == null) {
                continue;
            }
            String id = meta.get("grade_id").getAsString();
            assertTrue(ids.add(id), "duplicate grade_id " + id);
            assertEquals(3, meta.get("schema_version").getAsInt());
            boolean grade = meta.get("grade").getAsBoolean();
            boolean solution = meta.get("solution").getAsBoolean();
            boolean locked = meta.get("locked").getAsBoolean();
            if (grade) {
                graded++;
                assertTrue(meta.has("points") && meta.get("points").getAsDouble() > 0, id + " needs points");
            }
            if (solution) {
                solutions++;
                assertFalse(locked, id + ": a solution cell must be unlocked");
                assertTrue(text.contains("// YOUR CODE HERE") && text.contains("throw new UnsupportedOperationException();"), text);
            }
            if (grade && !solution) {
                assertTrue(locked, id + ": a test cell must be locked");
            }
            if (grade || solution || locked) {
                assertTrue(meta.has("checksum"), id + " has no checksum");
            }
        }
        assertEquals(4, graded);
        assertEquals(2, solutions);
    }

}
