package dev.nonlinear.grader;

import static dev.nonlinear.grader.JsonFields.object;
import static dev.nonlinear.grader.JsonFields.string;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook (nbformat 4) as plain JSON: reading and writing it, its kernel, its
 * {@link Cell cells}.
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

    /** The cells, as views: changing one changes this notebook. */
    List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (JsonElement cell : json.getAsJsonArray("cells")) {
            cells.add(new Cell(cell.getAsJsonObject()));
        }
        return cells;
    }

    void setCells(List<Cell> cells) {
        JsonArray array = new JsonArray();
        cells.forEach(cell -> array.add(cell.json()));
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
}
