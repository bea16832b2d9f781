package dev.nonlinear.grader;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook (nbformat 4) as plain JSON, with the helpers the grader needs: cell sources
 * and nbgrader's cell metadata ({@code metadata.nbgrader}, schema version 3).
 */
final class NotebookFile {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    final JsonObject json;

    NotebookFile(JsonObject json) {
        this.json = json;
    }

    /** Reads a notebook; throws IOException with a readable reason when it is not one. */
    static NotebookFile read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonElement parsed;
        try {
            parsed = new JsonParser().parse(text);
        } catch (JsonParseException e) {
            throw new IOException("not valid JSON: " + firstLine(e.getMessage()));
        }
        if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("cells")
                || !parsed.getAsJsonObject().get("cells").isJsonArray()) {
            throw new IOException("not a notebook (no cells list)");
        }
        JsonObject nb = parsed.getAsJsonObject();
        if (!nb.has("nbformat") || !nb.get("nbformat").isJsonPrimitive() || nb.get("nbformat").getAsInt() != 4) {
            throw new IOException("not an nbformat 4 notebook");
        }
        for (JsonElement cell : nb.getAsJsonArray("cells")) {
            if (!cell.isJsonObject() || !cell.getAsJsonObject().has("cell_type")) {
                throw new IOException("a cell without cell_type");
            }
        }
        return new NotebookFile(nb);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Writes atomically: a temporary file next to the target, then a move. */
    void write(Path file) throws IOException {
        writeAtomically(file, GSON.toJson(json) + "\n");
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try { // createTempFile makes the file private; a gradebook is for reading
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    NotebookFile copy() {
        return new NotebookFile(json.deepCopy());
    }

    List<JsonObject> cells() {
        List<JsonObject> cells = new ArrayList<>();
        for (JsonElement cell : json.getAsJsonArray("cells")) {
            cells.add(cell.getAsJsonObject());
        }
        return cells;
    }

    void setCells(List<JsonObject> cells) {
        JsonArray array = new JsonArray();
        cells.forEach(array::add);
        json.add("cells", array);
    }

    /** The kernelspec name in the notebook's metadata, or null. */
    String kernelName() {
        JsonObject metadata = object(json, "metadata");
        JsonObject spec = metadata == null ? null : object(metadata, "kernelspec");
        return spec == null ? null : string(spec, "name");
    }

    void setKernel(String name, String displayName) {
        JsonObject metadata = object(json, "metadata");
        if (metadata == null) {
            metadata = new JsonObject();
            json.add("metadata", metadata);
        }
        JsonObject spec = new JsonObject();
        spec.addProperty("display_name", displayName);
        spec.addProperty("language", "java");
        spec.addProperty("name", name);
        metadata.add("kernelspec", spec);
    }

    // ---- cells

    static String type(JsonObject cell) {
        return string(cell, "cell_type");
    }

    static String source(JsonObject cell) {
        JsonElement source = cell.get("source");
        if (source == null || source.isJsonNull()) {
            return "";
        }
        if (source.isJsonPrimitive()) {
            return source.getAsString();
        }
        StringBuilder text = new StringBuilder();
        for (JsonElement line : source.getAsJsonArray()) {
            text.append(line.isJsonPrimitive() ? line.getAsString() : "");
        }
        return text.toString();
    }

    /** Stores the source as nbformat does on disk: a list of lines, each but the last ending in \n. */
    static void setSource(JsonObject cell, String text) {
        JsonArray lines = new JsonArray();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(new JsonPrimitive(text.substring(start, end)));
            start = end;
        }
        cell.add("source", lines);
    }

    static void clearOutputs(JsonObject cell) {
        if ("code".equals(type(cell))) {
            cell.add("outputs", new JsonArray());
            cell.add("execution_count", com.google.gson.JsonNull.INSTANCE);
        }
    }

    static JsonArray outputs(JsonObject cell) {
        JsonElement outputs = cell.get("outputs");
        return outputs != null && outputs.isJsonArray() ? outputs.getAsJsonArray() : new JsonArray();
    }

    /** nbgrader's rule: a cell fails when it has an error output or wrote to stderr. */
    static String failure(JsonObject cell) {
        for (JsonElement element : outputs(cell)) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject output = element.getAsJsonObject();
            String kind = string(output, "output_type");
            if ("error".equals(kind)) {
                return "error: " + describeError(string(output, "ename"), string(output, "evalue"));
            }
            if ("stream".equals(kind) && "stderr".equals(string(output, "name"))) {
                return "wrote to stderr";
            }
        }
        return null;
    }

    /**
     * The kit's kernel names its errors by kind: for an exception the value already names the
     * exception ({@code java.lang.AssertionError: why}), for a compile error it is javac's message.
     */
    static String describeError(String name, String value) {
        String why = value == null ? "" : value;
        if ("UncaughtException".equals(name) && !why.isEmpty()) {
            return why;
        }
        if ("CompileError".equals(name)) {
            return "does not compile: " + why;
        }
        return (name == null ? "" : name) + (why.isEmpty() ? "" : ": " + why);
    }

    // ---- nbgrader metadata

    /** {@code metadata.nbgrader}, or null. */
    static JsonObject nbgrader(JsonObject cell) {
        JsonObject metadata = object(cell, "metadata");
        return metadata == null ? null : object(metadata, "nbgrader");
    }

    static String gradeId(JsonObject cell) {
        JsonObject nbgrader = nbgrader(cell);
        return nbgrader == null ? null : string(nbgrader, "grade_id");
    }

    static boolean flag(JsonObject cell, String name) {
        JsonObject nbgrader = nbgrader(cell);
        if (nbgrader == null || !nbgrader.has(name)) {
            return false;
        }
        JsonElement value = nbgrader.get(name);
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
    }

    static boolean isGraded(JsonObject cell) {
        return flag(cell, "grade");
    }

    static boolean isSolution(JsonObject cell) {
        return flag(cell, "solution");
    }

    static boolean isLocked(JsonObject cell) {
        return flag(cell, "locked");
    }

    static double points(JsonObject cell) {
        JsonObject nbgrader = nbgrader(cell);
        if (nbgrader == null || !nbgrader.has("points") || !nbgrader.get("points").isJsonPrimitive()) {
            return 0;
        }
        try {
            return nbgrader.get("points").getAsDouble();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static JsonObject object(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    static String string(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
