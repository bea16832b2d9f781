package dev.nonlinear.grader.sandbox;

import jdk.jshell.execution.Util;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The JVM inside the sandbox that runs a submission's code: JShell's remote agent. The grading
 * kernel (another JVM, outside the sandbox) compiles each snippet and sends the class files here;
 * this JVM loads and runs them and sends back the value, the exception and what was printed.
 *
 * <p>It connects to the kernel through a Unix socket that the kernel bound inside the folder the
 * sandbox shares with it, and the kernel removes that socket once connected: code running here
 * has no way to open a second channel, and the one it has is held only by JShell's own objects.
 * System.out and System.err are JShell's multiplexed streams, so printing cannot forge replies.
 *
 * <pre>java ... dev.nonlinear.grader.sandbox.SandboxAgent SOCKET</pre>
 */
public final class SandboxAgent {
    private SandboxAgent() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SandboxAgent SOCKET");
            System.exit(2);
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(args[0]));
        InputStream in = ChannelStreams.input(channel);
        OutputStream out = ChannelStreams.output(channel);
        Map<String, Consumer<OutputStream>> outputs = Map.of(
                "out", stream -> System.setOut(new PrintStream(stream, true, StandardCharsets.UTF_8)),
                "err", stream -> System.setErr(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = Map.of("in", System::setIn);
        // Runs each snippet on this thread until the kernel closes the connection.
        Util.forwardExecutionControlAndIO(new AgentExecution(), in, out, outputs, inputs);
        System.exit(0);
    }
}
