package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kernel against the Jupyter project's conformance suite, jupyter_kernel_test, with a Java
 * snippet for each of its tests, plus the messaging-spec details it leaves out:
 * src/test/python/test_conformance.py.
 */
class ConformanceIT {

    @Test
    void kernelPassesJupyterKernelTest() throws Exception {
        PythonTool.requireJupyter();
        PythonTool.requireModule("jupyter_kernel_test", PythonTool.KERNEL_TEST_PACKAGE);
        String tests = PythonTool.repoRoot().resolve("kernel/src/test/python/test_conformance.py").toString();
        int exit = PythonTool.run(List.of(tests, "-v"), Map.of(
                "NONLINEAR_KERNEL_JAR", PythonTool.kernelJar().toString(),
                "NONLINEAR_JAVA", PythonTool.java()), 10);
        assertEquals(0, exit, "test_conformance.py failed: see its output above");
    }
}
