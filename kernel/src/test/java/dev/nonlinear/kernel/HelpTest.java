package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which cells ask for documentation ({@code Math.abs?}) rather than run Java. */
class HelpTest {
    @Test
    void aNameWithAQuestionMarkIsAHelpRequest() {
        assertEquals("Math.abs", Help.subject("Math.abs?"));
        assertEquals("String", Help.subject("  String??\n"));
    }

    @Test
    void javaIsNeverAHelpRequest() {
        assertNull(Help.subject("x > 0 ? 1 : 2"));
        assertNull(Help.subject("Math.abs(-1)"));
        assertNull(Help.subject("int a = 1;"));
    }
}
