package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ErrorFormatTest {

    private static String plain(List<String> lines) {
        return String.join("\n", lines).replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void caretSitsUnderTheColumnEvenAfterTabs() {
        String cell = "int a = 1;\n\tdouble b = a +* 2;\n";
        int snippetStart = cell.indexOf('\n'); // the second snippet starts at the first newline
        int position = cell.indexOf('*') - snippetStart;
        CellError error = ErrorFormat.compileError(
                List.of(new ErrorFormat.Problem("illegal start of expression", position)),
                new ErrorFormat.Origin("Cell In[7]", cell, snippetStart));
        assertEquals(String.join("\n",
                "Cell In[7], line 2: illegal start of expression",
                "        double b = a +* 2;",
                "                      ^"), plain(error.traceback()));
        assertEquals("illegal start of expression", error.getMessage());
    }

    @Test
    void jshellWrapperLocationsAreDropped() {
        assertEquals(List.of("cannot find symbol", "  symbol:   variable x"),
                ErrorFormat.cleanMessage("cannot find symbol\n  symbol:   variable x\n  location: class \n"));
        assertEquals(List.of("cannot find symbol", "  location: class Point"),
                ErrorFormat.cleanMessage("cannot find symbol\n  location: class Point"));
    }

    @Test
    void snippetFramesBecomeCellLinesAndMachineryIsHidden() {
        ErrorFormat.Origin cell3 = new ErrorFormat.Origin("Cell In[3]", "// helpers\nint f(int x) {\n  return 1 / x;\n}", 10);
        StackTraceElement[] frames = {
                new StackTraceElement("", "f", "#5", 3), // the snippet starts with the newline of line 1
                new StackTraceElement("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, -2),
                new StackTraceElement("java.util.ArrayList", "forEach", "ArrayList.java", 1541),
                new StackTraceElement("", "", "#9", 1),
        };
        List<String> lines = ErrorFormat.describeException("java.lang.ArithmeticException", "/ by zero", frames,
                id -> id.equals("5") ? cell3 : null);
        assertEquals(String.join("\n",
                "java.lang.ArithmeticException: / by zero",
                "    at f (Cell In[3], line 3)",
                "    at java.util.ArrayList.forEach(ArrayList.java:1541)",
                "    at snippet 9, line 1"), plain(lines));
        assertFalse(plain(lines).contains("reflect"));
    }
}
