package dev.nonlinear.kernel;

import dev.nonlinear.kernel.ErrorFormat.Origin;
import dev.nonlinear.kernel.ErrorFormat.Problem;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.spi.ExecutionControlProvider;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One JShell, run in this JVM, and everything the kernel asks of it: run a cell, complete, check
 * whether code is complete, show documentation, stop a running cell.
 *
 * <p>JShell takes a second or two to start (javac warming up). {@link #startInBackground()}
 * starts it on its own thread as soon as the kernel is up; the first request simply waits for it.
 *
 * <p>Only one thread uses JShell at a time (the kernel's shell thread), except for
 * {@link #requestStop}, which JShell allows from any thread.
 */
final class JavaSession implements AutoCloseable {

    /** Returned by {@link #run} when the cell does not end in an expression to show. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "NO_VALUE";
        }
    };

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final String WARM_UP = "{ int warmUp = 1; }";

    private final List<String> classpath;
    private final List<String> imports;
    private final ExecutionControlProvider engine;
    private final CompletableFuture<JShell> ready = new CompletableFuture<>();
    private final List<String> acceptedImports = new ArrayList<>();
    // Where each snippet came from, so exception frames can name "Cell In[3], line 2".
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("cell-timer"));
    private volatile boolean cellRunning;
    private volatile CellError stopReason;
    private ScheduledFuture<?> timeLimit;

    JavaSession(List<String> classpath, List<String> imports) {
        this(classpath, imports, null);
    }

    /** @param engine JShell's execution engine, or null to run snippets in this JVM */
    JavaSession(List<String> classpath, List<String> imports, ExecutionControlProvider engine) {
        this.classpath = List.copyOf(classpath);
        this.imports = List.copyOf(imports);
        this.engine = engine;
        // A stop can land while JShell compiles rather than runs (then it does nothing), so repeat
        // it until the cell has really ended.
        timer.scheduleWithFixedDelay(this::repeatStop, 100, 100, TimeUnit.MILLISECONDS);
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
                ready.complete(create());
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
                ready.complete(create());
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
        synchronized (acceptedImports) {
            return List.copyOf(acceptedImports);
        }
    }

    private JShell create() {
        StartupLog.debug("creating JShell");
        JShell shell = engine == null
                ? JShell.builder().executionEngine(new ValueCapturingExecution.Provider(), Map.of()).build()
                // Another JVM: what it prints arrives through these streams, which follow the
                // kernel's System.out/err as they are switched from cell to cell.
                : JShell.builder().executionEngine(engine, Map.of())
                        .out(new PrintStream(new Forward(() -> System.out), true, StandardCharsets.UTF_8))
                        .err(new PrintStream(new Forward(() -> System.err), true, StandardCharsets.UTF_8))
                        .build();
        for (String entry : classpath) {
            shell.addToClasspath(entry);
        }
        StartupLog.debug("JShell created");
        for (String source : imports) {
            // A wildcard import of a package with no classes yet is an error in JShell. The kit's
            // packages appear as people add them, so an import that fails is simply left out.
            // Looking for the package folder first saves a compile (~30 ms) per missing package.
            if (!packageMayExist(source)) {
                continue;
            }
            boolean ok = shell.eval(source).stream().allMatch(e -> e.status() != Snippet.Status.REJECTED);
            if (ok) {
                synchronized (acceptedImports) {
                    acceptedImports.add(source);
                }
            }
        }
        StartupLog.debug("imports done");
        shell.eval(WARM_UP); // compiles and runs one snippet: the first real cell is then fast
        StartupLog.debug("JShell ready");
        return shell;
    }

    /** False only for a wildcard import of a non-JDK package whose folder is not on the class path. */
    static boolean packageMayExist(String importSource) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("import\\s+([\\w.]+)\\.\\*\\s*;").matcher(importSource.trim());
        if (!m.matches() || m.group(1).startsWith("java.") || m.group(1).startsWith("javax.")) {
            return true;
        }
        ClassLoader loader = JavaSession.class.getClassLoader();
        return loader.getResource(m.group(1).replace('.', '/') + "/") != null;
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
            String why = String.valueOf(e.getCause());
            throw new CellError("JShell failed to start: " + why);
        } catch (TimeoutException e) {
            String why = "JShell did not start within " + START_TIMEOUT.toSeconds() + " s";
            throw new CellError(why);
        }
    }

    // ----------------------------------------------------------------------------------------
    // Running code

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

    private void repeatStop() {
        if (cellRunning && stopReason != null) {
            stopJShell();
        }
    }

    private void stopJShell() {
        JShell shell = ready.getNow(null);
        if (shell != null) {
            try {
                shell.stop();
            } catch (RuntimeException | InternalError e) {
                // JShell was between snippets: nothing to stop this time.
            }
        }
    }

    private void checkStopped() throws CellError {
        CellError reason = stopReason;
        if (reason != null) {
            throw reason;
        }
    }

    /**
     * Runs every snippet of {@code code} in order and stops at the first error.
     *
     * @param label how errors name this code, e.g. "Cell In[3]"
     * @return the value of a final expression without a trailing semicolon (shown as the cell's
     *         result), or {@link #NO_VALUE}
     */
    Object run(String code, String label) throws CellError {
        JShell shell = shell();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Object value = NO_VALUE;
        int offset = 0;
        while (offset < code.length()) {
            // Start each snippet at its first non-blank character: JShell numbers lines from there.
            while (offset < code.length() && Character.isWhitespace(code.charAt(offset))) {
                offset++;
            }
            String rest = code.substring(offset);
            CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            // Incomplete or unparsable code goes to JShell whole, so that javac explains it.
            int length = info.completeness().isComplete() ? rest.length() - info.remaining().length() : rest.length();
            if (length <= 0) {
                length = rest.length();
            }
            String source = rest.substring(0, length);
            // The last statement may lack its semicolon ("int x = 5"): JShell's analysis adds it,
            // right after the code (before any comment), so positions in errors stay right.
            String runnable = info.completeness() == Completeness.COMPLETE_WITH_SEMI && info.remaining().isBlank()
                    ? info.source() : source;
            // Like IPython: a final "x" shows x, "x;" does not (decided on the text as typed).
            value = evalSnippet(shell, runnable, new Origin(label, code, offset), !endsWithSemicolon(source));
            offset += length;
        }
        return value;
    }

    private Object evalSnippet(JShell shell, String source, Origin origin, boolean showValue) throws CellError {
        checkStopped();
        List<SnippetEvent> events = shell.eval(source);
        checkStopped(); // a stopped snippet looks like a finished one to JShell
        Object value = NO_VALUE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a consequence for an earlier snippet, not this one
            }
            Snippet snippet = event.snippet();
            origins.put(snippet.id(), origin);
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(shell, snippet, origin);
            }
            if (event.exception() != null) {
                throw uncaught(shell, event.exception());
            }
            if (event.value() == null && event.status().isDefined() && isExecutable(snippet)) {
                // JShell reports a snippet whose thread was stopped (Thread.stop), or whose exception
                // could not be passed on (a getMessage() that throws), like one that finished, only
                // without a value. Neither ran to its end: a test cell must not pass that way.
                throw new CellError.UncaughtException(DID_NOT_FINISH);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                noteUnresolved(shell, snippet);
            }
            Object result = engine == null ? ValueCapturingExecution.takeLastValue() : new RemoteValue(event.value());
            if (showValue && isExpression(snippet)) {
                value = result;
            }
        }
        return value;
    }

    /** True if the code's last token is a semicolon (comments and blanks after it don't count). */
    static boolean endsWithSemicolon(String source) {
        String code = source;
        while (true) {
            code = code.stripTrailing();
            if (code.endsWith("*/") && code.lastIndexOf("/*") >= 0) {
                code = code.substring(0, code.lastIndexOf("/*"));
                continue;
            }
            int comment = lineCommentStart(code, code.lastIndexOf('\n') + 1);
            if (comment < 0) {
                return code.endsWith(";");
            }
            code = code.substring(0, comment);
        }
    }

    /** Where a "//" comment starts on the line beginning at {@code from}, ignoring "//" in literals; -1 if none. */
    private static int lineCommentStart(String code, int from) {
        char quote = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                return i;
            }
        }
        return -1;
    }

    static final String DID_NOT_FINISH = "the code stopped before its end without an exception that could be shown"
            + " (its thread was stopped, or its exception failed while being reported)";

    /** Snippets that run code (declarations of methods and classes only compile). */
    private static boolean isExecutable(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.VAR || snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.kind() == Snippet.Kind.STATEMENT;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    /** JShell accepts a method that uses something not defined yet; say so instead of staying silent. */
    private static void noteUnresolved(JShell shell, Snippet snippet) {
        if (snippet instanceof DeclarationSnippet) {
            DeclarationSnippet declaration = (DeclarationSnippet) snippet;
            List<String> missing = shell.unresolvedDependencies(declaration).collect(Collectors.toList());
            if (!missing.isEmpty()) {
                System.out.println("note: " + declaration.name() + " can be used once " + String.join(", ", missing)
                        + (missing.size() == 1 ? " is" : " are") + " defined");
            }
        }
    }

    private static CellError compileError(JShell shell, Snippet snippet, Origin origin) {
        List<Problem> problems = new ArrayList<>();
        for (Diag diag : (Iterable<Diag>) shell.diagnostics(snippet)::iterator) {
            if (diag.isError()) {
                long position = diag.getPosition() != Diag.NOPOS ? diag.getPosition() : diag.getStartPosition();
                problems.add(new Problem(diag.getMessage(Locale.ENGLISH), position));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("this code could not be compiled", -1));
        }
        return ErrorFormat.compileError(problems, origin);
    }

    private CellError uncaught(JShell shell, JShellException exception) {
        List<String> lines = new ArrayList<>();
        String summary = null;
        Throwable current = exception;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            String className;
            String message;
            if (current instanceof EvalException) {
                className = ((EvalException) current).getExceptionClassName();
                message = current.getMessage();
            } else if (current instanceof UnresolvedReferenceException) {
                DeclarationSnippet snippet = ((UnresolvedReferenceException) current).getSnippet();
                String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
                className = "UnresolvedReference";
                message = snippet.name() + " cannot be used until " + (missing.isEmpty() ? "its errors are fixed" : missing + " is defined");
            } else {
                className = current.getClass().getName();
                message = current.getMessage();
            }
            List<String> part = ErrorFormat.describeException(className, message, current.getStackTrace(), origins::get);
            if (summary == null) {
                summary = ErrorFormat.headline(className, message);
            } else {
                part.set(0, CellError.red("Caused by: " + ErrorFormat.headline(className, message)));
            }
            lines.addAll(part);
        }
        return new CellError.UncaughtException(summary, lines);
    }

    /** The value of a snippet that ran in another JVM: JShell hands back only its text. */
    record RemoteValue(String text) {
    }

    /** Writes to whatever stream {@code target} names at the moment of writing. */
    private static final class Forward extends OutputStream {
        private final Supplier<PrintStream> target;

        Forward(Supplier<PrintStream> target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.get().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            target.get().write(bytes, offset, length);
        }

        @Override
        public void flush() {
            target.get().flush();
        }
    }

    // ----------------------------------------------------------------------------------------
    // Editor support: completion, is-complete, documentation

    /** Tab completion at {@code cursor}. */
    ReplacementOptions complete(String code, int cursor) throws CellError {
        SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
        String java = Magics.blankOutMagicLines(code);
        int start = snippetStart(analysis, java, cursor);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(java.substring(start), cursor - start, anchor);
        // Suggestions that fit the expected type first, each name once.
        Set<String> options = new LinkedHashSet<>();
        suggestions.stream().filter(Suggestion::matchesType).forEach(s -> options.add(s.continuation()));
        suggestions.forEach(s -> options.add(s.continuation()));
        return new ReplacementOptions(new ArrayList<>(options), start + anchor[0], cursor);
    }

    /** "complete", "invalid", or the indent of the next line (incomplete). */
    String isComplete(String code) throws CellError {
        if (code.stripLeading().startsWith("%%")) {
            return "complete";
        }
        SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
        String rest = Magics.blankOutMagicLines(code);
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return "complete";
                case COMPLETE:
                case COMPLETE_WITH_SEMI:
                    if (!SyntaxCheck.parses(info.source())) {
                        return "invalid"; // e.g. "1 +* 2": JShell calls it complete, javac can't parse it
                    }
                    if (info.remaining().isBlank() || info.remaining().length() >= rest.length()) {
                        return "complete";
                    }
                    rest = info.remaining();
                    break;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return nextIndent(rest);
                default:
                    return "invalid";
            }
        }
    }

    /** The last line's indent, one level deeper after an opening brace or parenthesis. */
    static String nextIndent(String code) {
        String text = code.stripTrailing();
        String lastLine = text.substring(text.lastIndexOf('\n') + 1);
        String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
        boolean opens = text.endsWith("{") || text.endsWith("(") || text.endsWith("[");
        return opens ? indent + "    " : indent;
    }

    /** Signatures and javadoc of what is at the cursor (Shift+Tab), or null. */
    String documentation(String code, int cursor) throws CellError {
        SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
        String java = Magics.blankOutMagicLines(code);
        int start = snippetStart(analysis, java, cursor);
        String snippet = java.substring(start);
        List<Documentation> docs = analysis.documentation(snippet, cursor - start, true);
        if (docs.isEmpty() && cursor - start > 0 && Character.isJavaIdentifierPart(snippet.charAt(cursor - start - 1))) {
            // JShell documents "Math.abs(" but not a bare "Math.abs": ask again as a call.
            String call = snippet.substring(0, cursor - start) + "(" + snippet.substring(cursor - start);
            docs = analysis.documentation(call, cursor - start + 1, true);
        }
        if (docs.isEmpty()) {
            return null;
        }
        return docs.stream()
                .map(d -> d.javadoc() == null || d.javadoc().isBlank() ? d.signature() : d.signature() + "\n" + d.javadoc())
                .collect(Collectors.joining("\n\n"));
    }

    /** Offset where the snippet around {@code cursor} begins: earlier complete snippets are skipped. */
    private static int snippetStart(SourceCodeAnalysis analysis, String code, int cursor) {
        int offset = 0;
        while (offset < code.length()) {
            CompletionInfo info = analysis.analyzeCompletion(code.substring(offset));
            if (!info.completeness().isComplete()) {
                return offset;
            }
            int end = code.length() - info.remaining().length();
            if (end >= cursor || end <= offset) {
                return offset;
            }
            offset = end;
        }
        return Math.min(offset, cursor);
    }

    // ----------------------------------------------------------------------------------------

    void addToClasspath(String path) throws CellError {
        shell().addToClasspath(path);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        JShell shell = ready.getNow(null);
        if (shell != null) {
            shell.close();
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
