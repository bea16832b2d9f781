package dev.nonlinear.kernel;

import com.google.gson.JsonObject;
import dev.nonlinear.display.Comm;
import dev.nonlinear.display.CommHub;
import dev.nonlinear.display.CommMessage;
import dev.nonlinear.display.Comms;
import dev.nonlinear.widgets.FrontEnds;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import io.github.spencerpark.jupyter.messages.comm.CommOpenCommand;
import io.github.spencerpark.jupyter.messages.request.CommInfoRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Jupyter comms for the library's {@link CommHub}: the comm_open, comm_msg, comm_close and
 * comm_info_request handlers (run on the comm thread by {@link ShellDispatch}), and the
 * {@link CommHub.Wire} that publishes the kernel's own comm messages on IOPub.
 *
 * <p>The parent header of an outgoing message tells front ends where it belongs: during a cell it
 * is the cell's execute_request (so output a callback causes lands under that cell); otherwise the
 * comm's last message from the front end; a comm the kernel opened and never heard from has none.
 * basekernel's own comm manager is replaced: it sent without parents and was not thread-safe.
 */
final class KernelComms implements CommHub.Wire {
    /** Stands for "opened by the kernel, nothing heard yet" (the map takes no nulls). */
    private static final MessageContext NO_MESSAGE = new Message<>(null, MessageType.UNKNOWN, null);

    private final CommHub hub;
    private final Supplier<MessageContext> runningCell;
    private final Map<String, MessageContext> lastFromFrontEnd = new ConcurrentHashMap<>();
    private volatile JupyterSocket iopub;

    /** @param runningCell the execute_request of the cell running now, or null between cells */
    KernelComms(Executor commThread, Supplier<MessageContext> runningCell) {
        this.hub = new CommHub(this, commThread);
        this.runningCell = runningCell;
    }

    /** Handles the connection's comm messages and makes {@link Comms} work for library code. */
    void install(JupyterConnection connection) {
        iopub = connection.getIOPub();
        connection.setHandler(MessageType.COMM_OPEN_COMMAND, this::open);
        connection.setHandler(MessageType.COMM_MSG_COMMAND, this::message);
        connection.setHandler(MessageType.COMM_CLOSE_COMMAND, this::close);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, this::info);
        Comms.install(hub);
        FrontEnds.listen(); // widget front ends announce themselves as soon as a notebook connects
    }

    CommHub hub() {
        return hub;
    }

    // ----------------------------------------------------------------------------------------
    // From the front end (on the comm thread)

    private void open(ShellReplyEnvironment env, Message<CommOpenCommand> request) {
        env.setBusyDeferIdle();
        CommOpenCommand open = request.getContent();
        lastFromFrontEnd.put(open.getCommID(), request);
        if (!hub.opened(open.getCommID(), open.getTargetName(), received(request, open.getData()))) {
            // No such target: the spec's answer is to close the comm at once.
            lastFromFrontEnd.remove(open.getCommID());
            env.publish(new CommCloseCommand(open.getCommID(), new JsonObject()));
        }
    }

    private void message(ShellReplyEnvironment env, Message<CommMsgCommand> request) {
        env.setBusyDeferIdle();
        String id = request.getContent().getCommID();
        lastFromFrontEnd.computeIfPresent(id, (key, last) -> request);
        hub.received(id, received(request, request.getContent().getData()));
    }

    private void close(ShellReplyEnvironment env, Message<CommCloseCommand> request) {
        env.setBusyDeferIdle();
        String id = request.getContent().getCommID();
        lastFromFrontEnd.remove(id);
        hub.closed(id, received(request, request.getContent().getData()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void info(ShellReplyEnvironment env, Message<CommInfoRequest> request) {
        env.setBusyDeferIdle();
        Map<String, Object> comms = new LinkedHashMap<>();
        hub.openComms(request.getContent().getTargetName())
                .forEach((id, target) -> comms.put(id, Map.of("target_name", target)));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("status", "ok");
        content.put("comms", comms);
        env.reply(new Message(request, MessageType.COMM_INFO_REPLY, content));
        hub.infoRequested(request.getContent().getTargetName());
    }

    private static CommMessage received(Message<?> message, JsonObject data) {
        return new CommMessage(JsonValues.toMap(data), message.getMetadata(), message.getBlobs());
    }

    // ----------------------------------------------------------------------------------------
    // To the front end (any thread)

    @Override
    public void open(Comm comm, CommMessage message) {
        lastFromFrontEnd.put(comm.id(), NO_MESSAGE); // known from now on, parent header to come
        Map<String, Object> content = content(comm, message);
        content.put("target_name", comm.targetName());
        publish(comm, MessageType.COMM_OPEN_COMMAND, content, message);
    }

    @Override
    public void send(Comm comm, CommMessage message) {
        publish(comm, MessageType.COMM_MSG_COMMAND, content(comm, message), message);
    }

    @Override
    public void close(Comm comm, CommMessage message) {
        publish(comm, MessageType.COMM_CLOSE_COMMAND, content(comm, message), message);
        lastFromFrontEnd.remove(comm.id());
    }

    private static Map<String, Object> content(Comm comm, CommMessage message) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("comm_id", comm.id());
        content.put("data", message.data());
        return content;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void publish(Comm comm, MessageType<?> type, Map<String, Object> content, CommMessage message) {
        JupyterSocket out = iopub;
        if (out == null) {
            return;
        }
        MessageContext parent = runningCell.get();
        if (parent == null) {
            parent = lastFromFrontEnd.get(comm.id());
        }
        if (parent == NO_MESSAGE) {
            parent = null;
        }
        out.sendMessage(new Message(parent, type, content,
                message.buffers().isEmpty() ? null : message.buffers(), message.metadata()));
    }
}
