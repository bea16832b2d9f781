package dev.nonlinear.grader;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentTest {

    private static Cell cell(String type, String id, boolean grade, boolean solution, boolean locked, Integer points, String source) {
        Cell cell = new Cell(new JsonParser().parse("{\"cell_type\":\"" + type + "\",\"id\":\"" + id + "\",\"metadata\":{\"nbgrader\":{"
                + "\"grade\":" + grade + ",\"grade_id\":\"" + id + "\",\"locked\":" + locked + ",\"schema_version\":3,"
                + "\"solution\":" + solution + ",\"task\":false" + (points == null ? "" : ",\"points\":" + points)
                + "}},\"outputs\":[{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":\"old\"}],\"execution_count\":3}")
                .getAsJsonObject());
        cell.setSource(source);
        return cell;
    }

    private static NotebookFile notebook(Cell... cells) {
        NotebookFile nb = new NotebookFile(new JsonParser().parse("{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{},\"cells\":[]}").getAsJsonObject());
        nb.setCells(List.of(cells));
        return nb;
    }

    private static final String SOLUTION = "double f(double x) {\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}";
    private static final String TEST = "if (f(1) != 2) throw new AssertionError(\"f(1)\");\n// BEGIN HIDDEN TESTS\n"
            + "if (f(3) != 6) throw new AssertionError(\"f(3)\");\n// END HIDDEN TESTS\nSystem.out.println(\"ok\");";

    @Test
    void releaseStubsSolutionsDropsHiddenTestsAndClearsOutputs() {
        NotebookFile instructor = notebook(cell("code", "f", false, true, false, null, SOLUTION),
                cell("code", "test_f", true, false, true, 2, TEST));
        NotebookFile student = Assignment.release(instructor);
        List<Cell> cells = student.cells();
        assertEquals("double f(double x) {\n    // YOUR CODE HERE\n    throw new UnsupportedOperationException();\n}",
                cells.get(0).source());
        assertEquals("if (f(1) != 2) throw new AssertionError(\"f(1)\");\nSystem.out.println(\"ok\");", cells.get(1).source());
        assertEquals(0, cells.get(1).outputs().size());
        assertTrue(cells.get(1).nbgrader().has("checksum"));
        assertEquals(SOLUTION, instructor.cells().get(0).source(), "the instructor notebook is left alone");
        assertTrue(Assignment.problems(student).isEmpty(), Assignment.problems(student).toString());
    }

    @Test
    void problemsFollowNbgradersRules() {
        assertTrue(Assignment.problems(notebook(cell("code", "a", true, false, true, 1, "x"))).isEmpty());
        assertFalse(Assignment.problems(notebook(cell("code", "a", true, false, true, 1, "x"),
                cell("code", "a", true, false, true, 1, "y"))).isEmpty(), "duplicate grade_id");
        assertFalse(Assignment.problems(notebook(cell("code", "a", true, false, true, null, "x"))).isEmpty(), "no points");
        assertFalse(Assignment.problems(notebook(cell("code", "a", true, false, false, 1, "x"))).isEmpty(), "unlocked test");
        assertFalse(Assignment.problems(notebook(cell("code", "a", false, true, true, null, SOLUTION))).isEmpty(), "locked solution");
        assertThrows(IllegalArgumentException.class, () -> Assignment.release(notebook(cell("code", "a", true, false, false, 1, "x"))));
    }

    @Test
    void mergeKeepsStudentSolutionsAndRestoresTests() {
        NotebookFile instructor = notebook(cell("code", "f", false, true, false, null, SOLUTION),
                cell("code", "test_f", true, false, true, 2, TEST));
        NotebookFile released = Assignment.release(instructor);
        NotebookFile submission = released.copy();
        submission.cells().get(0).setSource("double f(double x) { return x + x; }");
        submission.cells().get(1).setSource("System.out.println(\"all good\");");
        Cell extra = cell("code", "mine", false, false, false, null, "int helper = 1;");
        extra.json().getAsJsonObject("metadata").remove("nbgrader");
        extra.json().addProperty("id", "mine");
        submission.setCells(List.of(submission.cells().get(0), extra, submission.cells().get(1)));

        Merge merge = Merge.of(instructor, released, submission);
        List<Cell> cells = merge.notebook.cells();
        assertEquals(3, cells.size());
        assertEquals("double f(double x) { return x + x; }", cells.get(0).source());
        assertEquals("int helper = 1;", cells.get(1).source());
        assertEquals(TEST, cells.get(2).source(), "the instructor's test, hidden lines included");
        assertEquals(List.of("edited locked cells restored: test_f"), merge.notes);

        NotebookFile deleted = released.copy();
        deleted.setCells(List.of(deleted.cells().get(0)));
        Merge restored = Merge.of(instructor, released, deleted);
        assertEquals(2, restored.notebook.cells().size());
        assertEquals(TEST, restored.notebook.cells().get(1).source());
    }

    @Test
    void feedbackShowsHiddenTestsLikeNbgraderUnlessAskedToHideThem() {
        Cell test = cell("code", "test_f", true, false, true, 2, TEST);
        NotebookFile graded = notebook(cell("code", "f", false, true, false, null, SOLUTION), test);
        GradeResult result = new GradeResult();
        result.student = "alice";
        result.max = 2;
        result.scores.put("test_f", 2.0);

        String shown = FeedbackPage.html(result, graded, List.of(test), java.util.Map.of(), false);
        assertTrue(shown.contains("f(3) != 6"), shown);
        assertTrue(shown.contains("Score: 2 / 2"), shown);

        String hidden = FeedbackPage.html(result, graded, List.of(test), java.util.Map.of(), true);
        assertFalse(hidden.contains("f(3) != 6"), hidden);
        assertFalse(hidden.contains("HIDDEN TESTS"), hidden);
        assertTrue(hidden.contains(FeedbackPage.HIDDEN_PLACEHOLDER), hidden);
        assertTrue(hidden.contains("if (f(1) != 2)"), "visible tests stay: " + hidden);
        assertTrue(hidden.contains("&gt;old") || hidden.contains(">old<"), "the cell's output stays: " + hidden);
    }

    @Test
    void feedbackFormatsMarkdownCellsButNeverRunsTheirHtml() {
        Cell intro = cell("markdown", "intro", false, false, true, null,
                "# Assignment 1\n\nImplement **Leaky ReLU**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>");
        GradeResult result = new GradeResult();
        result.student = "bob";
        String html = FeedbackPage.html(result, notebook(intro), List.of(), java.util.Map.of(), false);
        assertTrue(html.contains("<h1>Assignment 1</h1>"), html);
        assertTrue(html.contains("<strong>Leaky ReLU</strong>"), html);
        assertTrue(html.contains("<td>1</td>"), "tables: " + html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), "shown as text: " + html);
    }

    @Test
    void failuresReadAsTheStudentWouldSayThem() {
        assertEquals("java.lang.AssertionError: ELU(-1) should be -0.632",
                Cell.describeError("UncaughtException", "java.lang.AssertionError: ELU(-1) should be -0.632"));
        assertEquals("does not compile: cannot find symbol", Cell.describeError("CompileError", "cannot find symbol"));
        assertEquals("TimeLimitExceeded: the cell ran longer than 30 s",
                Cell.describeError("TimeLimitExceeded", "the cell ran longer than 30 s"));
        assertEquals("ValueError", Cell.describeError("ValueError", null));
    }
}
