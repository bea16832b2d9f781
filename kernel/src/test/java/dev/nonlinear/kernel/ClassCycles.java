package dev.nonlinear.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds class cycles in a source folder: a class uses another when its code names it (comments
 * and string literals don't count: a comment may well point the reader elsewhere). Shared with the
 * grader's tests through this module's test-jar.
 */
public final class ClassCycles {
    private ClassCycles() {
    }

    /** Every class that uses itself through others, as "A -> B -> A"; empty when there is none. */
    public static List<String> in(Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new IOException("no source folder " + sources.toAbsolutePath());
        }
        Map<String, TreeSet<String>> uses = uses(sources);
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> back = pathBack(start, uses);
            if (back != null) {
                cycles.add(String.join(" -> ", back));
            }
        }
        return cycles;
    }

    /** The shortest path from {@code start} through the classes it uses back to itself, or null. */
    private static List<String> pathBack(String start, Map<String, TreeSet<String>> uses) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(uses.get(start));
        uses.get(start).forEach(next -> reachedFrom.put(next, start));
        while (!queue.isEmpty()) {
            String current = queue.remove();
            if (current.equals(start)) {
                List<String> path = new ArrayList<>(List.of(start));
                for (String at = reachedFrom.get(start); !at.equals(start); at = reachedFrom.get(at)) {
                    path.add(1, at);
                }
                path.add(start);
                return path;
            }
            for (String next : uses.get(current)) {
                if (reachedFrom.putIfAbsent(next, current) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** Each class (by its simple name: they must all differ) and the others it names. */
    private static Map<String, TreeSet<String>> uses(Path sources) throws IOException {
        Map<String, String> code = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                code.put(file.getFileName().toString().replace(".java", ""), withoutCommentsAndLiterals(Files.readString(file)));
            }
        }
        Map<String, TreeSet<String>> uses = new TreeMap<>();
        for (String name : code.keySet()) {
            TreeSet<String> used = new TreeSet<>();
            for (String other : code.keySet()) {
                if (!other.equals(name) && Pattern.compile("\\b" + other + "\\b").matcher(code.get(name)).find()) {
                    used.add(other);
                }
            }
            uses.put(name, used);
        }
        return uses;
    }

    /** The source with comments, string and character literals blanked out. */
    static String withoutCommentsAndLiterals(String source) {
        StringBuilder kept = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) < 0 ? source.length() : source.indexOf("*/", i + 2) + 2;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < source.length() && source.charAt(i) != c) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                kept.append(' ');
            } else {
                kept.append(c);
                i++;
            }
        }
        return kept.toString();
    }
}
