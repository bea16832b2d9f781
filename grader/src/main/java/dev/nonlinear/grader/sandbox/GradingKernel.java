package dev.nonlinear.grader.sandbox;

import dev.nonlinear.kernel.Execution;
import dev.nonlinear.kernel.Main;
import dev.nonlinear.kernel.NonlinearKernel;

import java.nio.file.Path;

/**
 * The kernel the grader starts for each submission: the kit's kernel, whose cells run in a
 * sandboxed JVM ({@link SandboxedEngine}) instead of its own, with no file magics and with each
 * cell's output capped. The grader names it in a kernelspec of its own:
 * <pre>
 * java -cp nonlinear-grader.jar dev.nonlinear.grader.sandbox.GradingKernel --memory MB [--no-sandbox] CONNECTION_FILE
 * </pre>
 * Per submission, the grader sets NONLINEAR_SANDBOX_SOCKETS (a folder only the sandbox's user and
 * the kernel can enter), NONLINEAR_SANDBOX_LOG (where the sandbox's own messages go) and, when it
 * runs as root, NONLINEAR_SANDBOX_UID (the unprivileged user the sandbox runs as).
 */
public final class GradingKernel {
    /** Bytes of stdout and of stderr kept per cell: a print loop must not fill memory and pages. */
    static final long MAX_OUTPUT_BYTES = 100_000;

    private GradingKernel() {
    }

    public static void main(String[] args) throws Exception {
        int memoryMb = 1024;
        boolean isolated = true;
        Path connectionFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--memory" -> memoryMb = Integer.parseInt(args[++i]);
                case "--no-sandbox" -> isolated = false;
                default -> connectionFile = Path.of(args[i]);
            }
        }
        String sockets = System.getenv("NONLINEAR_SANDBOX_SOCKETS");
        String log = System.getenv("NONLINEAR_SANDBOX_LOG");
        if (connectionFile == null || sockets == null || log == null) {
            System.err.println("usage: NONLINEAR_SANDBOX_SOCKETS=DIR NONLINEAR_SANDBOX_LOG=FILE GradingKernel"
                    + " --memory MB [--no-sandbox] CONNECTION_FILE");
            System.exit(2);
        }
        String uid = System.getenv("NONLINEAR_SANDBOX_UID");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = Path.of(GradingKernel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Sandbox sandbox = new Sandbox(java, jar, memoryMb, uid == null ? null : Integer.valueOf(uid), isolated);
        Execution execution = new Execution(new SandboxedEngine(sandbox, Path.of(sockets), Path.of(log)), false, MAX_OUTPUT_BYTES);
        System.setProperty("java.awt.headless", "true");
        Main.runKernel(connectionFile, new NonlinearKernel(null, execution));
    }
}
