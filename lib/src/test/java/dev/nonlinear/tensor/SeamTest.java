package dev.nonlinear.tensor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Keeps the layout honest: the teaching code reaches the fast kernels through {@link Products}
 * only (the benchmark, which measures them, lives in bench/), and the fast package uses nothing
 * of the teaching code, so there is no cycle.
 */
class SeamTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/nonlinear");
    private static final List<String> ALLOWED = List.of("tensor/Products.java");

    @Test
    void onlyTheSeamImportsTheFastPackage() throws IOException {
        for (Path file : javaFiles()) {
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            if (name.startsWith("tensor/fast/") || ALLOWED.contains(name)) {
                continue;
            }
            assertFalse(Files.readString(file).contains("dev.nonlinear.tensor.fast"),
                    name + " uses the fast package; go through dev.nonlinear.tensor.Products");
        }
    }

    @Test
    void theFastPackageDependsOnNothingOfTheTeachingCode() throws IOException {
        for (Path file : javaFiles()) {
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            if (name.startsWith("tensor/fast/")) {
                for (String line : Files.readAllLines(file)) {
                    assertFalse(line.startsWith("import dev.nonlinear."), name + ": " + line);
                }
            }
        }
    }

    private static List<Path> javaFiles() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the lib module: " + SOURCES.toAbsolutePath());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
