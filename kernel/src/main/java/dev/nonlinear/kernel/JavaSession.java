package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import jdk.jshell.JShell;
import jdk.jshell.spi.ExecutionControlProvider;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One JShell and everything the kernel asks of it. This class starts and holds the JShell; each
 * request goes to the class that knows how:
 * <ul>
 * <li>{@link JShellSetup}: the engine, class path and imports it starts with;
 * <li>{@link SnippetRunner}: running a cell's code, snippet by snippet;
 * <li>{@link CellStopper}: stopping a running cell (interrupt, time limit);
 * <li>{@link EditorSupport}: completion, is-complete, documentation.
 * </ul>
 *
 * <p>JShell takes a second or two to start (javac warming up). {@link #startInBackground}
 * starts it on its own thread as soon as the kernel is up; the first request simply waits for it.
 *
 * <p>Only one thread uses JShell at a time (the kernel's shell thread), except for
 * {@link #requestStop}, which JShell allows from any thread.
 */
final class JavaSession implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final JShellSetup setup;
    private final CompletableFuture<JShell> ready = new CompletableFuture<>();
    private final CellStopper stopper = new CellStopper(() -> ready.getNow(null));
    private final SnippetRunner runner;

    JavaSession(List<String> classpath, List<String> imports) {
        this(classpath, imports, null);
    }

    /** @param engine JShell's execution engine, or null to run snippets in this JVM */
    JavaSession(List<String> classpath, List<String> imports, ExecutionControlProvider engine) {
        setup = new JShellSetup(classpath, imports, engine);
        runner = new SnippetRunner(setup.runsLocally(), stopper);
    }

    /**
     * Starts JShell on a background thread and returns at once.
     *
     * @param first runs on that thread before JShell starts (set-up that cells need)
     */
    JavaSession startInBackground(Runnable first) {
        Thread starter = new Thread(() -> {
            try {
                first.run();
                ready.complete(setup.create());
            } catch (Throwable e) {
                ready.completeExceptionally(e);
            }
        }, "jshell-start");
        starter.setDaemon(true);
        starter.start();
        return this;
    }

    /** Starts JShell on this thread (for tests and tools). */
    JavaSession startNow() throws CellError {
        if (!ready.isDone()) {
            try {
                ready.complete(setup.create());
            } catch (RuntimeException e) {
                ready.completeExceptionally(e);
            }
        }
        shell();
        return this;
    }

    /** Waits until JShell has started; throws if it could not start. */
    void awaitStart() throws CellError {
        shell();
    }

    CompletableFuture<JShell> whenReady() {
        return ready;
    }

    /** The imports that compiled (packages that don't exist yet are left out). */
    List<String> imports() {
        shellOrNull();
        return setup.acceptedImports();
    }

    private JShell shellOrNull() {
        try {
            return ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private JShell shell() throws CellError {
        try {
            return ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellError("interrupted while waiting for JShell to start", List.of());
        } catch (ExecutionException e) {
            throw new CellError("JShell failed to start: " + e.getCause());
        } catch (TimeoutException e) {
            throw new CellError("JShell did not start within " + START_TIMEOUT.toSeconds() + " s");
        }
    }

    // ----------------------------------------------------------------------------------------
    // What the kernel asks

    /** Marks the start of a cell; with a limit, the cell is stopped when it runs longer. */
    void beginCell(Duration limit) {
        stopper.beginCell(limit);
    }

    void endCell() {
        stopper.endCell();
    }

    /** Stops the running cell (from another thread); the cell then fails with {@code reason}. */
    void requestStop(CellError reason) {
        stopper.requestStop(reason);
    }

    /**
     * Runs the code snippet by snippet and stops at the first error.
     *
     * @param label how errors name this code, e.g. "Cell In[3]"
     * @return the value of a final expression without a trailing semicolon, or {@link SnippetRunner#NO_VALUE}
     */
    Object run(String code, String label) throws CellError {
        return runner.run(shell(), code, label);
    }

    /** Tab completion at {@code cursor}. */
    ReplacementOptions complete(String code, int cursor) throws CellError {
        return EditorSupport.complete(shell().sourceCodeAnalysis(), code, cursor);
    }

    /** "complete", "invalid", or the indent of the next line (incomplete). */
    String isComplete(String code) throws CellError {
        if (code.stripLeading().startsWith("%%")) {
            // A cell magic's body need not be Java, so JShell (which may still be starting) has no say.
            return "complete";
        }
        return EditorSupport.isComplete(shell().sourceCodeAnalysis(), code);
    }

    /** Signatures and javadoc of what is at the cursor (Shift+Tab), or null. */
    String documentation(String code, int cursor) throws CellError {
        return EditorSupport.documentation(shell().sourceCodeAnalysis(), code, cursor);
    }

    void addToClasspath(String path) throws CellError {
        shell().addToClasspath(path);
    }

    @Override
    public void close() {
        stopper.close();
        JShell shell = ready.getNow(null);
        if (shell != null) {
            shell.close();
        }
    }
}
