package dev.nonlinear.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Executes every notebook under notebooks/ with the kernel just built (kernel/bin/run-notebooks.py). */
class NotebooksIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The topic notebooks, each of which must show at least one picture and one table. */
    private static final List<String> TOPICS = List.of("01", "02", "03", "04", "05", "06", "07");

    @Test
    void everyNotebookRunsWithoutErrorsOrStderr() throws Exception {
        PythonTool.requireJupyter();
        Path root = PythonTool.repoRoot();
        Path build = Path.of(System.getProperty("nonlinear.build.dir", "target"));
        Path executed = build.resolve("executed-notebooks");
        int exit = PythonTool.run(List.of(
                root.resolve("kernel/bin/run-notebooks.py").toString(),
                "--jar", PythonTool.kernelJar().toString(),
                "--java", PythonTool.java(),
                "--notebooks", root.resolve("notebooks").toString(),
                "--out", executed.toString()), Map.of(), 30);
        assertEquals(0, exit, "some notebooks failed: see the FAIL lines above");

        for (String topic : TOPICS) {
            JsonNode notebook = JSON.readTree(single(executed, topic).toFile());
            assertTrue(hasOutput(notebook, "image/png") || hasOutput(notebook, "image/gif"),
                    "notebook " + topic + " shows no inline image");
            assertTrue(hasHtmlTable(notebook), "notebook " + topic + " shows no HTML table");
        }
    }

    /** What is committed: nbformat 4, the Java kernelspec, and no outputs (the tests make them). */
    @Test
    void committedNotebooksAreCleanNbformat4ForTheJavaKernel() throws IOException {
        try (Stream<Path> files = Files.walk(PythonTool.repoRoot().resolve("notebooks"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ipynb")).toList()) {
                JsonNode notebook = JSON.readTree(file.toFile());
                assertEquals(4, notebook.path("nbformat").asInt(), file + ": nbformat");
                assertEquals("java", notebook.path("metadata").path("kernelspec").path("name").asText(), file + ": kernelspec");
                assertEquals("java", notebook.path("metadata").path("language_info").path("name").asText(), file + ": language");
                for (JsonNode cell : notebook.path("cells")) {
                    assertTrue(cell.has("source") && cell.has("cell_type"), file + ": malformed cell " + cell);
                    if (cell.path("cell_type").asText().equals("code")) {
                        assertEquals(0, cell.path("outputs").size(), file + " is committed with outputs");
                        assertTrue(cell.path("execution_count").isNull(), file + " is committed with execution counts");
                    }
                }
            }
        }
    }

    private static Path single(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "-") && p.toString().endsWith(".ipynb"))
                    .findFirst().orElseThrow(() -> new AssertionError("no executed notebook " + prefix + "-* in " + dir));
        }
    }

    private static boolean hasOutput(JsonNode notebook, String mime) {
        for (JsonNode cell : notebook.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                if (output.path("data").has(mime)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasHtmlTable(JsonNode notebook) {
        for (JsonNode cell : notebook.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                JsonNode html = output.path("data").path("text/html");
                StringBuilder text = new StringBuilder(html.isArray() ? "" : html.asText());
                if (html.isArray()) {
                    html.forEach(line -> text.append(line.asText()));   // nbformat may split text into lines
                }
                if (text.indexOf("<table") >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
