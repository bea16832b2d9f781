package dev.nonlinear.kernel;

import dev.nonlinear.display.KernelDisplays;
import dev.nonlinear.display.NotebookOutput;
import dev.nonlinear.kernel.runtime.Display;
import dev.nonlinear.kernel.runtime.DisplayTarget;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.reply.HistoryReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Jupyter side of the kernel: {@link ExecuteHandler} calls {@link #runCell} for every cell,
 * basekernel calls {@link #complete} for Tab, {@link #isComplete} for consoles, {@link #inspect} for Shift+Tab and {@link #interrupt}
 * for the stop button. The Java side is {@link JavaSession}. Cells reach it through
 * {@link Display} as a {@link DisplayTarget}.
 */
public final class NonlinearKernel extends BaseKernel implements DisplayTarget, CellRunner {

    /**
     * Imported into every session. Packages of the kit that have no classes yet are skipped
     * (see {@link JShellSetup}), so this list can name packages before they exist.
     */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import java.math.*;",
            "import dev.nonlinear.activation.*;",
            "import dev.nonlinear.tensor.*;",
            "import dev.nonlinear.data.*;",
            "import dev.nonlinear.layer.*;",
            "import dev.nonlinear.loss.*;",
            "import dev.nonlinear.optim.*;",
            "import dev.nonlinear.train.*;",
            "import dev.nonlinear.gradcheck.*;",
            "import dev.nonlinear.plot.*;",
            "import dev.nonlinear.trace.*;",
            "import dev.nonlinear.quiz.*;",
            "import dev.nonlinear.display.*;",
            "import tech.tablesaw.api.*;",
            "import org.knowm.xchart.*;",
            "import static dev.nonlinear.kernel.runtime.Display.*;");

    private static final long FLUSH_EVERY_MS = 50;

    private final JavaSession session;
    private final Duration cellTimeLimit;
    private final Execution execution;
    private final CellOutput stdout;
    private final CellOutput stderr;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("output-flusher"));
    private final Set<String> displayIdsOfThisCell = ConcurrentHashMap.newKeySet();
    private final CellPublisher publisher = new CellPublisher();
    private final CellHistory history = new CellHistory();
    private volatile boolean cellActive;
    private volatile boolean lastCellFailed;

    /** @param cellTimeLimit stop cells that run longer; null for no limit */
    public NonlinearKernel(Duration cellTimeLimit) {
        this(cellTimeLimit, Execution.LOCAL);
    }

    /**
     * @param cellTimeLimit stop cells that run longer; null for no limit
     * @param execution     where cells run and what they may touch
     */
    public NonlinearKernel(Duration cellTimeLimit, Execution execution) {
        this.cellTimeLimit = cellTimeLimit;
        this.execution = execution;
        // basekernel would point System.out straight at the socket; CellOutput buffers instead.
        setShouldReplaceStdStreams(false);
        stdout = new CellOutput(text -> publisher.stream(PublishStream.StreamType.OUT, text), execution.maxOutputBytes());
        stderr = new CellOutput(text -> publisher.stream(PublishStream.StreamType.ERR, text), execution.maxOutputBytes());
        session = new JavaSession(classpath(), DEFAULT_IMPORTS, execution.engine());
    }

    /**
     * Starts JShell in the background and returns at once. The first cell waits for it; tab
     * completion before that waits too.
     */
    public void start() {
        session.startInBackground(this::installDisplays);
        session.whenReady().thenRunAsync(NonlinearKernel::preloadGraphics, Executors.newSingleThreadExecutor(DaemonThreads.named("preload")));
        flusher.scheduleWithFixedDelay(this::flushIfActive, FLUSH_EVERY_MS, FLUSH_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** Rich output for the kit's types, for Display's static methods and for library code. */
    private void installDisplays() {
        Display.attach(this);
        KernelDisplays.register(getRenderer());
        NotebookOutput.install(new NotebookOutput.Sink() {
            @Override
            public String display(Object value) {
                return Display.display(value);
            }

            @Override
            public void update(String displayId, Object value) {
                Display.updateDisplay(displayId, value);
            }
        });
    }

    /**
     * Starts a session, runs typical cells and draws a chart and a table, then exits: run once
     * at install time with -XX:ArchiveClassesAtExit so that the JVM can map all these classes
     * from a CDS archive at every kernel start instead of loading them one by one.
     */
    static void warmUpAndExit() throws CellError {
        NonlinearKernel kernel = new NonlinearKernel(null);
        kernel.installDisplays();
        JavaSession session = kernel.session.startNow();
        session.beginCell(null);
        session.run("int square(int x) {\n    return x * x;\n}\nString s = \"warm\";\nsquare(3) + s.length()", "warm-up");
        session.run("var table = Table.create(\"t\", DoubleColumn.create(\"x\", 1, 2));\ntable", "warm-up");
        session.complete("Sys", 3);
        session.endCell();
        preloadGraphics();
        kernel.getRenderer().render(tech.tablesaw.api.Table.create("t"));
        // The first reply of every start (kernel_info) passes through here.
        KernelReplyEnvironment.withStatus(new Message<>(new Header<>(KernelInfoReply.MESSAGE_TYPE),
                new KernelInfoReply("5.3", "warm-up", "1", kernel.getLanguageInfo(), kernel.getBanner(), List.of())));
        kernel.close();
        System.exit(0);
    }

    /** The JVM's class path: the kernel jar, which holds the library and its dependencies. */
    private static List<String> classpath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * The first chart costs a second of font and AWT set-up. Drawing a tiny one in the background
     * right after start-up moves that cost off the student's first plotting cell.
     */
    private static void preloadGraphics() {
        try {
            org.knowm.xchart.XYChart chart = new org.knowm.xchart.XYChartBuilder().width(60).height(40).build();
            chart.addSeries("warm-up", new double[] {0, 1}, new double[] {0, 1});
            KernelDisplays.chartPng(chart);
            tech.tablesaw.api.Table.create("warm-up").print();
        } catch (Throwable ignored) {
            // Only a speed-up; a real cell will report any real problem.
        }
    }

    /**
     * basekernel's handlers, except for execute_request ({@link ExecuteHandler}) and
     * history_request ({@link CellHistory}); connect_request on a {@link KernelConnection}; and
     * Run All stopping at the first failing cell ({@link StopOnError}).
     */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.EXECUTE_REQUEST, new ExecuteHandler(this, executionCount, history));
        connection.setHandler(MessageType.HISTORY_REQUEST, this::answerHistory);
        if (connection instanceof KernelConnection) {
            ConnectRequest.install((KernelConnection) connection);
        }
        StopOnError.install(connection, () -> lastCellFailed);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answerHistory(ShellReplyEnvironment env, Message<HistoryRequest> request) {
        env.setBusyDeferIdle();
        Map<String, Object> content = Map.of("status", "ok", "history", history.answer(request.getContent()));
        env.reply(new Message(request, HistoryReply.MESSAGE_TYPE, content));
    }

    // ----------------------------------------------------------------------------------------
    // Cells

    /** Runs a cell for an execute_request: its output goes to that request's IOPub messages. */
    @Override
    public DisplayData runCell(ShellReplyEnvironment request, String code, int cellNumber, boolean allowStdin) throws Exception {
        publisher.attach(request);
        try {
            return evalCell(code, cellNumber, publisher.stdin(allowStdin));
        } finally {
            publisher.detach();
        }
    }

    /** basekernel's way to run a cell, for code that drives the kernel without Jupyter; output is dropped. */
    @Override
    public DisplayData eval(String code) throws Exception {
        return evalCell(code, executionCount.get() - 1, System.in);
    }

    private DisplayData evalCell(String code, int cellNumber, InputStream stdin) throws Exception {
        session.awaitStart(); // JShell's start-up does not count against the cell's time limit
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        stdout.discard();
        stderr.discard();
        displayIdsOfThisCell.clear();
        System.setOut(stdout.printStream());
        System.setErr(stderr.printStream());
        System.setIn(stdin);
        cellActive = true;
        lastCellFailed = true; // until the cell has run and its value is displayed
        session.beginCell(cellTimeLimit);
        try {
            Object value = runCell(code, "Cell In[" + cellNumber + "]");
            flushOutput();
            DisplayData result = toResult(value);
            lastCellFailed = false;
            return result;
        } finally {
            session.endCell();
            flushOutput();
            cellActive = false;
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    /** A user_expression of an execute_request: its value, rendered; throws if it fails or is no expression. */
    @Override
    public DisplayData evaluateExpression(String expression) throws CellError {
        session.awaitStart();
        session.beginCell(cellTimeLimit);
        try {
            DisplayData result = toResult(session.run(expression, "user expression"));
            if (result == null) {
                throw new CellError.UncaughtException("not an expression: " + expression);
            }
            return result;
        } finally {
            session.endCell();
        }
    }

    private DisplayData toResult(Object value) throws CellError {
        if (value == SnippetRunner.NO_VALUE) {
            return null;
        }
        // display(x) returns a display id; as the last line of a cell it shouldn't show that id.
        if (value instanceof String && displayIdsOfThisCell.contains(value)) {
            return null;
        }
        if (value instanceof DisplayData) {
            return (DisplayData) value;
        }
        if (value instanceof SnippetRunner.RemoteValue) { // ran in another JVM: only its text came back
            return new DisplayData(((SnippetRunner.RemoteValue) value).text());
        }
        try {
            return getRenderer().render(value == null ? "null" : value);
        } catch (RuntimeException e) {
            String why = "could not display the value: " + e;
            throw new CellError.UncaughtException(why);
        }
    }

    /** Java code and magics, in order; returns the value of the last code block. */
    private Object runCell(String cell, String label) throws CellError {
        Magics.CellMagic cellMagic = Magics.cellMagic(cell);
        if (cellMagic == null) {
            return runLines(cell, label);
        }
        if (!cellMagic.name().equals("time")) {
            throw new CellError.MagicError("unknown cell magic %%" + cellMagic.name() + " (there is %%time)");
        }
        long start = System.nanoTime();
        try {
            return runLines(cellMagic.body(), label);
        } finally {
            System.out.println(formatWallTime(System.nanoTime() - start));
        }
    }

    static String formatWallTime(long nanos) {
        double ms = nanos / 1e6;
        return ms < 1000 ? String.format("Wall time: %.1f ms", ms) : String.format("Wall time: %.2f s", ms / 1000);
    }

    private Object runLines(String code, String label) throws CellError {
        Object value = SnippetRunner.NO_VALUE;
        for (Magics.Block block : Magics.split(code)) {
            if (block instanceof Magics.Code) {
                value = session.run(((Magics.Code) block).text(), label);
            } else {
                runLineMagic((Magics.LineMagic) block);
                value = SnippetRunner.NO_VALUE;
            }
        }
        return value;
    }

    private void runLineMagic(Magics.LineMagic magic) throws CellError {
        if (!execution.fileMagics()) {
            throw new CellError.MagicError("%" + magic.name() + " is not available here: this kernel runs cells"
                    + " without access to files (it is grading a submission)");
        }
        Path here = Path.of("").toAbsolutePath(); // Jupyter starts kernels in the notebook's folder
        switch (magic.name()) {
            case "jars":
                for (String argument : requireArgs(magic)) {
                    List<Path> jars;
                    try {
                        jars = Magics.expandJars(argument, here);
                    } catch (IOException e) {
                        throw new CellError.MagicError("%jars: cannot read " + argument + ": " + e.getMessage());
                    }
                    if (jars.isEmpty()) {
                        throw new CellError.MagicError("%jars: no file matches " + argument + " (in " + here + ")");
                    }
                    for (Path jar : jars) {
                        session.addToClasspath(jar.toString());
                    }
                }
                break;
            case "classpath":
                for (String argument : requireArgs(magic)) {
                    for (String entry : argument.split(File.pathSeparator)) {
                        Path path = here.resolve(entry).normalize();
                        if (!Files.exists(path)) {
                            throw new CellError.MagicError("%classpath: " + path + " does not exist");
                        }
                        session.addToClasspath(path.toString());
                    }
                }
                break;
            case "load":
                for (String argument : requireArgs(magic)) {
                    Path file = here.resolve(argument).normalize();
                    String text;
                    try {
                        text = Files.readString(file);
                    } catch (IOException e) {
                        throw new CellError.MagicError("%load: cannot read " + file + ": " + e.getMessage());
                    }
                    runLines(text, file.getFileName().toString());
                }
                break;
            default:
                throw new CellError.MagicError("unknown magic %" + magic.name()
                        + " (there are %jars, %classpath, %load and %%time)");
        }
    }

    private static List<String> requireArgs(Magics.LineMagic magic) throws CellError {
        if (magic.args().isEmpty()) {
            throw new CellError.MagicError("%" + magic.name() + " needs at least one argument");
        }
        return magic.args();
    }

    // ----------------------------------------------------------------------------------------
    // Output

    private void flushIfActive() {
        if (cellActive) {
            flushOutput();
        }
    }

    private void flushOutput() {
        stdout.flush();
        stderr.flush();
    }

    @Override
    public Renderer renderer() {
        return getRenderer();
    }

    /** Publishes a display (from {@link Display}); returns its id. */
    @Override
    public String show(DisplayData data) {
        flushOutput(); // what was printed before the display shows above it
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        displayIdsOfThisCell.add(id);
        publisher.display(data);
        return id;
    }

    /** Replaces an earlier display (from {@link Display}). */
    @Override
    public void update(String displayId, DisplayData data) {
        flushOutput();
        publisher.updateDisplay(displayId, data);
    }

    /** Clears the cell's output (from {@link Display}); with {@code wait}, when the next output arrives. */
    @Override
    public void clearOutput(boolean wait) {
        flushOutput(); // what was printed before is cleared too
        publisher.clearOutput(wait);
    }

    // ----------------------------------------------------------------------------------------
    // Editor support, interrupt, errors, shutdown

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

    /** Documentation for a name, for a help cell such as {@code Math.abs?} ({@link Help}); null if none. */
    @Override
    public String documentation(String name) throws CellError {
        return session.documentation(name, name.length());
    }

    @Override
    public void interrupt() {
        session.requestStop(new CellError.Interrupted("the cell was interrupted"));
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CellError) {
            return ((CellError) e).traceback();
        }
        return super.formatError(e);
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
        flusher.shutdownNow();
        session.close();
    }
}
