package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The widget library at the message level, jupyter_client playing each front end in turn (none,
 * ipywidgets 7, jupyter-js-widgets 2.1, ipywidgets 8): src/test/python/test_widgets.py.
 */
class WidgetsIT {

    @Test
    void widgetsSpeakToEachFrontEnd() throws Exception {
        PythonTool.requireJupyter();
        String tests = PythonTool.repoRoot().resolve("kernel/src/test/python/test_widgets.py").toString();
        int exit = PythonTool.run(List.of(tests, "-v"), Map.of(
                "NONLINEAR_KERNEL_JAR", PythonTool.kernelJar().toString(),
                "NONLINEAR_JAVA", PythonTool.java()), 10);
        assertEquals(0, exit, "test_widgets.py failed: see its output above");
    }
}
