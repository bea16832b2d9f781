package dev.nonlinear.kernel;

import jdk.jshell.JShell;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Stops the running cell: for the interrupt button, the cell time limit and a kernel shutdown.
 * {@link JShell#stop()} may be called from any thread; the cell then fails with the reason given
 * here, where JShell alone would report the stopped snippet like one that finished.
 */
final class CellStopper implements AutoCloseable {
    private final Supplier<JShell> shell;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("cell-timer"));
    private volatile boolean cellRunning;
    private volatile CellError stopReason;
    private ScheduledFuture<?> timeLimit;

    /** @param shell the session's JShell, or null while it is still starting */
    CellStopper(Supplier<JShell> shell) {
        this.shell = shell;
        // A stop can land while JShell compiles rather than runs (then it does nothing), so repeat
        // it until the cell has really ended.
        timer.scheduleWithFixedDelay(this::repeatStop, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Marks the start of a cell; with a limit, the cell is stopped when it runs longer. */
    void beginCell(Duration limit) {
        stopReason = null;
        cellRunning = true;
        if (limit != null) {
            String message = "cell exceeded the time limit of " + seconds(limit) + " s";
            timeLimit = timer.schedule(() -> requestStop(new CellError.TimeLimitExceeded(message)),
                    limit.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** "30" for 30 s, "0.5" for half a second. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }

    void endCell() {
        cellRunning = false;
        if (timeLimit != null) {
            timeLimit.cancel(false);
            timeLimit = null;
        }
    }

    /** Stops the running cell (from another thread); the cell then fails with {@code reason}. */
    void requestStop(CellError reason) {
        if (!cellRunning) {
            return;
        }
        synchronized (this) {
            if (stopReason == null) {
                stopReason = reason;
            }
        }
        stopJShell();
    }

    /** Throws the reason the running cell was stopped for, if it was: a stopped snippet looks finished to JShell. */
    void throwIfStopped() throws CellError {
        CellError reason = stopReason;
        if (reason != null) {
            throw reason;
        }
    }

    private void repeatStop() {
        if (cellRunning && stopReason != null) {
            stopJShell();
        }
    }

    private void stopJShell() {
        JShell current = shell.get();
        if (current != null) {
            try {
                current.stop();
            } catch (RuntimeException | InternalError e) {
                // JShell was between snippets: nothing to stop this time.
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
