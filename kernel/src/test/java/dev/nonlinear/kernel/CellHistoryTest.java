package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** history_request's three lookups over the cells of this session. */
class CellHistoryTest {
    private static CellHistory history() {
        CellHistory history = new CellHistory();
        history.add(1, "int a = 6;", null);
        history.add(2, "a * 7", "42");
        history.add(3, "a * 7", "42");
        history.add(4, "a + 1", "7");
        return history;
    }

    /** A request as basekernel parses it from the JSON a client sends. */
    private static HistoryRequest request(String json) {
        return new com.google.gson.GsonBuilder()
                .registerTypeAdapter(HistoryRequest.class, io.github.spencerpark.jupyter.messages.adapters.HistoryRequestAdapter.INSTANCE)
                .create().fromJson(json, HistoryRequest.class);
    }

    private static List<Integer> numbers(List<List<Object>> entries) {
        return entries.stream().map(e -> (Integer) e.get(1)).toList();
    }

    @Test
    void tailIsTheLastCells() {
        List<List<Object>> last = history().answer(request("{\"hist_access_type\":\"tail\",\"n\":2,\"output\":false,\"raw\":true}"));
        assertEquals(List.of(Arrays.asList(CellHistory.SESSION, 3, "a * 7"), Arrays.asList(CellHistory.SESSION, 4, "a + 1")), last);
    }

    @Test
    void rangeStopsBeforeStopAndKnowsOnlyThisSession() {
        assertEquals(List.of(2, 3), numbers(history().answer(request(
                "{\"hist_access_type\":\"range\",\"session\":1,\"start\":2,\"stop\":4,\"output\":false,\"raw\":true}"))));
        assertEquals(List.of(1, 2, 3, 4), numbers(history().answer(request(
                "{\"hist_access_type\":\"range\",\"session\":0,\"start\":1,\"output\":false,\"raw\":true}"))));
        assertTrue(history().answer(request(
                "{\"hist_access_type\":\"range\",\"session\":-1,\"start\":1,\"output\":false,\"raw\":true}")).isEmpty());
    }

    @Test
    void outputPairsTheInputWithItsResult() {
        List<List<Object>> withOutput = history().answer(request(
                "{\"hist_access_type\":\"range\",\"session\":0,\"start\":1,\"stop\":3,\"output\":true,\"raw\":true}"));
        assertEquals(Arrays.asList("int a = 6;", null), withOutput.get(0).get(2));
        assertEquals(Arrays.asList("a * 7", "42"), withOutput.get(1).get(2));
    }

    @Test
    void searchMatchesTheWholeCellAgainstAGlob() {
        assertEquals(List.of(2, 3), numbers(history().answer(request(
                "{\"hist_access_type\":\"search\",\"pattern\":\"a ? 7\",\"output\":false,\"raw\":true}"))));
        assertEquals(List.of(3), numbers(history().answer(request(
                "{\"hist_access_type\":\"search\",\"pattern\":\"a*7\",\"unique\":true,\"output\":false,\"raw\":true}"))));
        assertEquals(List.of(3, 4), numbers(history().answer(request(
                "{\"hist_access_type\":\"search\",\"pattern\":\"a [*+] [0-9]\",\"n\":2,\"output\":false,\"raw\":true}"))));
        assertEquals(List.of(4), numbers(history().answer(request(
                "{\"hist_access_type\":\"search\",\"pattern\":\"a [!*] *\",\"output\":false,\"raw\":true}"))));
        assertTrue(history().answer(request(
                "{\"hist_access_type\":\"search\",\"pattern\":\"7\",\"output\":false,\"raw\":true}")).isEmpty(),
                "a glob matches the whole cell, not a part of it");
    }
}
