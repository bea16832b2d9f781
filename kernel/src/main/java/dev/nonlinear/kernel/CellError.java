package dev.nonlinear.kernel;

import java.util.List;

/**
 * Why a cell failed, already worded for a student. The message is Jupyter's {@code evalue}, the
 * traceback the lines of the red box. Jupyter's {@code ename} is the class's simple name
 * (basekernel reports {@code getClass().getSimpleName()}), hence one small subclass per kind.
 */
public class CellError extends Exception {
    private final List<String> traceback;

    CellError(String message, List<String> traceback) {
        super(message, null, false, false); // our stack trace would only show kernel internals
        this.traceback = List.copyOf(traceback);
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
    }

    /** The user pressed interrupt. */
    public static final class Interrupted extends CellError {
        Interrupted(String message) {
            super(message, List.of(ErrorFormat.red(message)));
        }
    }

    /** The cell ran longer than {@code NONLINEAR_CELL_TIMEOUT_SECONDS}. */
    public static final class TimeLimitExceeded extends CellError {
        TimeLimitExceeded(String message) {
            super(message, List.of(ErrorFormat.red(message)));
        }
    }

    /** A {@code %magic} line is wrong (unknown name, missing file...). */
    public static final class MagicError extends CellError {
        MagicError(String message) {
            super(message, List.of(ErrorFormat.red(message)));
        }
    }
}
