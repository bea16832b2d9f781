package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/**
 * What {@link ExecuteHandler} needs from the kernel. {@link NonlinearKernel} creates the handler
 * and implements this, so the handler does not name the kernel back.
 */
interface CellRunner {

    /** Runs a cell; its output goes to that request's IOPub messages. Returns its value, or null. */
    DisplayData runCell(ShellReplyEnvironment request, String code, int cellNumber, boolean allowStdin) throws Exception;

    /** A user_expression: its value, rendered; throws if it fails or is no expression. */
    DisplayData evaluateExpression(String expression) throws CellError;

    /** Documentation for a name, for a help cell such as {@code Math.abs?}; null if none. */
    String documentation(String name) throws CellError;

    /** The traceback lines for a failed cell. */
    List<String> formatError(Exception e);
}
