package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Comms at the message level, jupyter_client playing the front end: src/test/python/test_comms.py
 * (comm_open, comm_msg and comm_close both ways, comm_info_request, unknown targets, parent
 * headers, buffers, and a comm_msg handled while a cell is busy).
 */
class CommsIT {

    @Test
    void commsBehaveAsTheMessagingSpecSays() throws Exception {
        PythonTool.requireJupyter();
        String tests = PythonTool.repoRoot().resolve("kernel/src/test/python/test_comms.py").toString();
        int exit = PythonTool.run(List.of(tests, "-v"), Map.of(
                "NONLINEAR_KERNEL_JAR", PythonTool.kernelJar().toString(),
                "NONLINEAR_JAVA", PythonTool.java()), 10);
        assertEquals(0, exit, "test_comms.py failed: see its output above");
    }
}
