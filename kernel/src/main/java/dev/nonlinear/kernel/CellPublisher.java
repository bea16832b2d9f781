package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterInputStream;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishClearOutput;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.publish.PublishUpdateDisplayData;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends what the running cell produces (printed text, displays, clear_output) to the notebook,
 * as IOPub messages that answer the cell's execute_request. Between cells there is no request to
 * answer, and output from leftover threads is dropped.
 */
final class CellPublisher {
    private volatile ShellReplyEnvironment env;

    /** From now on output belongs to this request. */
    void attach(ShellReplyEnvironment request) {
        env = request;
    }

    void detach() {
        env = null;
    }

    /** The execute_request of the running cell, or null between cells. */
    MessageContext request() {
        ShellReplyEnvironment current = env;
        return current == null ? null : current.getContext();
    }

    /** What {@code System.in} reads during the cell: the notebook's input box, or nothing if the client has none. */
    InputStream stdin(boolean allowStdin) {
        return new JupyterInputStream(StandardCharsets.UTF_8, env, allowStdin);
    }

    void stream(PublishStream.StreamType name, String text) {
        ShellReplyEnvironment current = env;
        if (current != null && !text.isEmpty()) {
            current.publish(new PublishStream(name, text));
        }
    }

    void display(DisplayData data) {
        ShellReplyEnvironment current = env;
        if (current != null) {
            current.publish(new PublishDisplayData(data));
        }
    }

    void updateDisplay(String displayId, DisplayData data) {
        ShellReplyEnvironment current = env;
        if (current != null) {
            data.setDisplayId(displayId);
            current.publish(new PublishUpdateDisplayData(data));
        }
    }

    /** @param wait clear only when the next output arrives (no flicker in animations) */
    void clearOutput(boolean wait) {
        ShellReplyEnvironment current = env;
        if (current != null) {
            current.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
        }
    }
}
