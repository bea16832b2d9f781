package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/architecture.md promises a kernel without class cycles, so that each class reads knowing
 * only the classes it uses.
 */
class NoClassCyclesTest {

    @Test
    void noClassUsesItselfThroughOthers() throws IOException {
        assertEquals(List.of(), ClassCycles.in(Path.of("src/main/java/dev/nonlinear/kernel")));
    }

    @Test
    void aCycleIsFound() throws IOException {
        Path folder = java.nio.file.Files.createTempDirectory("cycles");
        java.nio.file.Files.writeString(folder.resolve("Egg.java"), "class Egg { Chicken mother; }");
        java.nio.file.Files.writeString(folder.resolve("Chicken.java"), "class Chicken { Egg laid; /* Rooster */ }");
        java.nio.file.Files.writeString(folder.resolve("Rooster.java"), "class Rooster { String s = \"Egg\"; }");
        assertEquals(List.of("Chicken -> Egg -> Chicken", "Egg -> Chicken -> Egg"), ClassCycles.in(folder));
    }
}
