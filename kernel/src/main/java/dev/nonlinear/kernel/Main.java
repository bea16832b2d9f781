package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar nonlinear-kernel.jar CONNECTION_FILE} runs the kernel (this is what Jupyter
 * does); {@code java -jar nonlinear-kernel.jar install [...]} installs it (see {@link Installer}).
 */
public final class Main {
    /** Seconds a cell may run before it is stopped; unset or empty means no limit. */
    public static final String TIMEOUT_ENV = "NONLINEAR_CELL_TIMEOUT_SECONDS";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("install")) {
            System.exit(Installer.run(Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length == 1 && args[0].equals("warm-up")) { // used by install, see NonlinearKernel
            System.setProperty("java.awt.headless", "true");
            NonlinearKernel.warmUpAndExit();
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: java -jar nonlinear-kernel.jar CONNECTION_FILE");
            System.err.println("       java -jar nonlinear-kernel.jar install [--user | --prefix DIR | --sys-prefix] [--timeout SECONDS]");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true"); // charts are drawn without a screen
        runKernel(Path.of(args[0]), new NonlinearKernel(cellTimeLimit(System.getenv(TIMEOUT_ENV))));
    }

    /** Serves Jupyter on the connection file's sockets until it shuts the kernel down, then exits. */
    public static void runKernel(Path connectionFile, NonlinearKernel kernel) throws Exception {
        debug("main");
        if (!DEBUG) {
            // basekernel logs every message at INFO; keep the notebook server's terminal readable.
            Logger.getLogger("").setLevel(Level.WARNING);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        kernel.start(); // JShell starts on its own thread now: it is the slow part (1-2 s)

        // Meanwhile this thread binds the sockets, so kernel_info is answered within milliseconds.
        JupyterConnection connection = new KernelConnection(properties);
        kernel.becomeHandlerForConnection(connection); // handlers before sockets: no request is lost
        connection.connect();
        debug("sockets bound");

        exitWhenParentDies();

        connection.waitUntilClose();
        kernel.close();
        System.exit(0); // JShell and AWT leave non-daemon threads behind
    }

    /**
     * A kernel whose client was killed (a crashed notebook server, a test runner stopped with
     * kill -9) would otherwise run forever. Jupyter names its process in JPY_PARENT_PID.
     */
    private static void exitWhenParentDies() {
        Optional<ProcessHandle> parent = Optional.empty();
        String pid = System.getenv("JPY_PARENT_PID");
        if (pid != null && pid.matches("\\d+")) {
            parent = ProcessHandle.of(Long.parseLong(pid));
        } else if (pid == null) {
            parent = ProcessHandle.current().parent();
        }
        parent.ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    }

    private static final boolean DEBUG = System.getenv("NONLINEAR_KERNEL_DEBUG") != null;

    /** With NONLINEAR_KERNEL_DEBUG set: a timestamped line on stderr (the notebook server's log). */
    static void debug(String what) {
        if (DEBUG) {
            long sinceJvmStart = System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                    .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
            System.err.println("nonlinear-kernel +" + sinceJvmStart + " ms: " + what);
        }
    }

    /** The cell time limit from the environment variable's text; null when unset or not positive. */
    static Duration cellTimeLimit(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(seconds.trim());
            return value > 0 ? Duration.ofMillis(Math.round(value * 1000)) : null;
        } catch (NumberFormatException e) {
            System.err.println("nonlinear-kernel: ignoring " + TIMEOUT_ENV + "=" + seconds + " (not a number)");
            return null;
        }
    }
}
