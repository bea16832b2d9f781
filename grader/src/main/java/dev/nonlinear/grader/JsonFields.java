package dev.nonlinear.grader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading one field of a notebook's JSON without trusting its type: a wrong type reads as absent (null). */
final class JsonFields {
    private JsonFields() {
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
