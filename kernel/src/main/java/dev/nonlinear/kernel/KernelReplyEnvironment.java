package dev.nonlinear.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.kernel.ExpressionValue;
import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.adapters.ExpressionValueAdapter;
import io.github.spencerpark.jupyter.messages.adapters.HistoryEntryAdapter;

import java.util.Map;

/**
 * Where the handling of one request sends its messages. The messaging spec (5.1+) wants a
 * {@code "status"} in every reply; basekernel leaves it out of kernel_info_reply, comm_info_reply,
 * shutdown_reply and interrupt_reply, and jupyter_client's validators reject those. Every reply
 * passes through {@link #reply(Message)}, so it is added here once, for all of them.
 */
final class KernelReplyEnvironment extends ShellReplyEnvironment {
    // Turns a reply's content into JSON the way basekernel's socket would.
    private static final Gson CONTENT = new GsonBuilder()
            .registerTypeAdapter(HistoryEntry.class, HistoryEntryAdapter.INSTANCE)
            .registerTypeAdapter(ExpressionValue.class, ExpressionValueAdapter.INSTANCE)
            .create();

    KernelReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub, MessageContext request) {
        super(shell, stdin, iopub, request);
    }

    @Override
    public void reply(Message<?> message) {
        super.reply(withStatus(message));
    }

    /** The message itself when its content has a status; otherwise a copy with {@code "status": "ok"}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Message<?> withStatus(Message<?> message) {
        if (message.getContent() instanceof Map && ((Map<?, ?>) message.getContent()).containsKey("status")) {
            return message; // our own handlers' replies: no need to look inside
        }
        JsonElement content = CONTENT.toJsonTree(message.getContent());
        if (!content.isJsonObject() || content.getAsJsonObject().has("status")) {
            return message;
        }
        JsonObject withStatus = content.getAsJsonObject().deepCopy();
        withStatus.addProperty("status", "ok");
        return new Message(message.getIdentities(), message.getHeader(), message.getParentHeader(),
                message.getMetadata(), withStatus, message.getBlobs());
    }
}
