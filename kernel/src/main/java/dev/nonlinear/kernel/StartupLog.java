package dev.nonlinear.kernel;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With NONLINEAR_KERNEL_DEBUG set, the milestones of a kernel start as timestamped lines on
 * stderr (the notebook server's log): where the start-up time goes. Otherwise the kernel is quiet.
 */
final class StartupLog {
    private static final boolean DEBUG = System.getenv("NONLINEAR_KERNEL_DEBUG") != null;

    private StartupLog() {
    }

    /** A line "nonlinear-kernel +N ms: what", N counted from the JVM's start; only when debugging. */
    static void debug(String what) {
        if (DEBUG) {
            long sinceJvmStart = System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                    .map(Instant::toEpochMilli).orElse(System.currentTimeMillis());
            System.err.println("nonlinear-kernel +" + sinceJvmStart + " ms: " + what);
        }
    }

    /** basekernel logs every message at INFO; unless debugging, keep the server's terminal readable. */
    static void quietLibraries() {
        if (!DEBUG) {
            Logger.getLogger("").setLevel(Level.WARNING);
        }
    }
}
