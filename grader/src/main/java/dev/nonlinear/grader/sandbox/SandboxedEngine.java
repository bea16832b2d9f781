package dev.nonlinear.grader.sandbox;

import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * JShell's execution engine for grading: snippets are compiled here, in the kernel, and run in a
 * {@link SandboxAgent} JVM started inside a {@link Sandbox}. Nothing the submission does can reach
 * this JVM: the kernel that reports results to the grader shares no memory, no classes, no files
 * and no process namespace with it.
 *
 * <p>If the agent ends (System.exit, out of memory, killed), this kernel ends too, so that the
 * grader sees "kernel died" exactly as it would for a kernel running the code itself.
 */
public final class SandboxedEngine implements ExecutionControlProvider {
    private static final long CONNECT_SECONDS = 60;

    private final Sandbox sandbox;
    private final Path socketDir;
    private final Path log;

    /**
     * @param socketDir a folder that only the sandbox's user (and this kernel) can enter
     * @param log       where the sandbox's own output goes (JVM start-up errors), outside its reach
     */
    public SandboxedEngine(Sandbox sandbox, Path socketDir, Path log) {
        this.sandbox = sandbox;
        this.socketDir = socketDir;
        this.log = log;
    }

    @Override
    public String name() {
        return "nonlinear-sandbox";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        Path socket = socketDir.resolve("agent.sock");
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        // The folder is the sandbox user's own (the grader made it so); the socket must be too.
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        AgentProcess agent = AgentProcess.start(sandbox.command(socket, AgentProcess.processesOfThisUser()), log);
        SocketChannel channel;
        try {
            CompletableFuture<SocketChannel> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.accept();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            CompletableFuture.anyOf(accepted, agent.exited()).get(CONNECT_SECONDS, TimeUnit.SECONDS);
            if (!accepted.isDone()) {
                throw new IOException("the sandbox ended before it connected: " + agent.logTail());
            }
            channel = accepted.get();
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            agent.kill();
            throw new IOException("the sandbox did not connect within " + CONNECT_SECONDS + " s: " + agent.logTail(), e);
        } finally {
            server.close();
            Files.deleteIfExists(socket); // connected: nobody else may connect
        }
        agent.exited().thenRun(() -> {
            System.err.println("nonlinear grading kernel: the submission's JVM ended: " + agent.logTail());
            Runtime.getRuntime().halt(3);
        });
        return Util.remoteInputOutput(ChannelStreams.input(channel), ChannelStreams.output(channel),
                Map.of("out", env.userOut(), "err", env.userErr()), Map.of("in", env.userIn()),
                (in, out) -> new StreamingExecutionControl(out, in) {
                    @Override
                    public void close() {
                        super.close();
                        agent.kill();
                    }
                });
    }
}
