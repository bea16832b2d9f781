package dev.nonlinear.grader;

import dev.nonlinear.kernel.ClassCycles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The grader, like the kernel, has no class cycles (docs/architecture.md). */
class NoClassCyclesTest {

    @Test
    void noClassUsesItselfThroughOthers() throws IOException {
        assertEquals(List.of(), ClassCycles.in(Path.of("src/main/java/dev/nonlinear/grader")));
    }
}
