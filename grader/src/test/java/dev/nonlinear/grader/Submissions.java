package dev.nonlinear.grader;

import dev.nonlinear.kernel.PythonTool;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Writing submissions of assignment 01 as students would, running the grading CLI, reading its gradebook. */
final class Submissions {
    static final String NAME = "01-leaky-relu-and-elu.ipynb";
    static final String STUB = "// YOUR CODE HERE\n        throw new UnsupportedOperationException();";
    static final List<String> LEAKY = List.of("return x > 0 ? x : alpha * x;", "return x > 0 ? 1 : alpha;");
    static final List<String> ELU = List.of("return x > 0 ? x : alpha * (Math.exp(x) - 1);",
            "return x > 0 ? 1 : alpha * Math.exp(x);");
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private Submissions() {
    }

    static void expect(Map<String, Map<String, String>> book, String student, String total, String status, String reason) {
        Map<String, String> row = book.get(student);
        assertEquals(total, row.get("total"), student + ": " + row);
        assertEquals(status, row.get("status"), student + ": " + row);
        if (reason.isEmpty()) {
            assertEquals("", row.get("reason"), student + ": " + row);
        } else {
            assertTrue(row.get("reason").contains(reason), student + ": " + row);
        }
    }

    static Map<String, Map<String, String>> gradebook(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = splitCsv(lines.get(0));
        assertEquals(List.of("student", "total", "max", "test_leaky_relu_values", "test_leaky_relu_gradient",
                "test_elu_values", "test_elu_gradient", "status", "reason"), header);
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = splitCsv(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            rows.put(row.get("student"), row);
        }
        return rows;
    }

    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The student version with the stubs of the two solution cells filled in (null: left alone). */
    static JsonObject solved(JsonObject student, List<String> leaky, List<String> elu) {
        JsonObject nb = student.deepCopy();
        fill(cell(nb, "leaky_relu"), leaky);
        fill(cell(nb, "elu"), elu);
        return nb;
    }

    static void fill(JsonObject cell, List<String> bodies) {
        if (bodies == null) {
            return;
        }
        String text = source(cell);
        for (String body : bodies) {
            int at = text.indexOf(STUB);
            assertTrue(at >= 0, "no stub left in " + text);
            text = text.substring(0, at) + body + text.substring(at + STUB.length());
        }
        setSource(cell, text);
    }

    static JsonObject cell(JsonObject nb, String gradeId) {
        for (JsonElement element : nb.getAsJsonArray("cells")) {
            JsonObject meta = element.getAsJsonObject().getAsJsonObject("metadata").getAsJsonObject("nbgrader");
            if (meta != null && gradeId.equals(meta.get("grade_id").getAsString())) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no cell " + gradeId);
    }

    static String source(JsonObject cell) {
        JsonElement source = cell.get("source");
        if (source.isJsonPrimitive()) {
            return source.getAsString();
        }
        StringBuilder text = new StringBuilder();
        source.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
        return text.toString();
    }

    static void setSource(JsonObject cell, String text) {
        cell.add("source", new JsonPrimitive(text));
    }

    static JsonObject read(Path file) throws IOException {
        return new JsonParser().parse(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    static void save(Path submitted, String student, JsonObject nb) throws IOException {
        Path dir = Files.createDirectories(submitted.resolve(student));
        Files.writeString(dir.resolve(NAME), GSON.toJson(nb), StandardCharsets.UTF_8);
    }

    record Output(int exit, String text) {
    }

    /** Runs the grading CLI from the shaded jar, as the wrapper script does. */
    static Output cli(String... args) throws Exception {
        return cli(List.of(), args);
    }

    /** The same, with options for the grader's own JVM (e.g. -Dnonlinear.bwrap=...). */
    static Output cli(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PythonTool.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", PythonTool.builtJar("nonlinear.grader.jar", "target/nonlinear-grader.jar").toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("grading-cli", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("NONLINEAR_PYTHON", PythonTool.PYTHON);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 5 minutes:\n" + Files.readString(log));
            }
            return new Output(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** A copy of {@code nb} with a new code cell (the student's own) right after the cell {@code gradeId}. */
    static JsonObject withCellAfter(JsonObject nb, String gradeId, String source) {
        JsonObject copy = nb.deepCopy();
        com.google.gson.JsonArray cells = copy.getAsJsonArray("cells");
        com.google.gson.JsonArray result = new com.google.gson.JsonArray();
        for (JsonElement element : cells) {
            result.add(element);
            JsonObject meta = element.getAsJsonObject().getAsJsonObject("metadata").getAsJsonObject("nbgrader");
            if (meta != null && gradeId.equals(meta.get("grade_id").getAsString())) {
                JsonObject cell = new JsonObject();
                cell.addProperty("cell_type", "code");
                cell.add("execution_count", null);
                cell.addProperty("id", "added-" + Integer.toHexString(source.hashCode()));
                cell.add("metadata", new JsonObject());
                cell.add("outputs", new com.google.gson.JsonArray());
                cell.addProperty("source", source);
                result.add(cell);
            }
        }
        copy.add("cells", result);
        return copy;
    }

    /** Puts {@code code} at the start of the cell {@code gradeId} of the saved submission in {@code dir}. */
    static void prepend(Path dir, String gradeId, String code) throws IOException {
        JsonObject nb = read(dir.resolve(NAME));
        JsonObject cell = cell(nb, gradeId);
        setSource(cell, code + source(cell));
        Files.writeString(dir.resolve(NAME), GSON.toJson(nb), StandardCharsets.UTF_8);
    }

    /** The instructor's version of the assignment the tests grade. */
    static Path instructor() throws Exception {
        PythonTool.requireJupyter();
        return PythonTool.repoRoot().resolve("notebooks/assignments").resolve(NAME);
    }

    /** Releases the assignment into {@code temp/release}; returns the student version. */
    static JsonObject released(Path temp) throws Exception {
        Output release = cli("release", instructor().toString(), temp.resolve("release").toString());
        assertEquals(0, release.exit(), release.text());
        return read(temp.resolve("release").resolve(NAME));
    }

    /** The student's feedback page. */
    static String feedback(Path out, String student) throws IOException {
        return Files.readString(out.resolve("feedback").resolve(student + ".html"));
    }

    /** Everything the executed notebook's cells printed. */
    static String output(Path out, String student) throws IOException {
        JsonObject nb = read(out.resolve("graded").resolve(student).resolve(NAME));
        StringBuilder text = new StringBuilder();
        for (JsonElement cell : nb.getAsJsonArray("cells")) {
            JsonElement outputs = cell.getAsJsonObject().get("outputs");
            if (outputs != null) {
                for (JsonElement output : outputs.getAsJsonArray()) {
                    JsonElement value = output.getAsJsonObject().get("text");
                    if (value != null) {
                        text.append(value.isJsonArray() ? joined(value.getAsJsonArray()) : value.getAsString());
                    }
                }
            }
        }
        return text.toString();
    }

    static String joined(JsonArray lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.getAsString()));
        return text.toString();
    }
}
