package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code java -jar nonlinear-kernel.jar CONNECTION_FILE} runs the kernel (this is what Jupyter
 * does); {@code java -jar nonlinear-kernel.jar install [...]} installs it (see {@link Installer}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("install")) {
            System.exit(Installer.run(Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length == 1 && args[0].equals("warm-up")) { // used by install, see WarmUp
            System.setProperty("java.awt.headless", "true");
            WarmUp.runAndExit();
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: java -jar nonlinear-kernel.jar CONNECTION_FILE");
            System.err.println("       java -jar nonlinear-kernel.jar install [--user | --prefix DIR | --sys-prefix] [--timeout SECONDS]");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true"); // charts are drawn without a screen
        runKernel(Path.of(args[0]), new NonlinearKernel(CellTimeLimit.fromEnvironment()));
    }

    /** Serves Jupyter on the connection file's sockets until it shuts the kernel down, then exits. */
    public static void runKernel(Path connectionFile, NonlinearKernel kernel) throws Exception {
        StartupLog.debug("main");
        StartupLog.quietLibraries();
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        kernel.start(); // JShell starts on its own thread now: it is the slow part (1-2 s)

        // Meanwhile this thread binds the sockets, so kernel_info is answered within milliseconds.
        JupyterConnection connection = new KernelConnection(properties);
        kernel.becomeHandlerForConnection(connection); // handlers before sockets: no request is lost
        connection.connect();
        StartupLog.debug("sockets bound");

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
}
