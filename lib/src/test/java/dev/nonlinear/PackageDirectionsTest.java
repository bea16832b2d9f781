package dev.nonlinear;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directions docs/architecture.md promises: the training core knows nothing of notebooks
 * (a learner reading {@code Trainer} sees training, not charts), and {@code display} sits at the
 * bottom, so quizzes and plots build on it and never the other way round.
 */
class PackageDirectionsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/nonlinear");
    private static final Set<String> TRAINING_CORE = Set.of("activation", "tensor", "loss", "layer", "optim", "train");
    private static final Set<String> USER_INTERFACE = Set.of("display", "plot", "quiz", "widgets", "lab");

    @Test
    void theTrainingCoreImportsNoUserInterface() throws IOException {
        assertEquals(List.of(), importsFrom(TRAINING_CORE, USER_INTERFACE));
    }

    @Test
    void displayImportsNothingElseOfTheKit() throws IOException {
        Set<String> everythingElse = Set.of("activation", "tensor", "loss", "layer", "optim", "train", "data",
                "gradcheck", "trace", "plot", "quiz", "widgets", "lab", "playground");
        assertEquals(List.of(), importsFrom(Set.of("display"), everythingElse));
    }

    @Test
    void widgetsBuildOnDisplayAloneAndThePlaygroundEngineKnowsNoWidget() throws IOException {
        Set<String> teaching = Set.of("activation", "tensor", "loss", "layer", "optim", "train", "data",
                "gradcheck", "trace", "plot", "quiz", "lab", "playground");
        assertEquals(List.of(), importsFrom(Set.of("widgets"), teaching));
        assertEquals(List.of(), importsFrom(Set.of("playground"), Set.of("widgets", "lab")));
    }

    private static final Pattern KIT_NAME = Pattern.compile("dev\\.nonlinear\\.([a-z]+)\\.");

    /** "file: line" for every code line in the {@code from} packages that names a class of a {@code to} package. */
    private static List<String> importsFrom(Set<String> from, Set<String> to) throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the lib module: " + SOURCES.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                if (!from.contains(pkg)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("package ") || code.startsWith("*") || code.startsWith("/")) {
                        continue; // comments may point a reader to the UI classes
                    }
                    Matcher use = KIT_NAME.matcher(code); // imports and fully qualified names alike
                    while (use.find()) {
                        if (to.contains(use.group(1))) {
                            found.add(SOURCES.relativize(file) + ": " + code);
                        }
                    }
                }
            }
        }
        return found;
    }
}
