package dev.nonlinear.grader;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
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
            for (Snippet snippet : analysis.sourceToSnippets(source)) {
                if (snippet instanceof DeclarationSnippet) {
                    names.add(((DeclarationSnippet) snippet).name());
                } else if (snippet instanceof ImportSnippet && !onDemand(snippet)) {
                    names.add(simpleName(((ImportSnippet) snippet).fullname()));
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
            for (Snippet snippet : analysis.sourceToSnippets(source)) {
                String wrapped = switch (snippet.kind()) {
                    case TYPE_DECL, METHOD -> "class $Cell { " + source + "\n}";
                    case VAR, STATEMENT -> "class $Cell { void $run() throws Throwable { " + source + "\n;} }";
                    case EXPRESSION -> "class $Cell { Object $value = (" + source + "\n); }";
                    default -> null; // imports and code that does not parse declare and use nothing
                };
                if (wrapped != null) {
                    scan(wrapped, used, own);
                }
                break; // "int a, b;" is several snippets of one source: one parse is enough
            }
        }
        used.removeAll(own);
        return used;
    }

    private void scan(String source, Set<String> used, Set<String> own) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Cell.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(file));
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitIdentifier(IdentifierTree node, Void unused) {
                        used.add(node.getName().toString());
                        return super.visitIdentifier(node, unused);
                    }

                    @Override
                    public Void visitVariable(VariableTree node, Void unused) {
                        own.add(node.getName().toString());
                        return super.visitVariable(node, unused);
                    }

                    @Override
                    public Void visitMethod(MethodTree node, Void unused) {
                        own.add(node.getName().toString());
                        return super.visitMethod(node, unused);
                    }

                    @Override
                    public Void visitClass(ClassTree node, Void unused) {
                        own.add(node.getSimpleName().toString());
                        return super.visitClass(node, unused);
                    }

                    @Override
                    public Void visitTypeParameter(TypeParameterTree node, Void unused) {
                        own.add(node.getName().toString());
                        return super.visitTypeParameter(node, unused);
                    }

                    @Override
                    public Void visitLabeledStatement(LabeledStatementTree node, Void unused) {
                        own.add(node.getLabel().toString());
                        return super.visitLabeledStatement(node, unused);
                    }
                }.scan(unit, null);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    /** {@code import a.b.*;} brings no name that could shadow another (clashes do not compile). */
    private static boolean onDemand(Snippet snippet) {
        return snippet.subKind() == Snippet.SubKind.TYPE_IMPORT_ON_DEMAND_SUBKIND
                || snippet.subKind() == Snippet.SubKind.STATIC_IMPORT_ON_DEMAND_SUBKIND;
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
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
        for (com.google.gson.JsonObject cell : instructor.cells()) {
            if (NotebookFile.isSolution(cell) && "code".equals(NotebookFile.type(cell))) {
                allowed.addAll(declared(NotebookFile.source(cell)));
            }
        }
        java.util.Map<String, Set<String>> tampered = new java.util.LinkedHashMap<>();
        Set<String> declaredSoFar = new TreeSet<>();
        List<com.google.gson.JsonObject> cells = merged.cells();
        for (int i = 0; i < cells.size(); i++) {
            com.google.gson.JsonObject cell = cells.get(i);
            if (!"code".equals(NotebookFile.type(cell))) {
                continue;
            }
            if (studentCells.contains(i)) {
                declaredSoFar.addAll(declared(NotebookFile.source(cell)));
            } else if (NotebookFile.isGraded(cell) && NotebookFile.gradeId(cell) != null && !declaredSoFar.isEmpty()) {
                Set<String> names = new TreeSet<>(free(NotebookFile.source(cell)));
                names.retainAll(declaredSoFar);
                names.removeAll(allowed);
                if (!names.isEmpty()) {
                    tampered.put(NotebookFile.gradeId(cell), names);
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
