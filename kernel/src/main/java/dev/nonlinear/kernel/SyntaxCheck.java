package dev.nonlinear.kernel;

import com.sun.source.util.JavacTask;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.net.URI;
import java.util.List;

/**
 * Whether a snippet can parse as Java at all, without compiling or running it. JShell's own
 * analysis calls {@code 1 +* 2} a complete expression; only javac's parser says it can never
 * compile. A snippet may be a statement, an expression, a declaration or an import, so it is
 * tried in each place where one of those may stand.
 */
final class SyntaxCheck {
    private static final String[][] PLACES = {
            {"class Cell { void run() {\n", "\n} }"},
            {"class Cell { Object value =\n", "\n; }"},
            {"class Cell {\n", "\n}"},
            {"", "\nclass Cell {}"},
    };

    private SyntaxCheck() {
    }

    static boolean parses(String snippet) {
        for (String[] place : PLACES) {
            if (parsesAsFile(place[0] + snippet + place[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean parsesAsFile(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return true; // a JRE without javac: JShell could not run either; don't claim invalid
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Cell.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            task.parse();
        } catch (java.io.IOException e) {
            return true;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }
}
