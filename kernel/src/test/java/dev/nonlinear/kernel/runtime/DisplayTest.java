package dev.nonlinear.kernel.runtime;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Display's static API goes to whatever kernel attached itself, and prints without one. */
class DisplayTest {
    private final List<String> calls = new ArrayList<>();

    private final DisplayTarget target = new DisplayTarget() {
        private final Renderer renderer = new Renderer();

        @Override
        public Renderer renderer() {
            return renderer;
        }

        @Override
        public String show(DisplayData data) {
            calls.add("show " + data.getData(MIMEType.TEXT_PLAIN));
            return "id-1";
        }

        @Override
        public void update(String displayId, DisplayData data) {
            calls.add("update " + displayId + " " + data.getData(MIMEType.TEXT_PLAIN));
        }

        @Override
        public void clearOutput(boolean wait) {
            calls.add("clear " + wait);
        }
    };

    @AfterEach
    void detach() {
        Display.attach(null);
    }

    @Test
    void callsReachTheAttachedKernel() {
        Display.attach(target);
        assertEquals("id-1", Display.display("hello"));
        Display.updateDisplay("id-1", 42);
        Display.clearOutput(true);
        Display.clearOutput();
        assertEquals(List.of("show hello", "update id-1 42", "clear true", "clear false"), calls);
        assertEquals("x", Display.render("x").getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void withoutAKernelValuesArePrinted() {
        assertNotNull(Display.display("hello"));
        Display.clearOutput(true); // nothing to clear, and no failure
        assertEquals("x", Display.render("x").getData(MIMEType.TEXT_PLAIN));
    }
}
