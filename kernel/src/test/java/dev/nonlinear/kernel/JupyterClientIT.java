package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kernel through Jupyter's own client library: src/test/python/test_kernel.py (results,
 * streams, errors, rich displays, completion, interrupt, time limit, 50 starts).
 */
class JupyterClientIT {

    @Test
    void kernelBehavesForAJupyterClient() throws Exception {
        PythonTool.requireJupyter();
        String tests = PythonTool.repoRoot().resolve("kernel/src/test/python/test_kernel.py").toString();
        int exit = PythonTool.run(List.of(tests, "-v"), Map.of(
                "NONLINEAR_KERNEL_JAR", PythonTool.kernelJar().toString(),
                "NONLINEAR_JAVA", PythonTool.java()), 20);
        assertEquals(0, exit, "test_kernel.py failed: see its output above");
    }
}
