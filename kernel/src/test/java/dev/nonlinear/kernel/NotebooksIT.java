package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Executes every notebook under notebooks/ with the kernel just built (kernel/bin/run-notebooks.py). */
class NotebooksIT {

    @Test
    void everyNotebookRunsWithoutErrorsOrStderr() throws Exception {
        PythonTool.requireJupyter();
        Path root = PythonTool.repoRoot();
        Path build = Path.of(System.getProperty("nonlinear.build.dir", "target"));
        int exit = PythonTool.run(List.of(
                root.resolve("kernel/bin/run-notebooks.py").toString(),
                "--jar", PythonTool.kernelJar().toString(),
                "--java", PythonTool.java(),
                "--notebooks", root.resolve("notebooks").toString(),
                "--out", build.resolve("executed-notebooks").toString()), Map.of(), 30);
        assertEquals(0, exit, "some notebooks failed: see the FAIL lines above");
    }
}
