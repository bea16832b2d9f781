package dev.nonlinear.kernel;

import dev.nonlinear.kernel.ErrorFormat.Origin;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a cell's Java code. JShell takes one snippet at a time (a statement, an expression, a
 * declaration), so the code is cut into snippets with JShell's own analysis and they run in
 * order until the first error. Like IPython, a final expression without a semicolon is the cell's
 * value.
 */
final class SnippetRunner {

    /** Returned by {@link #run} when the cell does not end in an expression to show. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "NO_VALUE";
        }
    };

    static final String DID_NOT_FINISH = "the code stopped before its end without an exception that could be shown"
            + " (its thread was stopped, or its exception failed while being reported)";

    private final boolean local;
    private final CellStopper stopper;
    private final SnippetErrors errors = new SnippetErrors();

    /**
     * @param local   whether snippets run in this JVM (their values are then the objects themselves)
     * @param stopper says whether the running cell was stopped
     */
    SnippetRunner(boolean local, CellStopper stopper) {
        this.local = local;
        this.stopper = stopper;
    }

    /**
     * Runs every snippet of {@code code} in order and stops at the first error.
     *
     * @param label how errors name this code, e.g. "Cell In[3]"
     * @return the value of a final expression without a trailing semicolon (shown as the cell's
     *         result), or {@link #NO_VALUE}
     */
    Object run(JShell shell, String code, String label) throws CellError {
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
        stopper.throwIfStopped();
        List<SnippetEvent> events = shell.eval(source);
        stopper.throwIfStopped(); // a stopped snippet looks like a finished one to JShell
        Object value = NO_VALUE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a consequence for an earlier snippet, not this one
            }
            Snippet snippet = event.snippet();
            errors.remember(snippet, origin);
            if (event.status() == Snippet.Status.REJECTED) {
                throw SnippetErrors.compileError(shell, snippet, origin);
            }
            if (event.exception() != null) {
                throw errors.uncaught(shell, event.exception());
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
            Object result = local ? ValueCapturingExecution.takeLastValue() : new RemoteValue(event.value());
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

    /** The value of a snippet that ran in another JVM: JShell hands back only its text. */
    record RemoteValue(String text) {
    }
}
