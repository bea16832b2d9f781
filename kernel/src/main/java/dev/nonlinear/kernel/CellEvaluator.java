package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.io.InputStream;
import java.time.Duration;

/**
 * One cell from its start to its result: fresh streams and display ids, the time limit, the code
 * and magics ({@link MagicRunner}), and the value rendered for Jupyter ({@link CellDisplays}).
 * Remembers whether the last cell failed, for Run All to stop there ({@link StopOnError}).
 */
final class CellEvaluator {
    private final JavaSession session;
    private final CellStreams streams;
    private final CellDisplays displays;
    private final MagicRunner runner;
    private final Duration timeLimit;
    private volatile boolean lastCellFailed;

    /** @param timeLimit stop cells that run longer; null for no limit */
    CellEvaluator(JavaSession session, CellStreams streams, CellDisplays displays, MagicRunner runner, Duration timeLimit) {
        this.session = session;
        this.streams = streams;
        this.displays = displays;
        this.runner = runner;
        this.timeLimit = timeLimit;
    }

    /** Runs a cell with {@code stdin} as its System.in; returns what Jupyter shows as its result, or null. */
    DisplayData evaluate(String code, int cellNumber, InputStream stdin) throws CellError {
        session.awaitStart(); // JShell's start-up does not count against the cell's time limit
        streams.beginCell(stdin);
        displays.beginCell();
        lastCellFailed = true; // until the cell has run and its value is displayed
        session.beginCell(timeLimit);
        try {
            Object value = runner.runCell(code, "Cell In[" + cellNumber + "]");
            streams.flush(); // what the cell printed shows above its result
            DisplayData result = displays.result(value);
            lastCellFailed = false;
            return result;
        } finally {
            session.endCell();
            streams.endCell();
        }
    }

    /** A user_expression of an execute_request: its value, rendered; throws if it fails or is no expression. */
    DisplayData evaluateExpression(String expression) throws CellError {
        session.awaitStart();
        session.beginCell(timeLimit);
        try {
            DisplayData result = displays.result(session.run(expression, "user expression"));
            if (result == null) {
                throw new CellError.UncaughtException("not an expression: " + expression);
            }
            return result;
        } finally {
            session.endCell();
        }
    }

    boolean lastCellFailed() {
        return lastCellFailed;
    }
}
