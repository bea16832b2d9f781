package dev.nonlinear.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static dev.nonlinear.kernel.CellError.red;

/**
 * Words compile errors and exceptions the way a student can act on them: the failing line with a
 * {@code ^} under the column, and for exceptions only the frames of the student's own code and the
 * libraries it called — never JShell's or the kernel's machinery.
 */
final class ErrorFormat {
    private static final int MAX_FRAMES = 20;

    private ErrorFormat() {
    }

    /** Where a snippet's text came from: a cell ("Cell In[3]") or a %load-ed file. */
    record Origin(String label, String text, int offset) {
        /** 1-based line of a position in {@link #text}. */
        int lineOf(int position) {
            int line = 1;
            for (int i = 0; i < position && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        int lineStart(int position) {
            int start = Math.min(position, text.length());
            while (start > 0 && text.charAt(start - 1) != '\n') {
                start--;
            }
            return start;
        }

        String lineText(int position) {
            int start = lineStart(position);
            int end = text.indexOf('\n', start);
            return text.substring(start, end < 0 ? text.length() : end);
        }

        String where(int line) {
            return label + ", line " + line;
        }
    }

    /** One compiler message; the position counts from the start of the snippet. */
    record Problem(String message, long position) {
    }

    static CellError.CompileError compileError(List<Problem> problems, Origin origin) {
        List<String> lines = new ArrayList<>();
        String summary = null;
        for (Problem problem : problems) {
            List<String> message = cleanMessage(problem.message());
            if (summary == null) {
                summary = message.get(0);
            }
            if (problem.position() < 0) { // no position: the message alone
                lines.add(red(origin.label() + ": " + message.get(0)));
                lines.addAll(message.subList(1, message.size()));
                continue;
            }
            int at = origin.offset() + (int) problem.position();
            lines.add(red(origin.where(origin.lineOf(at)) + ": " + message.get(0)));
            lines.addAll(message.subList(1, message.size()));
            lines.addAll(pointAt(origin, at));
        }
        return new CellError.CompileError(summary == null ? "compile error" : summary, lines);
    }

    /** The source line, tabs expanded, and a caret under the column. */
    static List<String> pointAt(Origin origin, int position) {
        String line = origin.lineText(position);
        int column = Math.min(position - origin.lineStart(position), line.length());
        String before = line.substring(0, column).replace("\t", "    ");
        return List.of("    " + line.replace("\t", "    "), "    " + " ".repeat(before.length()) + red("^"));
    }

    /**
     * javac's text minus what only makes sense inside JShell: its wrapper class shows up as
     * "location: class" (with an empty or $JShell name).
     */
    static List<String> cleanMessage(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("location:") && (trimmed.matches("location:\\s*class\\s*") || trimmed.contains("$JShell"))) {
                continue;
            }
            if (!trimmed.isEmpty()) {
                lines.add(lines.isEmpty() ? trimmed : line);
            }
        }
        if (lines.isEmpty()) {
            lines.add("error");
        }
        return lines;
    }

    /**
     * An exception's headline and frames. JShell already cut the frames below the snippet and
     * renamed snippet frames to file {@code "#<snippet id>"}; {@code origins} turns those ids back
     * into cell lines.
     */
    static List<String> describeException(String className, String message, StackTraceElement[] frames,
                                          Function<String, Origin> origins) {
        List<String> lines = new ArrayList<>();
        lines.add(red(headline(className, message)));
        int shown = 0;
        for (StackTraceElement frame : frames) {
            if (isMachinery(frame)) {
                continue;
            }
            if (shown == MAX_FRAMES) {
                lines.add("    ...");
                break;
            }
            lines.add("    at " + describeFrame(frame, origins));
            shown++;
        }
        return lines;
    }

    static String headline(String className, String message) {
        return message == null || message.isEmpty() ? className : className + ": " + message;
    }

    static String describeFrame(StackTraceElement frame, Function<String, Origin> origins) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        String snippetId = file.substring(1);
        Origin origin = origins.apply(snippetId);
        int line = frame.getLineNumber();
        String where = origin == null
                ? "snippet " + snippetId + ", line " + line
                : origin.where(origin.lineOf(origin.offset()) + line - 1);
        String method = frame.getMethodName();
        String owner = frame.getClassName();
        String name = (owner == null || owner.isEmpty() ? "" : owner + ".") + (method == null ? "" : method);
        return name.isEmpty() || name.endsWith(".") ? where : name + " (" + where + ")";
    }

    /** Reflection plumbing between the snippet and the code it calls: noise for a student. */
    private static boolean isMachinery(StackTraceElement frame) {
        String owner = frame.getClassName();
        return owner.startsWith("jdk.internal.reflect.") || owner.startsWith("java.lang.reflect.")
                || owner.startsWith("jdk.jshell.") || owner.startsWith("dev.nonlinear.kernel.");
    }
}
