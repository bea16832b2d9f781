package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * basekernel's connection (the five ZeroMQ sockets), with two changes: every request is answered
 * through a {@link KernelReplyEnvironment}, so that every reply carries the {@code status} the
 * messaging spec asks for, whichever handler (basekernel's or ours) wrote it; and the shell socket
 * is read by a {@link ShellDispatch}, so comm messages are handled while a cell runs.
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties properties;
    private final ExecutorService commThread = Executors.newSingleThreadExecutor(DaemonThreads.named("comm"));
    private volatile ShellDispatch dispatch;

    public KernelConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
    }

    /** The connection file's contents: connect_request answers with its ports. */
    public KernelConnectionProperties properties() {
        return properties;
    }

    /** The thread that handles comm messages and runs every comm callback. */
    ExecutorService commThread() {
        return commThread;
    }

    /** basekernel's connect, except that the shell socket is read by a {@link ShellDispatch}. */
    @Override
    public synchronized void connect() {
        if (dispatch != null) {
            return;
        }
        for (JupyterSocket socket : List.of(heartbeat, control, stdin, iopub)) {
            socket.bind(properties);
        }
        dispatch = new ShellDispatch(this, shell, commThread);
        dispatch.start(properties.getTransport() + "://" + properties.getIp() + ":" + properties.getShellPort());
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public void close() {
        ShellDispatch reader = dispatch;
        if (reader != null) {
            reader.stop(); // before the socket closes under it
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        ShellDispatch reader = dispatch;
        if (reader != null) {
            reader.awaitStop();
        }
        super.waitUntilClose();
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext request) {
        return new KernelReplyEnvironment(channel, stdin, iopub, request);
    }
}
