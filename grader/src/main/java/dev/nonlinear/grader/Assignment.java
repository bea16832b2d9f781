package dev.nonlinear.grader;

import com.google.gson.JsonObject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The nbgrader-compatible assignment format: what the instructor writes, how the student version
 * is made from it ({@link #release}) and the metadata rules both must follow ({@link #problems}).
 *
 * <p>Solution code sits between {@code // BEGIN SOLUTION} and {@code // END SOLUTION} lines in cells
 * with {@code solution: true}; the student sees {@code // YOUR CODE HERE} and a
 * {@code throw new UnsupportedOperationException();} there instead, so put regions where a
 * statement may stand (a method body or the top level of a cell). Test lines only the grader
 * runs sit between {@code // BEGIN HIDDEN TESTS} and {@code // END HIDDEN TESTS}.
 */
final class Assignment {
    static final int SCHEMA_VERSION = 3;
    static final String BEGIN_SOLUTION = "BEGIN SOLUTION";
    static final String END_SOLUTION = "END SOLUTION";
    static final String BEGIN_HIDDEN = "BEGIN HIDDEN TESTS";
    static final String END_HIDDEN = "END HIDDEN TESTS";
    static final String CODE_STUB = "// YOUR CODE HERE";
    static final String CODE_THROW = "throw new UnsupportedOperationException();";
    static final String MARKDOWN_STUB = "YOUR ANSWER HERE";

    private Assignment() {
    }

    /**
     * The student version: solutions replaced by stubs, hidden tests removed, outputs cleared,
     * checksums of graded, solution and locked cells recorded in {@code metadata.nbgrader.checksum}.
     *
     * @throws IllegalArgumentException when the instructor notebook breaks the format's rules
     */
    static NotebookFile release(NotebookFile instructor) {
        List<String> problems = problems(instructor);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the instructor notebook is not a valid assignment:\n  "
                    + String.join("\n  ", problems));
        }
        NotebookFile student = instructor.copy();
        for (Cell cell : student.cells()) {
            cell.clearOutputs();
            String source = cell.source();
            source = removeRegions(source, BEGIN_HIDDEN, END_HIDDEN, null);
            if (cell.isSolution()) {
                boolean code = cell.isCode();
                String replaced = removeRegions(source, BEGIN_SOLUTION, END_SOLUTION,
                        code ? List.of(CODE_STUB, CODE_THROW) : List.of(MARKDOWN_STUB));
                source = replaced.equals(source) && !code ? MARKDOWN_STUB : replaced;
            }
            cell.setSource(source);
            JsonObject nbgrader = cell.nbgrader();
            if (nbgrader != null && (cell.isGraded() || cell.isSolution() || cell.isLocked())) {
                nbgrader.addProperty("checksum", checksum(cell));
            }
        }
        return student;
    }

    /**
     * Removes every BEGIN…END region (marker lines included); with a replacement, puts its lines
     * there instead, indented like the BEGIN line. Markers are matched inside comment lines.
     */
    static String removeRegions(String source, String begin, String end, List<String> replacement) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        for (String line : source.split("\n", -1)) {
            String marker = marker(line);
            if (!inside && begin.equals(marker)) {
                inside = true;
                if (replacement != null) {
                    String indent = line.substring(0, line.length() - line.stripLeading().length());
                    replacement.forEach(r -> out.add(indent + r));
                }
            } else if (inside && end.equals(marker)) {
                inside = false;
            } else if (!inside) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    /** "BEGIN SOLUTION" for a line like {@code    // BEGIN SOLUTION}; null for other lines. */
    private static String marker(String line) {
        String text = line.strip();
        if (text.startsWith("//")) {
            text = text.substring(2).strip();
        } else if (text.startsWith("###")) { // markdown cells
            text = text.substring(3).strip();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (String m : List.of(BEGIN_SOLUTION, END_SOLUTION, BEGIN_HIDDEN, END_HIDDEN)) {
            if (upper.equals(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Like nbgrader's checksum: a hash of what must not change in a cell (type, source, flags,
     * points, id). The grader compares it to find edited test cells.
     */
    static String checksum(Cell cell) {
        String text = cell.type() + "\u0000" + cell.gradeId()
                + "\u0000" + cell.isGraded() + "\u0000" + cell.isSolution()
                + "\u0000" + cell.isLocked() + "\u0000" + cell.points()
                + "\u0000" + cell.source().strip();
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256: cell checksums here, and the grader's record of which files it graded. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * nbgrader's schema-3 rules: every nbgrader cell has grade_id, grade, solution, locked and
     * schema_version 3; grade ids are unique; graded cells have points ≥ 0 (and more than 0 when
     * they are tests); solution cells are not locked; graded cells that are not solutions (tests)
     * are locked; solution code cells contain a BEGIN/END SOLUTION region. Empty when valid.
     */
    static List<String> problems(NotebookFile notebook) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Cell cell : notebook.cells()) {
            String where = "cell " + index++;
            JsonObject nbgrader = cell.nbgrader();
            if (nbgrader == null) {
                continue;
            }
            String id = cell.gradeId();
            if (id == null || id.isBlank()) {
                problems.add(where + ": nbgrader cell without grade_id");
            } else if (!ids.add(id)) {
                problems.add(where + ": grade_id '" + id + "' used twice");
            } else {
                where += " (" + id + ")";
            }
            if (!nbgrader.has("schema_version") || !nbgrader.get("schema_version").isJsonPrimitive()
                    || nbgrader.get("schema_version").getAsInt() != SCHEMA_VERSION) {
                problems.add(where + ": schema_version must be " + SCHEMA_VERSION);
            }
            for (String flag : List.of("grade", "solution", "locked")) {
                if (!nbgrader.has(flag) || !nbgrader.get(flag).isJsonPrimitive()
                        || !nbgrader.get(flag).getAsJsonPrimitive().isBoolean()) {
                    problems.add(where + ": '" + flag + "' must be true or false");
                }
            }
            boolean graded = cell.isGraded();
            boolean solution = cell.isSolution();
            if (graded) {
                if (!nbgrader.has("points")) {
                    problems.add(where + ": graded cell without points");
                } else if (cell.points() < 0) {
                    problems.add(where + ": negative points");
                }
                if (!solution && !cell.isLocked()) {
                    problems.add(where + ": test cell (graded, not a solution) must be locked");
                }
            }
            if (solution && cell.isLocked()) {
                problems.add(where + ": solution cell must not be locked");
            }
            if (solution && cell.isCode()
                    && !cell.source().contains(BEGIN_SOLUTION) && !cell.source().contains(CODE_STUB)) {
                problems.add(where + ": solution code cell without a // BEGIN SOLUTION region");
            }
            if (cell.isTask() && (graded || solution)) {
                problems.add(where + ": a task cell can be neither graded nor a solution");
            }
        }
        return problems;
    }
}
