package dev.nonlinear.kernel;

import dev.nonlinear.display.Html;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java side of the kernel, with a real in-process JShell but no Jupyter. */
class JavaSessionTest {
    private static JavaSession session;

    @BeforeAll
    static void start() throws CellError {
        List<String> imports = new ArrayList<>(JShellSetup.DEFAULT_IMPORTS);
        imports.add("import no.such.pkg.*;");
        session = new JavaSession(List.of(System.getProperty("java.class.path").split(File.pathSeparator)), imports).startNow();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static Object run(String code) throws CellError {
        session.beginCell(null);
        try {
            return session.run(code, "Cell In[1]");
        } finally {
            session.endCell();
        }
    }

    @Test
    void aFinalExpressionIsTheCellsValueUnlessItEndsWithASemicolon() throws CellError {
        assertEquals(2, run("1+1"));
        assertSame(SnippetRunner.NO_VALUE, run("1+1;"));
        assertEquals(6, run("int a = 2;\nint b = 3;\na * b  // the product"));
        assertSame(SnippetRunner.NO_VALUE, run("int c = 4;"));
        assertEquals(null, run("String nothing = null;\nnothing"));
    }

    @Test
    void snippetsShareTheKernelsClassesAndTheImportsWork() throws CellError {
        Object html = run("Html.of(\"<b>hi</b>\")");
        assertInstanceOf(Html.class, html, "same class loader as the kernel, so the renderer can see the type");
        assertTrue(run("Table.create(\"t\").name()").equals("t"), "tech.tablesaw.api.* is imported");
        assertTrue(session.imports().contains("import static dev.nonlinear.kernel.runtime.Display.*;"));
        assertFalse(session.imports().contains("import no.such.pkg.*;"), "imports of missing packages are dropped");
    }

    @Test
    void codeThatStopsItsOwnThreadOrHidesItsExceptionDoesNotFinishQuietly() throws CellError {
        // JShell reports both like a snippet that ran to its end, only without a value: a test
        // cell calling such code would pass.
        CellError stopped = assertThrows(CellError.UncaughtException.class,
                () -> run("void quit() { Thread.currentThread().stop(); }\nquit();\nSystem.out.println(\"unreachable\");"));
        assertEquals(SnippetRunner.DID_NOT_FINISH, stopped.getMessage());
        run("class Hidden extends RuntimeException { @Override public String getMessage() { throw new IllegalStateException(); } }");
        assertThrows(Exception.class, () -> run("if (true) throw new Hidden();"));
        assertEquals(4, run("2 + 2"), "the session goes on");
    }

    @Test
    void compileErrorsPointAtTheLineAndColumn() {
        CellError.CompileError error = assertThrows(CellError.CompileError.class,
                () -> run("int x = 1;\nint y = nope + 1;"));
        assertEquals("cannot find symbol", error.getMessage());
        String text = String.join("\n", error.traceback()).replaceAll("\u001b\\[[0-9;]*m", "");
        assertTrue(text.contains("Cell In[1], line 2: cannot find symbol"), text);
        assertTrue(text.contains("symbol:   variable nope"), text);
        assertTrue(text.contains("    int y = nope + 1;\n            ^"), text);
        assertFalse(text.contains("location: class"), text);
    }

    @Test
    void runtimeErrorsShowOnlyTheUsersFrames() throws CellError {
        run("int divide(int a, int b) {\n    return a / b;\n}");
        CellError.UncaughtException error = assertThrows(CellError.UncaughtException.class, () -> run("divide(1, 0)"));
        assertEquals("java.lang.ArithmeticException: / by zero", error.getMessage());
        String text = String.join("\n", error.traceback());
        assertTrue(text.contains("at divide (Cell In[1], line 2)"), text);
        assertTrue(text.contains("at Cell In[1], line 1"), text);
        assertFalse(text.contains("jdk.jshell") || text.contains("reflect") || text.contains("dev.nonlinear.kernel"), text);
    }

    @Test
    void lineNumbersCountFromTheTopOfTheCell() {
        CellError error = assertThrows(CellError.UncaughtException.class,
                () -> run("int z = 0;\nint g(int x) {\n  return 1 / x;\n}\n\ng(z)"));
        String text = String.join("\n", error.traceback());
        assertTrue(text.contains("at g (Cell In[1], line 3)"), text);
        assertTrue(text.contains("at Cell In[1], line 6"), text);

        CellError commented = assertThrows(CellError.UncaughtException.class,
                () -> run("// a comment first\nint h(int x) {\n  return 1 / x;\n}\nh(0)"));
        String text2 = String.join("\n", commented.traceback());
        assertTrue(text2.contains("at h (Cell In[1], line 3)"), text2);
        assertTrue(text2.contains("at Cell In[1], line 5"), text2);
    }

    @Test
    void causesAreListed() {
        CellError error = assertThrows(CellError.UncaughtException.class,
                () -> run("throw new RuntimeException(\"outer\", new IllegalStateException(\"inner\"));"));
        String text = String.join("\n", error.traceback());
        assertTrue(text.contains("Caused by: java.lang.IllegalStateException: inner"), text);
    }

    @Test
    void anInfiniteLoopCanBeStoppedAndTheSessionStaysUsable() throws Exception {
        session.beginCell(null);
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                session.run("while (true) { }", "Cell In[1]");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(500);
        session.requestStop(new CellError.Interrupted("the cell was interrupted"));
        Throwable thrown = outcome.get(20, TimeUnit.SECONDS);
        session.endCell();
        assertInstanceOf(CellError.Interrupted.class, thrown);
        assertEquals(3, run("1 + 2"));
    }

    @Test
    void theTimeLimitStopsALongCell() throws CellError {
        session.beginCell(Duration.ofMillis(500));
        try {
            CellError error = assertThrows(CellError.TimeLimitExceeded.class, () -> session.run("while (true) { }", "Cell In[1]"));
            assertEquals("cell exceeded the time limit of 0.5 s", error.getMessage());
        } finally {
            session.endCell();
        }
        assertEquals(4, run("2 + 2"));
    }

    @Test
    void completionAndIsComplete() throws CellError {
        ReplacementOptions options = session.complete("Sys", 3);
        assertTrue(options.getReplacements().contains("System"), options.getReplacements().toString());
        assertEquals(0, options.getSourceStart());

        String cell = "int a = 1;\nMath.ab";
        ReplacementOptions math = session.complete(cell, cell.length());
        assertTrue(math.getReplacements().stream().anyMatch(r -> r.startsWith("abs")), math.getReplacements().toString());
        assertEquals(cell.length() - 2, math.getSourceStart());

        assertEquals("", session.isComplete("int x = "));
        assertEquals("complete", session.isComplete("int x = 1;"));
        assertEquals("complete", session.isComplete("int x = 1;\nx + 1"));
        assertEquals("complete", session.isComplete("%jars lib/*.jar\nint y = 2;"));
        assertEquals("invalid", session.isComplete("1 +* 2"), "JShell calls it complete; it can never compile");
        assertEquals("invalid", session.isComplete("int x = 1;\nint 3y = 2;"));
        assertEquals("complete", session.isComplete("undefinedName + 1"), "undefined now, maybe defined later");
        assertEquals("    ", session.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("        ", session.isComplete("void f() {\n    if (true) {"));
    }

    @Test
    void theLastStatementMayLackItsSemicolon() throws CellError {
        assertSame(SnippetRunner.NO_VALUE, run("int noSemi = 5"));
        assertEquals(5, run("noSemi"));
        assertSame(SnippetRunner.NO_VALUE, run("if (noSemi > 0) noSemi++ // a comment"));
        assertEquals(6, run("noSemi"));
        CellError boom = assertThrows(CellError.class, () -> run("throw new RuntimeException(\"boom\")"));
        assertTrue(boom.getMessage().contains("boom"), boom.getMessage());
    }

    @Test
    void documentationOfABareMethodName() throws CellError {
        String doc = session.documentation("Math.abs", 8);
        assertTrue(doc != null && doc.contains("abs("), String.valueOf(doc));
    }

    @Test
    void documentationOfAMethod() throws CellError {
        String doc = session.documentation("Math.abs(", 9);
        assertTrue(doc != null && doc.contains("abs("), String.valueOf(doc));
    }

    @Test
    void trailingSemicolonDetection() {
        assertTrue(SnippetRunner.endsWithSemicolon("x; // comment"));
        assertTrue(SnippetRunner.endsWithSemicolon("x; /* c */ \n"));
        assertFalse(SnippetRunner.endsWithSemicolon("x // comment;"));
        assertFalse(SnippetRunner.endsWithSemicolon("\"a;\" + \"//\""));
        assertTrue(SnippetRunner.endsWithSemicolon("s = \"//\";"));
    }
}
