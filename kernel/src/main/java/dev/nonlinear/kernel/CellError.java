package dev.nonlinear.kernel;

import java.util.List;

/**
 * Why a cell failed, already worded for a student. The message is Jupyter's {@code evalue}, the
 * traceback the lines of the red box. Jupyter's {@code ename} is the class's simple name
 * (basekernel reports {@code getClass().getSimpleName()}), hence one small subclass per kind.
 *
 * <p>A traceback of many lines (a compile error, an exception's frames) is worded by
 * {@code ErrorFormat}, which builds on this class; this class needs nothing from it.
 */
public class CellError extends Exception {
    private static final String RED = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";

    private final List<String> traceback;

    CellError(String message, List<String> traceback) {
        super(message, null, false, false); // our stack trace would only show kernel internals
        this.traceback = List.copyOf(traceback);
    }

    /** A failure that its message says all about: the traceback is that message, in red. */
    CellError(String message) {
        this(message, List.of(red(message)));
    }

    /** Jupyter shows a traceback as terminal text; its headlines are red, as in IPython. */
    static String red(String text) {
        return RED + text + RESET;
    }

    public List<String> traceback() {
        return traceback;
    }

    /** The code does not compile. */
    public static final class CompileError extends CellError {
        CompileError(String message, List<String> traceback) {
            super(message, traceback);
        }
    }

    /** The code threw an exception that nothing caught. */
    public static final class UncaughtException extends CellError {
        UncaughtException(String message, List<String> traceback) {
            super(message, traceback);
        }

        UncaughtException(String message) {
            super(message);
        }
    }

    /** The user pressed interrupt. */
    public static final class Interrupted extends CellError {
        Interrupted(String message) {
            super(message);
        }
    }

    /** The cell ran longer than {@code NONLINEAR_CELL_TIMEOUT_SECONDS}. */
    public static final class TimeLimitExceeded extends CellError {
        TimeLimitExceeded(String message) {
            super(message);
        }
    }

    /** A {@code %magic} line is wrong (unknown name, missing file...). */
    public static final class MagicError extends CellError {
        MagicError(String message) {
            super(message);
        }
    }
}
