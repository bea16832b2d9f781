package dev.nonlinear.kernel;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonValuesTest {

    @Test
    void jsonBecomesPlainJavaWithWholeNumbersAsLong() {
        Map<String, Object> map = JsonValues.toMap(new JsonParser().parse(
                "{\"n\": 3, \"x\": 2.5, \"big\": 1e3, \"s\": \"a\", \"b\": true, \"z\": null, \"list\": [1, {\"k\": []}]}")
                .getAsJsonObject());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("n", 3L);
        expected.put("x", 2.5);
        expected.put("big", 1000L);
        expected.put("s", "a");
        expected.put("b", true);
        expected.put("z", null);
        expected.put("list", Arrays.asList(1L, Map.of("k", List.of())));
        assertEquals(expected, map);
    }

    @Test
    void missingDataIsAnEmptyMap() {
        assertEquals(Map.of(), JsonValues.toMap(null));
    }
}
