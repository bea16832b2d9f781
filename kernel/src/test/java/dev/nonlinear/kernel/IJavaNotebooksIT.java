package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The notebooks on real IJava, as a teacher who follows the README's IJava section runs them:
 * kernel/bin/run-notebooks.py --ijava installs IJava as IJava's installer does (no JVM options) and
 * puts the README's setup cell first in every notebook. Any error, stderr output or meaningless value
 * (such as the PrintStream that a cell ending in printf shows on IJava) fails.
 *
 * <p>IJava is not on Maven Central, so this runs only when the environment variable IJAVA_JAR
 * names its jar (.ci/run sets it when ../shared/ijava/ijava-1.3.0.jar exists) and is skipped otherwise.
 */
class IJavaNotebooksIT {
    /** IJava's jar from IJAVA_JAR; skips the calling test (with the reason in the report) when there is none. */
    private static Path ijava() throws Exception {
        String jar = System.getenv("IJAVA_JAR");
        assumeTrue(jar != null && !jar.isBlank(),
                "IJAVA_JAR is not set: skipping the notebooks on IJava (set it to IJava's jar, e.g. ../shared/ijava/ijava-1.3.0.jar)");
        Path ijava = Path.of(jar).toAbsolutePath();
        assumeTrue(Files.isRegularFile(ijava), "IJAVA_JAR=" + jar + " is not a file: skipping the notebooks on IJava");
        PythonTool.requireJupyter();
        return ijava;
    }

    @Test
    void everyNotebookRunsCleanOnIJavaWithTheReadmesSetupCell() throws Exception {
        // Also checks the README's claim that without the JVM option the library falls back to scalar products.
        int exit = runNotebooks("ijava-notebooks", List.of("--expect-backend", "scalar"));
        assertEquals(0, exit, "some notebooks failed on IJava: see the FAIL lines above");
    }

    @Test
    void theReadmesJvmOptionGivesIJavaTheVectorApi() throws Exception {
        // The README's recipe: --add-modules=jdk.incubator.vector before -jar in IJava's kernel.json.
        int exit = runNotebooks("ijava-vector", List.of("--only", "00-start-here.ipynb",
                "--ijava-jvm-option=--add-modules=jdk.incubator.vector", "--expect-backend", "vector"));
        assertEquals(0, exit, "00-start-here on IJava with --add-modules=jdk.incubator.vector: see the FAIL lines above");
    }

    private static int runNotebooks(String outDir, List<String> options) throws Exception {
        Path root = PythonTool.repoRoot();
        Path build = Path.of(System.getProperty("nonlinear.build.dir", "target"));
        List<String> args = new ArrayList<>(List.of(
                root.resolve("kernel/bin/run-notebooks.py").toString(),
                "--ijava", ijava().toString(),
                "--java", PythonTool.java(),
                "--notebooks", root.resolve("notebooks").toString(),
                "--readme", root.resolve("README.md").toString(),
                "--out", build.resolve(outDir).toString()));
        args.addAll(options);
        return PythonTool.run(args, Map.of(), 30);
    }
}
