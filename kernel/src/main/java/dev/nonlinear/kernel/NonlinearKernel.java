package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.reply.HistoryReply;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The kernel as Jupyter sees it: basekernel's {@link BaseKernel}, each request family handed to
 * the class that answers it.
 * <ul>
 * <li>execute_request: {@link ExecuteHandler}, which calls {@link #runCell}: {@link CellEvaluator}
 *     runs the cell, its output goes out through {@link CellStreams} and {@link CellDisplays};
 * <li>complete_request (Tab), is_complete_request (consoles), inspect_request (Shift+Tab):
 *     {@link JavaSession}, which asks JShell;
 * <li>interrupt_request and shutdown: {@link JavaSession#requestStop};
 * <li>history_request: {@link CellHistory}; connect_request: {@link ConnectRequest};
 * <li>comm_open, comm_msg, comm_close, comm_info_request: {@link KernelComms}, on the comm
 *     thread, also while a cell runs ({@link ShellDispatch} reads the shell socket);
 * <li>Run All stopping at the first failing cell: {@link StopOnError}.
 * </ul>
 */
public final class NonlinearKernel extends BaseKernel implements CellRunner {
    private final JavaSession session;
    private final CellPublisher publisher = new CellPublisher();
    private final CellStreams streams;
    private final CellDisplays displays;
    private final CellEvaluator cells;
    private final CellHistory history = new CellHistory();

    /** @param cellTimeLimit stop cells that run longer; null for no limit */
    public NonlinearKernel(Duration cellTimeLimit) {
        this(cellTimeLimit, Execution.LOCAL);
    }

    /**
     * @param cellTimeLimit stop cells that run longer; null for no limit
     * @param execution     where cells run and what they may touch
     */
    public NonlinearKernel(Duration cellTimeLimit, Execution execution) {
        // basekernel would point System.out straight at the socket; CellStreams buffers instead.
        setShouldReplaceStdStreams(false);
        streams = new CellStreams(publisher, execution.maxOutputBytes());
        displays = new CellDisplays(getRenderer(), publisher, streams);
        session = new JavaSession(JShellSetup.kernelClasspath(), JShellSetup.DEFAULT_IMPORTS, execution.engine());
        cells = new CellEvaluator(session, streams, displays, new MagicRunner(session, execution.fileMagics()), cellTimeLimit);
    }

    /**
     * Starts JShell in the background and returns at once. The first cell waits for it; tab
     * completion before that waits too.
     */
    public void start() {
        session.startInBackground(displays::install);
        session.whenReady().thenRunAsync(CellDisplays::preloadGraphics, Executors.newSingleThreadExecutor(DaemonThreads.named("preload")));
        streams.startFlushing();
    }

    /** Starts JShell on this thread, the displays installed first: for the install-time {@code WarmUp}. */
    void startNow() throws CellError {
        displays.install();
        session.startNow();
    }

    /**
     * basekernel's handlers, except for execute_request ({@link ExecuteHandler}),
     * history_request ({@link CellHistory}) and the comm messages ({@link KernelComms});
     * connect_request on a {@link KernelConnection}; and Run All stopping at the first failing
     * cell ({@link StopOnError}).
     */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.EXECUTE_REQUEST, new ExecuteHandler(this, executionCount, history));
        connection.setHandler(MessageType.HISTORY_REQUEST, this::answerHistory);
        ExecutorService commThread = Executors.newSingleThreadExecutor(DaemonThreads.named("comm"));
        if (connection instanceof KernelConnection) {
            ConnectRequest.install((KernelConnection) connection);
            commThread = ((KernelConnection) connection).commThread();
        }
        new KernelComms(commThread, publisher::request).install(connection);
        StopOnError.install(connection, cells::lastCellFailed);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answerHistory(ShellReplyEnvironment env, Message<HistoryRequest> request) {
        env.setBusyDeferIdle();
        Map<String, Object> content = Map.of("status", "ok", "history", history.answer(request.getContent()));
        env.reply(new Message(request, HistoryReply.MESSAGE_TYPE, content));
    }

    // ----------------------------------------------------------------------------------------
    // Cells: what ExecuteHandler asks (CellRunner), and basekernel's own eval

    /** Runs a cell for an execute_request: its output goes to that request's IOPub messages. */
    @Override
    public DisplayData runCell(ShellReplyEnvironment request, String code, int cellNumber, boolean allowStdin) throws Exception {
        publisher.attach(request);
        try {
            return cells.evaluate(code, cellNumber, publisher.stdin(allowStdin));
        } finally {
            publisher.detach();
        }
    }

    /** basekernel's way to run a cell, for code that drives the kernel without Jupyter; output is dropped. */
    @Override
    public DisplayData eval(String code) throws Exception {
        return cells.evaluate(code, executionCount.get() - 1, System.in);
    }

    @Override
    public DisplayData evaluateExpression(String expression) throws CellError {
        return cells.evaluateExpression(expression);
    }

    /** Documentation for a name, for a help cell such as {@code Math.abs?} ({@link Help}); null if none. */
    @Override
    public String documentation(String name) throws CellError {
        return session.documentation(name, name.length());
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CellError) {
            return ((CellError) e).traceback();
        }
        return super.formatError(e);
    }

    // ----------------------------------------------------------------------------------------
    // Editor support, interrupt, kernel info, shutdown

    @Override
    public ReplacementOptions complete(String code, int at) throws Exception {
        return session.complete(code, at);
    }

    @Override
    public String isComplete(String code) {
        try {
            return session.isComplete(code);
        } catch (CellError e) {
            return IS_COMPLETE_MAYBE;
        }
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) throws Exception {
        String documentation = session.documentation(code, at);
        return documentation == null ? null : new DisplayData(documentation);
    }

    @Override
    public void interrupt() {
        session.requestStop(new CellError.Interrupted("the cell was interrupted"));
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jsh")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " with the Nonlinear library (nonlinear-kernel "
                + KERNEL_META.get("version") + ")";
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        session.requestStop(new CellError.Interrupted("the kernel is shutting down"));
        // Never outlive a shutdown request: if something blocks the normal exit, halt.
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                return;
            }
            Runtime.getRuntime().halt(0);
        }, "shutdown-guard");
        guard.setDaemon(true);
        guard.start();
    }

    void close() {
        streams.close();
        session.close();
    }
}
