package dev.nonlinear.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values for the library's comms: objects as {@code Map}, arrays as
 * {@code List}, whole numbers as {@code Long} (a slider's 3 stays 3, not Gson's 3.0), other
 * numbers as {@code Double}, strings, booleans, null.
 */
final class JsonValues {
    private JsonValues() {
    }

    static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (object != null) {
            object.entrySet().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
        }
        return map;
    }

    static Object toJava(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonObject()) {
            return toMap(element.getAsJsonObject());
        }
        if (element.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonElement item : (JsonArray) element) {
                list.add(toJava(item));
            }
            return list;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            return number(primitive.getAsBigDecimal());
        }
        return primitive.getAsString();
    }

    private static Object number(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            return value.doubleValue();
        }
    }
}
