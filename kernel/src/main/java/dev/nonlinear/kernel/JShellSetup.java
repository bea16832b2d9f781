package dev.nonlinear.kernel;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.spi.ExecutionControlProvider;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a session's JShell starts with: the engine that runs its snippets (this JVM, or another
 * one such as the grader's sandbox), the class path, the imports that compile, and one warm-up
 * snippet so that the first real cell is fast.
 */
final class JShellSetup {

    /**
     * Imported into every notebook session. Packages of the kit that have no classes yet are
     * skipped (see {@link #create}), so this list can name packages before they exist.
     */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import java.math.*;",
            "import dev.nonlinear.activation.*;",
            "import dev.nonlinear.tensor.*;",
            "import dev.nonlinear.data.*;",
            "import dev.nonlinear.layer.*;",
            "import dev.nonlinear.loss.*;",
            "import dev.nonlinear.optim.*;",
            "import dev.nonlinear.train.*;",
            "import dev.nonlinear.gradcheck.*;",
            "import dev.nonlinear.plot.*;",
            "import dev.nonlinear.trace.*;",
            "import dev.nonlinear.quiz.*;",
            "import dev.nonlinear.display.*;",
            "import dev.nonlinear.widgets.*;",
            "import dev.nonlinear.lab.*;",
            "import dev.nonlinear.playground.*;",
            "import tech.tablesaw.api.*;",
            "import org.knowm.xchart.*;",
            "import static dev.nonlinear.kernel.runtime.Display.*;");

    private static final String WARM_UP = "{ int warmUp = 1; }";
    private static final Pattern WILDCARD_IMPORT = Pattern.compile("import\\s+([\\w.]+)\\.\\*\\s*;");

    private final List<String> classpath;
    private final List<String> imports;
    private final ExecutionControlProvider engine;
    private final List<String> acceptedImports = new ArrayList<>();

    /** @param engine JShell's execution engine, or null to run snippets in this JVM */
    JShellSetup(List<String> classpath, List<String> imports, ExecutionControlProvider engine) {
        this.classpath = List.copyOf(classpath);
        this.imports = List.copyOf(imports);
        this.engine = engine;
    }

    /** The JVM's class path: the kernel jar, which holds the library and its dependencies. */
    static List<String> kernelClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** True when snippets run in this JVM, so that their values are the objects themselves. */
    boolean runsLocally() {
        return engine == null;
    }

    JShell create() {
        StartupLog.debug("creating JShell");
        JShell shell = engine == null
                ? JShell.builder().executionEngine(new ValueCapturingExecution.Provider(), Map.of()).build()
                // Another JVM: what it prints arrives through these streams, which follow the
                // kernel's System.out/err as they are switched from cell to cell.
                : JShell.builder().executionEngine(engine, Map.of())
                        .out(new PrintStream(new Forward(() -> System.out), true, StandardCharsets.UTF_8))
                        .err(new PrintStream(new Forward(() -> System.err), true, StandardCharsets.UTF_8))
                        .build();
        for (String entry : classpath) {
            shell.addToClasspath(entry);
        }
        StartupLog.debug("JShell created");
        for (String source : imports) {
            // A wildcard import of a package with no classes yet is an error in JShell. The kit's
            // packages appear as people add them, so an import that fails is simply left out.
            // Looking for the package folder first saves a compile (~30 ms) per missing package.
            if (!packageMayExist(source)) {
                continue;
            }
            boolean ok = shell.eval(source).stream().allMatch(e -> e.status() != Snippet.Status.REJECTED);
            if (ok) {
                synchronized (acceptedImports) {
                    acceptedImports.add(source);
                }
            }
        }
        StartupLog.debug("imports done");
        shell.eval(WARM_UP); // compiles and runs one snippet: the first real cell is then fast
        StartupLog.debug("JShell ready");
        return shell;
    }

    /** The imports that compiled so far. */
    List<String> acceptedImports() {
        synchronized (acceptedImports) {
            return List.copyOf(acceptedImports);
        }
    }

    /** False only for a wildcard import of a non-JDK package whose folder is not on the class path. */
    static boolean packageMayExist(String importSource) {
        Matcher m = WILDCARD_IMPORT.matcher(importSource.trim());
        if (!m.matches() || m.group(1).startsWith("java.") || m.group(1).startsWith("javax.")) {
            return true;
        }
        ClassLoader loader = JShellSetup.class.getClassLoader();
        return loader.getResource(m.group(1).replace('.', '/') + "/") != null;
    }

    /** Writes to whatever stream {@code target} names at the moment of writing. */
    private static final class Forward extends OutputStream {
        private final Supplier<PrintStream> target;

        Forward(Supplier<PrintStream> target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.get().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            target.get().write(bytes, offset, length);
        }

        @Override
        public void flush() {
            target.get().flush();
        }
    }
}
