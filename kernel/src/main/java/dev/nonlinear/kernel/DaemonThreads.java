package dev.nonlinear.kernel;

import java.util.concurrent.ThreadFactory;

/** Threads for the kernel's own chores (timers, flushing, preloading): daemons, so they never keep the JVM alive. */
final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Makes daemon threads with this name (the name is what a thread dump shows). */
    static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
