package dev.nonlinear.kernel;

import jdk.jshell.spi.ExecutionControlProvider;

/**
 * Where cells run and what they may touch. The notebook kernel runs them in its own JVM
 * ({@link #LOCAL}); the grader runs them in a sandboxed JVM of their own, so that nothing a
 * student writes can reach the kernel that reports to the grader.
 *
 * @param engine          JShell's execution engine; null for the kernel's own (this JVM)
 * @param fileMagics      whether {@code %load}, {@code %jars} and {@code %classpath} may read files
 *                        (the kernel's files, not the sandbox's: off while grading)
 * @param maxOutputBytes  bytes of stdout and of stderr kept per cell; more is dropped with a note
 */
public record Execution(ExecutionControlProvider engine, boolean fileMagics, long maxOutputBytes) {

    /** Cells run in the kernel's JVM with no limits: a learner's own notebook. */
    public static final Execution LOCAL = new Execution(null, true, Long.MAX_VALUE);

    /** True when cells run in this JVM (and the kernel sees the objects they evaluate to). */
    public boolean isLocal() {
        return engine == null;
    }
}
