package dev.nonlinear.display;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookOutputTest {

    @AfterEach
    void removeSink() {
        NotebookOutput.uninstall();
    }

    @Test
    void withoutAKernelDisplaysArePrintedAsText() {
        Table table = Table.create("numbers", DoubleColumn.create("x", 1.5, 2.5));
        String printed = captureStdout(() -> {
            String id = NotebookOutput.display(table);
            assertNotNull(id);
            NotebookOutput.update(id, "done");
        });
        assertTrue(printed.contains("numbers"), printed);
        assertTrue(printed.contains("2.5"), printed);
        assertTrue(printed.endsWith("done" + System.lineSeparator()), printed);
    }

    @Test
    void liveDisplayShowsOnceThenUpdatesInPlace() {
        RecordingSink sink = new RecordingSink();
        NotebookOutput.install(sink);
        LiveDisplay live = new LiveDisplay(Duration.ZERO);
        live.show("a");
        live.show("b");
        live.show("c");
        assertEquals(List.of("display:a", "update:id-1:b", "update:id-1:c"), sink.calls);
        assertEquals("id-1", live.id());
    }

    @Test
    void throttledUpdatesSkipWorkButTheLastProgressStepIsAlwaysShown() {
        RecordingSink sink = new RecordingSink();
        NotebookOutput.install(sink);
        LiveDisplay live = new LiveDisplay(Duration.ofHours(1));
        int[] built = {0};
        assertTrue(live.showThrottled(() -> ++built[0]));
        assertFalse(live.showThrottled(() -> ++built[0]));
        assertEquals(1, built[0], "the supplier is not called when the update is skipped");
        live.progress(5, 10, null);
        live.progress(10, 10, "finished");
        assertEquals(2, sink.calls.size());
        assertTrue(sink.calls.get(1).endsWith("100%  finished"), sink.calls.toString());
    }

    @Test
    void progressLineLooksLikeABar() {
        assertEquals(" 30/100 [######..............]  30%  loss 0.5", LiveDisplay.progressLine(30, 100, "loss 0.5"));
        assertEquals("1/1 [####################] 100%", LiveDisplay.progressLine(1, 1, ""));
    }

    static String captureStdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final class RecordingSink implements NotebookOutput.Sink {
        final List<String> calls = new ArrayList<>();

        @Override
        public String display(Object value) {
            calls.add("display:" + value);
            return "id-" + calls.size();
        }

        @Override
        public void update(String displayId, Object value) {
            calls.add("update:" + displayId + ":" + value);
        }
    }
}
