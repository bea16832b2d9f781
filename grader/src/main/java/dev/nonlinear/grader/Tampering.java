package dev.nonlinear.grader;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds student declarations that change what a test cell's names mean. In a notebook, a class
 * named {@code Math}, {@code AssertionError} or {@code GradientCheck} declared in an answer cell
 * <em>shadows</em> the real one in every later cell, and a variable named {@code java} or
 * {@code dev} <em>obscures</em> the package (JLS 6.4.2), so even {@code java.lang.Math} in a test
 * would mean the student's code. A test is only trustworthy if every name it takes from outside
 * itself still means what it meant in the instructor's notebook.
 *
 * <p>How: the <em>free</em> names of a test cell are the simple names it uses (the first part of
 * a qualified name included) that it does not declare itself. A student declaration in a cell
 * before the test, whose name is one of them, is tampering — unless the instructor's own answer
 * cells declare that name (the student is meant to write {@code relu} when the tests call it).
 * Only the source is read: nothing runs.
 */
final class Tampering implements AutoCloseable {
    private final JShell shell = JShell.builder().executionEngine("local").build();
    private final SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

    /** Top-level names that {@code code} declares: classes, methods, variables, single imports. */
    Set<String> declared(String code) {
        Set<String> names = new TreeSet<>();
        for (String source : snippets(code)) {
            java.util.regex.Matcher importing = IMPORT.matcher(source);
            if (importing.matches()) {
                if (!importing.group(1).endsWith("*")) { // a.b.* brings no name that could shadow another
                    names.add(importing.group(1).substring(importing.group(1).lastIndexOf('.') + 1));
                }
                continue;
            }
            Parsed parsed = parse(source);
            if (parsed == null) {
                continue;
            }
            for (Tree tree : parsed.topLevel()) {
                String name = tree instanceof LabeledStatementTree ? null : declaredName(tree); // a label hides nothing
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The simple names {@code code} uses without declaring them itself. */
    Set<String> free(String code) {
        Set<String> used = new HashSet<>();
        Set<String> own = new HashSet<>(List.of("this", "super", "$Cell", "$run", "$value"));
        for (String source : snippets(code)) {
            Parsed parsed = IMPORT.matcher(source).matches() ? null : parse(source);
            if (parsed != null) {
                scan(parsed.unit(), used, own);
            }
        }
        used.removeAll(own);
        return used;
    }

    private static final java.util.regex.Pattern IMPORT =
            java.util.regex.Pattern.compile("\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\s*\\.\\s*\\*)?)\\s*;?\\s*", java.util.regex.Pattern.DOTALL);

    /** A snippet parsed inside the wrapper that fits it, with its top-level trees. */
    private record Parsed(CompilationUnitTree unit, List<? extends Tree> topLevel) {
    }

    /**
     * How JShell takes a snippet, in the order it tries: statements and local declarations (as in a
     * method body), else members (methods, fields, classes), else an expression.
     */
    private record Wrapper(String before, String after, Function<ClassTree, List<? extends Tree>> topLevel) {
    }

    private static final List<Wrapper> WRAPPERS = List.of(
            new Wrapper("class $Cell { void $run() {\n", "\n;} }", cell -> ((MethodTree) cell.getMembers().stream()
                    .filter(m -> m instanceof MethodTree method && method.getName().contentEquals("$run"))
                    .findFirst().orElseThrow()).getBody().getStatements()),
            new Wrapper("class $Cell {\n", "\n}", ClassTree::getMembers),
            new Wrapper("class $Cell { Object $value = (\n", "\n); }", cell -> List.of()));

    /** The snippet parsed in the first wrapper that fits it; null when none does (nor does the kernel). */
    private Parsed parse(String source) {
        for (Wrapper wrapper : WRAPPERS) {
            CompilationUnitTree unit = parseWithoutErrors(wrapper.before() + source + wrapper.after());
            if (unit != null) {
                return new Parsed(unit, wrapper.topLevel().apply((ClassTree) unit.getTypeDecls().get(0)));
            }
        }
        return null;
    }

    private CompilationUnitTree parseWithoutErrors(String source) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Cell.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        boolean[] errors = {false};
        JavacTask task = (JavacTask) javac.getTask(null, null,
                diagnostic -> errors[0] |= diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR,
                List.of("-proc:none"), null, List.of(file));
        try {
            for (CompilationUnitTree unit : task.parse()) {
                return errors[0] ? null : unit;
            }
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every identifier the unit uses goes to {@code used}, every name it declares to {@code own}. */
    private static void scan(CompilationUnitTree unit, Set<String> used, Set<String> own) {
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree instanceof IdentifierTree identifier) {
                    used.add(identifier.getName().toString());
                }
                String declared = tree == null ? null : declaredName(tree);
                if (declared != null) {
                    own.add(declared);
                }
                return super.scan(tree, unused);
            }
        }.scan(unit, null);
    }

    /** The name a declaration introduces (variable, method, class, type parameter, label); else null. */
    private static String declaredName(Tree tree) {
        if (tree instanceof VariableTree variable) {
            return variable.getName().toString();
        } else if (tree instanceof MethodTree method) {
            return method.getName().toString();
        } else if (tree instanceof ClassTree type) {
            return type.getSimpleName().toString();
        } else if (tree instanceof TypeParameterTree parameter) {
            return parameter.getName().toString();
        } else if (tree instanceof LabeledStatementTree labeled) {
            return labeled.getLabel().toString();
        }
        return null;
    }

    /** The cell's code split as the kernel splits it: one complete snippet after another. */
    private List<String> snippets(String code) {
        List<String> sources = new ArrayList<>();
        String rest = blankOutMagics(code);
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                sources.add(rest); // as the kernel does: the rest goes whole (and fails to compile)
                break;
            }
            sources.add(info.source());
            if (info.remaining().length() >= rest.length()) {
                break;
            }
            rest = info.remaining();
        }
        return sources;
    }

    /** Magic lines ({@code %load x}) are not Java; the grading kernel refuses them anyway. */
    private static String blankOutMagics(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            out.append(line.stripLeading().startsWith("%") ? "" : line).append('\n');
        }
        return out.toString();
    }

    /**
     * For each test cell (graded, the instructor's source) of the executed notebook, the names of
     * student declarations before it that it uses; test cells without any are left out.
     *
     * @param studentCells indices of the cells whose source is the student's
     * @param instructor   the instructor's notebook, whose answer cells say which names are the student's to write
     */
    java.util.Map<String, Set<String>> check(NotebookFile merged, Set<Integer> studentCells, NotebookFile instructor) {
        Set<String> allowed = new HashSet<>();
        for (Cell cell : instructor.cells()) {
            if (cell.isSolution() && cell.isCode()) {
                allowed.addAll(declared(cell.source()));
            }
        }
        java.util.Map<String, Set<String>> tampered = new java.util.LinkedHashMap<>();
        Set<String> declaredSoFar = new TreeSet<>();
        List<Cell> cells = merged.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (!cell.isCode()) {
                continue;
            }
            if (studentCells.contains(i)) {
                declaredSoFar.addAll(declared(cell.source()));
            } else if (cell.isGraded() && cell.gradeId() != null && !declaredSoFar.isEmpty()) {
                Set<String> names = new TreeSet<>(free(cell.source()));
                names.retainAll(declaredSoFar);
                names.removeAll(allowed);
                if (!names.isEmpty()) {
                    tampered.put(cell.gradeId(), names);
                }
            }
        }
        return tampered;
    }

    @Override
    public void close() {
        shell.close();
    }
}
