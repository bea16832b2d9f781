package dev.nonlinear.kernel;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the Python side of the integration tests (Debian's Jupyter) and fails with the apt
 * command to run when Jupyter is missing. Shared with the grader's tests (the kernel's test-jar).
 */
public final class PythonTool {
    public static final String APT_PACKAGES = "jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel";
    /** Debian's package of jupyter_kernel_test, the Jupyter project's conformance suite for kernels. */
    public static final String KERNEL_TEST_PACKAGE = "python3-jupyter-kernel-test";

    /** Debian's Python, which has Jupyter; a pyenv or venv python3 on the PATH usually hasn't. */
    public static final String PYTHON = System.getenv().getOrDefault("NONLINEAR_PYTHON", "/usr/bin/python3");

    private PythonTool() {
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("nonlinear.repo.root", "..")).toAbsolutePath().normalize();
    }

    public static Path kernelJar() {
        return builtJar("nonlinear.kernel.jar", "target/nonlinear-kernel.jar");
    }

    /** A jar this build makes: the path in the system property, else the module's default. */
    public static Path builtJar(String property, String modulePath) {
        Path jar = Path.of(System.getProperty(property, modulePath)).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: the integration tests run after mvn package");
        }
        return jar;
    }

    /** The java of this JVM: the kernel runs on the same JDK as the build. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void requireJupyter() throws Exception {
        boolean hasJupyter = new File("/usr/bin/jupyter").canExecute() || !PYTHON.equals("/usr/bin/python3");
        int imports = hasJupyter && new File(PYTHON).canExecute()
                ? quietly(List.of(PYTHON, "-c", "import jupyter_client, nbclient, nbformat, nbconvert"))
                : 1;
        if (!hasJupyter || imports != 0) {
            fail("Jupyter is needed to test the kernel and run the notebooks, but " + PYTHON
                    + " cannot import jupyter_client/nbclient/nbconvert (or /usr/bin/jupyter is missing).\n"
                    + "Install it from Debian's packages:\n"
                    + "    sudo apt-get update && sudo apt-get install -y " + APT_PACKAGES);
        }
    }

    /** Fails with the apt command to run when {@link #PYTHON} cannot import {@code module}. */
    public static void requireModule(String module, String debianPackage) throws Exception {
        if (quietly(List.of(PYTHON, "-c", "import " + module)) != 0) {
            fail(PYTHON + " cannot import " + module + ", which this test needs.\n"
                    + "Install it from Debian's packages:\n"
                    + "    sudo apt-get update && sudo apt-get install -y " + debianPackage);
        }
    }

    private static int quietly(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** Runs python with the arguments, output to this console; returns the exit code. */
    public static int run(List<String> args, Map<String, String> env, long timeoutMinutes) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(PYTHON);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("PYTHONUNBUFFERED", "1");
        Process process = builder.start();
        // Copied through System.out (not inheritIO) so that Maven's forked test JVM reports it cleanly.
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(System.out::println);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "python-output");
        copier.setDaemon(true);
        copier.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + timeoutMinutes + " minutes");
        }
        copier.join(10_000);
        return process.exitValue();
    }
}
