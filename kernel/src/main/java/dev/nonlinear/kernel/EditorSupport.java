package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an editor asks while the student types: Tab completion, whether the code is complete (a
 * console decides on Enter whether to run it or to indent a new line), and documentation for
 * Shift+Tab and help cells. JShell's own analysis answers; magic lines are blanked out first, so
 * that it sees only Java, at the same positions.
 */
final class EditorSupport {

    private EditorSupport() {
    }

    /** Tab completion at {@code cursor}. */
    static ReplacementOptions complete(SourceCodeAnalysis analysis, String code, int cursor) {
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

    /** For code without a cell magic: "complete", "invalid", or the indent of the next line (incomplete). */
    static String isComplete(SourceCodeAnalysis analysis, String code) {
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
    static String documentation(SourceCodeAnalysis analysis, String code, int cursor) {
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
}
