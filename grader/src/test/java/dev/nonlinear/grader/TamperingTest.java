package dev.nonlinear.grader;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which names a cell declares and which it takes from outside, read from the source alone. */
class TamperingTest {
    private static Tampering tampering;

    @BeforeAll
    static void start() {
        tampering = new Tampering();
    }

    @AfterAll
    static void stop() {
        tampering.close();
    }

    @Test
    void declaredNamesAreTheTopLevelOnes() {
        assertEquals(Set.of("Math", "java", "twice", "a", "b", "List"), tampering.declared("""
                class Math { static double abs(double x) { return 0; } }
                int java = 1;
                double twice(double x) { double local = x; return 2 * local; }
                int a = 1, b = 2;
                import java.awt.List;
                import java.util.function.*;
                if (a > 0) System.out.println(a);
                """));
    }

    @Test
    void freeNamesIncludeTypesMethodsAndTheFirstPartOfQualifiedNames() {
        Set<String> free = tampering.free("""
                MyLeakyReLU leaky = new MyLeakyReLU(0.1);
                if (Math.abs(leaky.apply(-3.0) + 0.3) > 1e-12) throw new AssertionError("got " + leaky.apply(-3.0));
                for (int i = 0; i < 3; i++) check(i, java.lang.Math.PI);
                Runnable r = () -> { int inner = 1; };
                record Point(int x) { }
                """);
        assertEquals(Set.of("MyLeakyReLU", "Math", "AssertionError", "check", "java", "Runnable"), free);
    }

    @Test
    void aStudentDeclarationOfANameATestUsesIsTamperingUnlessTheAnswerDeclaresIt() {
        NotebookFile instructor = notebook(cell("answer", true, false, "double relu(double x) { return Math.max(0, x); }"),
                cell("test", false, true, "if (relu(-1) != 0 || Math.abs(relu(2) - 2) > 1e-12) throw new AssertionError();"));
        NotebookFile merged = notebook(
                cell("answer", true, false, "double relu(double x) { return 0; }\nclass Math { static double abs(double x) { return 0; } }"),
                cell("test", false, true, "if (relu(-1) != 0 || Math.abs(relu(2) - 2) > 1e-12) throw new AssertionError();"),
                cell(null, false, false, "class AssertionError extends RuntimeException { }"));
        Map<String, Set<String>> found = tampering.check(merged, Set.of(0, 2), instructor);
        assertEquals(Map.of("test", Set.of("Math")), found, "relu is the answer; AssertionError comes after the test");
        assertTrue(tampering.check(instructor, Set.of(0), instructor).isEmpty(), "the instructor's own solution");
    }

    private static NotebookFile notebook(JsonObject... cells) {
        JsonObject nb = new JsonParser().parse("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}}").getAsJsonObject();
        JsonArray array = new JsonArray();
        for (JsonObject cell : cells) {
            array.add(cell);
        }
        nb.add("cells", array);
        return new NotebookFile(nb);
    }

    private static JsonObject cell(String gradeId, boolean solution, boolean graded, String source) {
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", "code");
        cell.addProperty("source", source);
        JsonObject metadata = new JsonObject();
        if (gradeId != null) {
            JsonObject nbgrader = new JsonObject();
            nbgrader.addProperty("grade_id", gradeId);
            nbgrader.addProperty("solution", solution);
            nbgrader.addProperty("grade", graded);
            nbgrader.addProperty("locked", !solution);
            nbgrader.addProperty("points", graded ? 1 : 0);
            metadata.add("nbgrader", nbgrader);
        }
        cell.add("metadata", metadata);
        return cell;
    }
}
