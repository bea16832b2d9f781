package dev.nonlinear.grader;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import static dev.nonlinear.grader.JsonFields.object;
import static dev.nonlinear.grader.JsonFields.string;

/**
 * One notebook cell, a view of its JSON (changes go to the notebook it came from): its type,
 * source and outputs, and what nbgrader's metadata ({@code metadata.nbgrader}, schema version 3)
 * says of it: grade id, points, graded / solution / locked.
 */
record Cell(JsonObject json) {

    /** nbformat 4.5's cell id, or null. */
    String id() {
        return string(json, "id");
    }

    /** A copy of its own, not a view. */
    Cell copy() {
        return new Cell(json.deepCopy());
    }

    String type() {
        return string(json, "cell_type");
    }

    String source() {
        JsonElement source = json.get("source");
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
    void setSource(String text) {
        JsonArray lines = new JsonArray();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(new JsonPrimitive(text.substring(start, end)));
            start = end;
        }
        json.add("source", lines);
    }

    void clearOutputs() {
        if (isCode()) {
            json.add("outputs", new JsonArray());
            json.add("execution_count", JsonNull.INSTANCE);
        }
    }

    JsonArray outputs() {
        JsonElement outputs = json.get("outputs");
        return outputs != null && outputs.isJsonArray() ? outputs.getAsJsonArray() : new JsonArray();
    }

    boolean isCode() {
        return "code".equals(type());
    }

    /** nbgrader's rule: a cell fails when it has an error output or wrote to stderr. */
    String failure() {
        for (JsonElement element : outputs()) {
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

    /** {@code metadata.nbgrader}, or null. */
    JsonObject nbgrader() {
        JsonObject metadata = object(json, "metadata");
        return metadata == null ? null : object(metadata, "nbgrader");
    }

    String gradeId() {
        JsonObject nbgrader = nbgrader();
        return nbgrader == null ? null : string(nbgrader, "grade_id");
    }

    private boolean flag(String name) {
        JsonObject nbgrader = nbgrader();
        if (nbgrader == null || !nbgrader.has(name)) {
            return false;
        }
        JsonElement value = nbgrader.get(name);
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
    }

    boolean isTask() {
        return flag("task");
    }

    boolean isGraded() {
        return flag("grade");
    }

    boolean isSolution() {
        return flag("solution");
    }

    boolean isLocked() {
        return flag("locked");
    }

    double points() {
        JsonObject nbgrader = nbgrader();
        if (nbgrader == null || !nbgrader.has("points") || !nbgrader.get("points").isJsonPrimitive()) {
            return 0;
        }
        try {
            return nbgrader.get("points").getAsDouble();
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
