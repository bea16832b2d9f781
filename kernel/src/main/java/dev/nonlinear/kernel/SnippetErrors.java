package dev.nonlinear.kernel;

import dev.nonlinear.kernel.ErrorFormat.Origin;
import dev.nonlinear.kernel.ErrorFormat.Problem;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What JShell reports about a snippet that failed, as a {@link CellError} worded by
 * {@link ErrorFormat}: javac's diagnostics, or the chain of an exception nothing caught.
 *
 * <p>Remembers where each snippet came from, so that a frame of a method defined cells ago still
 * names its line: "Cell In[3], line 2".
 */
final class SnippetErrors {
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    void remember(Snippet snippet, Origin origin) {
        origins.put(snippet.id(), origin);
    }

    static CellError compileError(JShell shell, Snippet snippet, Origin origin) {
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

    CellError uncaught(JShell shell, JShellException exception) {
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
}
