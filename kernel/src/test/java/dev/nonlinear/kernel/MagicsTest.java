package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MagicsTest {

    @Test
    void argumentsSplitAtSpacesAndQuotesKeepThemTogether() {
        assertEquals(List.of("a.jar", "my libs/b.jar", "c d"), Magics.arguments(" a.jar  \"my libs/b.jar\" 'c d' "));
        assertEquals(List.of(), Magics.arguments("   "));
    }

    @Test
    void lineMagicsSplitTheCellAndCodeKeepsItsLineNumbers() {
        List<Magics.Block> blocks = Magics.split("int a = 1;\n%jars lib/*.jar other.jar\nint b = 2;\n  %load setup.jsh");
        assertEquals(List.of(
                new Magics.Code("int a = 1;\n"),
                new Magics.LineMagic("jars", List.of("lib/*.jar", "other.jar")),
                new Magics.Code("\n\nint b = 2;\n"),
                new Magics.LineMagic("load", List.of("setup.jsh"))), blocks);
        assertEquals(List.of(new Magics.Code("x")), Magics.split("x"));
        assertEquals(List.of(new Magics.LineMagic("classpath", List.of("a:b"))), Magics.split("%classpath a:b\n"));
    }

    @Test
    void cellMagicTakesTheWholeCell() {
        Magics.CellMagic magic = Magics.cellMagic("%%time\nint a = 1;\na");
        assertEquals("time", magic.name());
        assertEquals(List.of(), magic.args());
        assertEquals("\nint a = 1;\na", magic.body());
        assertNull(Magics.cellMagic("int a = 1; // %%time"));
    }

    @Test
    void magicLinesBlankOutWithoutMovingAnything() {
        String code = "%jars x.jar\nint a;";
        String blank = Magics.blankOutMagicLines(code);
        assertEquals(code.length(), blank.length());
        assertEquals("           \nint a;", blank);
    }

    @Test
    void jarsExpandFilesFoldersAndGlobs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib/sub"));
        for (String name : List.of("lib/a.jar", "lib/b.jar", "lib/notes.txt", "lib/sub/c.jar")) {
            Files.writeString(dir.resolve(name), "");
        }
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar")), Magics.expandJars("lib/*.jar", dir));
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar")), Magics.expandJars("lib", dir));
        assertEquals(List.of(dir.resolve("lib/sub/c.jar")), Magics.expandJars("lib/sub/c.jar", dir));
        assertEquals(3, Magics.expandJars("lib/**.jar", dir).size());
        assertEquals(List.of(), Magics.expandJars("missing/*.jar", dir));
        assertEquals(List.of(), Magics.expandJars("nothing.jar", dir));
    }
}
