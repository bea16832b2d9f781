package dev.nonlinear.kernel;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * JShell's "local" execution engine (snippets run in this JVM, so they share the kernel's objects
 * and can call the display API) that also keeps the object a snippet evaluated to.
 *
 * <p>Why: JShell only hands back a snippet's value as a string ({@code "tech.tablesaw.Table@5e2d"}).
 * To show a Table as HTML or a chart as PNG the kernel needs the object itself. JShell runs a
 * snippet by reflectively calling a generated {@code do_it$()} method on a fresh thread; we let it
 * call {@link #runSnippet()} instead, which calls {@code do_it$()} and remembers the result.
 * Everything else — the thread, {@code JShell.stop()} (which uses {@code Thread.stop} on JDK 17),
 * how exceptions travel — stays JShell's own code.
 *
 * <p>Public only because JShell (another module) calls {@link #runSnippet()} reflectively.
 */
public final class ValueCapturingExecution extends LocalExecutionControl {

    private static final Method RUN_SNIPPET;

    static {
        try {
            RUN_SNIPPET = ValueCapturingExecution.class.getMethod("runSnippet");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // Static because JShell calls runSnippet() as a static method with no arguments. There is one
    // JShell per kernel process and it runs one snippet at a time.
    private static volatile Method snippet;
    private static volatile Object lastValue;

    /** Called by JShell on its snippet thread in place of the snippet's {@code do_it$()}. */
    public static Object runSnippet() throws Throwable {
        try {
            Object value = snippet.invoke(null);
            lastValue = value;
            return value;
        } catch (InvocationTargetException e) {
            // Rethrow the user's own exception so JShell sees exactly what do_it$() threw.
            throw e.getCause();
        }
    }

    /** The object the last snippet evaluated to (null for statements); forgets it. */
    static Object takeLastValue() {
        Object value = lastValue;
        lastValue = null;
        return value;
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        snippet = doitMethod;
        lastValue = null;
        try {
            return super.invoke(RUN_SNIPPET);
        } finally {
            snippet = null;
        }
    }

    /** Lets {@code JShell.builder().executionEngine(...)} create the engine above. */
    static final class Provider implements ExecutionControlProvider {
        @Override
        public String name() {
            return "nonlinear-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new ValueCapturingExecution();
        }
    }
}
