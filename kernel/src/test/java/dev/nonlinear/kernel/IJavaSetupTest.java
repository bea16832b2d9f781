package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** notebooks/ijava-setup.jsh, the first cell for running the notebooks on IJava instead. */
class IJavaSetupTest {
    private static final Path NOTEBOOKS = PythonTool.repoRoot().resolve("notebooks");
    private static final Path SETUP = NOTEBOOKS.resolve("ijava-setup.jsh");

    @Test
    void importsWhatTheKitsKernelImports() throws IOException {
        List<String> expected = JShellSetup.DEFAULT_IMPORTS.stream()
                .filter(line -> !line.contains("dev.nonlinear.kernel")) // the kit kernel's own display(); IJava has its own
                .collect(Collectors.toList());
        List<String> imports = Files.readAllLines(SETUP).stream()
                .filter(line -> line.startsWith("import "))
                .collect(Collectors.toList());
        assertEquals(expected, imports, "keep ijava-setup.jsh in step with JShellSetup.DEFAULT_IMPORTS");
    }

    @Test
    void theJarsItNamesAreBuilt() throws IOException {
        Matcher jars = Pattern.compile("//\\s+%jars (.+)").matcher(Files.readString(SETUP));
        assertTrue(jars.find(), "the %jars line in the comment");
        for (String jar : jars.group(1).trim().split("\\s+")) {
            assertTrue(matching(NOTEBOOKS, jar) > 0, jar + " (from notebooks/) matches no file: does mvn package build it?");
        }
    }

    /** IJava loads lib/target/dependency with %jars: without a binding, SLF4J warns on stderr when Tablesaw first logs. */
    @Test
    void theDependenciesForIJavaHaveAnSlf4jBindingOfTheApisVersion() throws IOException {
        Path dependencies = PythonTool.repoRoot().resolve("lib/target/dependency");
        List<String> api = new ArrayList<>();
        List<String> nop = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dependencies, "slf4j-*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                if (name.startsWith("slf4j-api-")) {
                    api.add(name.substring("slf4j-api-".length()));
                } else if (name.startsWith("slf4j-nop-")) {
                    nop.add(name.substring("slf4j-nop-".length()));
                }
            }
        }
        assertEquals(1, api.size(), "one slf4j-api in " + dependencies + ": " + api);
        assertEquals(api, nop, "slf4j-nop of slf4j-api's version in " + dependencies);
    }

    @Test
    void runsInAFreshSessionAndSaysWhenThereIsNoIJava() throws Exception {
        JavaSession session = new JavaSession(List.of(System.getProperty("java.class.path").split(File.pathSeparator)),
                List.of()).startNow();
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        session.beginCell(null);
        try {
            session.run(Files.readString(SETUP), "ijava-setup.jsh");
            assertEquals("Sequential", session.run("Sequential.class.getSimpleName()", "Cell In[1]"));
        } finally {
            session.endCell();
            System.setOut(stdout);
            session.close();
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("No IJava kernel found"), printed.toString());
    }

    /** How many files a path with a {@code *} in its last part names. */
    private static int matching(Path base, String pattern) throws IOException {
        Path path = base.resolve(pattern).normalize();
        String glob = path.getFileName().toString();
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(path.getParent())) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path.getParent(), glob)) {
            files.forEach(found::add);
        }
        return found.size();
    }
}
