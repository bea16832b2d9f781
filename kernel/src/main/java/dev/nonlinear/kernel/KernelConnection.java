package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.MessageContext;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

/**
 * basekernel's connection (the five ZeroMQ sockets), with every request answered through a
 * {@link KernelReplyEnvironment}, so that every reply carries the {@code status} the messaging
 * spec asks for, whichever handler (basekernel's or ours) wrote it.
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties properties;

    public KernelConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
    }

    /** The connection file's contents: connect_request answers with its ports. */
    public KernelConnectionProperties properties() {
        return properties;
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext request) {
        return new KernelReplyEnvironment(channel, stdin, iopub, request);
    }
}
