package dev.nonlinear.kernel;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parsing of IJava-style magics. A line that starts with {@code %} is a line magic
 * ({@code %jars lib/*.jar}, {@code %classpath dir}, {@code %load setup.jsh}); a cell whose first
 * line starts with {@code %%} is a cell magic ({@code %%time}). Everything else is Java.
 *
 * <p>Running them is {@link MagicRunner}'s job; this class only reads text, so it can be
 * tested on its own.
 */
final class Magics {

    private Magics() {
    }

    /** A piece of a cell: Java code, or one line magic. */
    sealed interface Block permits Code, LineMagic {
    }

    /**
     * Java code. Lines before it are kept as empty lines so that error messages count lines
     * from the top of the cell.
     */
    record Code(String text) implements Block {
    }

    record LineMagic(String name, List<String> args) implements Block {
    }

    /** {@code %%name args} on the first line, then the body. */
    record CellMagic(String name, List<String> args, String body) {
    }

    /** The cell magic, or null when the cell doesn't start with {@code %%}. */
    static CellMagic cellMagic(String cell) {
        String trimmed = cell.stripLeading();
        if (!trimmed.startsWith("%%")) {
            return null;
        }
        int skipped = cell.length() - trimmed.length();
        int end = cell.indexOf('\n', skipped);
        String header = end < 0 ? trimmed : cell.substring(skipped, end);
        List<String> words = arguments(header.substring(2));
        String name = words.isEmpty() ? "" : words.get(0);
        // The body keeps the header as an empty line: line numbers stay those of the cell.
        String body = "\n".repeat(lineCount(cell.substring(0, skipped))) + (end < 0 ? "" : cell.substring(end));
        return new CellMagic(name, words.isEmpty() ? List.of() : words.subList(1, words.size()), body);
    }

    /** Splits a cell into Java code and line magics, in order. */
    static List<Block> split(String cell) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = cell.split("\n", -1);
        StringBuilder code = new StringBuilder();
        boolean hasCode = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isMagicLine(line)) {
                if (hasCode) {
                    blocks.add(new Code(code.toString()));
                }
                List<String> words = arguments(line.strip().substring(1));
                blocks.add(new LineMagic(words.isEmpty() ? "" : words.get(0),
                        words.isEmpty() ? List.of() : words.subList(1, words.size())));
                // The next code block starts with an empty line for each line up to here.
                code.setLength(0);
                code.append("\n".repeat(i + 1));
                hasCode = false;
            } else {
                code.append(line);
                if (i < lines.length - 1) {
                    code.append('\n');
                }
                hasCode |= !line.isBlank();
            }
        }
        if (hasCode) {
            blocks.add(new Code(code.toString()));
        }
        return blocks;
    }

    static boolean isMagicLine(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("%") && !trimmed.startsWith("%%");
    }

    /** The same text with magic lines turned into spaces: positions stay, JShell sees only Java. */
    static String blankOutMagicLines(String code) {
        StringBuilder out = new StringBuilder(code.length());
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line.stripLeading().startsWith("%") ? " ".repeat(line.length()) : line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Splits magic arguments at spaces; "double" or 'single' quotes keep spaces in one argument. */
    static List<String> arguments(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The files a {@code %jars} argument names: a file, a directory (its jars), or a glob such as
     * {@code lib/*.jar} or {@code libs/**.jar}. Relative paths start at {@code base}.
     */
    static List<Path> expandJars(String argument, Path base) throws IOException {
        String pattern = argument.startsWith("~/") ? System.getProperty("user.home") + argument.substring(1) : argument;
        if (!hasGlob(pattern)) {
            Path path = base.resolve(pattern).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
                }
            }
            return Files.exists(path) ? List.of(path) : List.of();
        }
        // Walk from the deepest folder that has no wildcard, matching the whole pattern.
        Path absolute = base.resolve(pattern).toAbsolutePath().normalize();
        Path root = absolute.getRoot();
        Path fixed = root;
        int globSegments = 0;
        for (Path segment : absolute) {
            if (globSegments == 0 && !hasGlob(segment.toString())) {
                fixed = fixed.resolve(segment);
            } else {
                globSegments++;
            }
        }
        if (fixed.equals(absolute) || !Files.isDirectory(fixed)) {
            return List.of();
        }
        String glob = absolute.toString().replace("\\", "\\\\");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : globSegments;
        try (Stream<Path> files = Files.walk(fixed, depth)) {
            return files.filter(Files::isRegularFile).filter(matcher::matches).sorted().collect(Collectors.toList());
        }
    }

    private static boolean hasGlob(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0 || text.indexOf('{') >= 0;
    }

    private static int lineCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
