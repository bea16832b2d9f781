package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import org.zeromq.ZMQ;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the shell socket in place of basekernel's loop, which handled each request on the thread
 * that reads the socket: while a cell ran, nothing else was read, so a slider moved during a
 * training loop would only reach the kernel after the loop. Here one thread reads, and each
 * request runs on one of two lanes (single threads, in arrival order):
 * <ul>
 * <li>{@code comm}: comm_open, comm_msg, comm_close and comm_info_request, also while a cell runs;
 *     the comm callbacks of library code run on this thread too ({@link KernelComms});
 * <li>{@code shell-requests}: everything else, one after the other as before, execute_request
 *     (the cell itself) included.
 * </ul>
 * ZeroMQ sockets are not thread-safe: basekernel's {@code readMessage} and {@code sendMessage} lock
 * the socket, and so does the reader's readiness check, so replies sent from the lanes never meet a
 * read. The reader polls without blocking under that lock and naps briefly when the socket is empty.
 */
final class ShellDispatch {
    private static final Logger LOG = Logger.getLogger("ShellChannel");
    private static final long NAP_MILLIS = 2;
    private static final Set<String> COMM_TYPES = Set.of(
            MessageType.COMM_OPEN_COMMAND.getName(), MessageType.COMM_MSG_COMMAND.getName(),
            MessageType.COMM_CLOSE_COMMAND.getName(), MessageType.COMM_INFO_REQUEST.getName());

    private final JupyterConnection connection;
    private final ShellChannel shell;
    private final ExecutorService commLane;
    private final ExecutorService requestLane = Executors.newSingleThreadExecutor(DaemonThreads.named("shell-requests"));
    private final Thread reader = new Thread(this::read, "shell-reader");
    private volatile boolean running = true;

    ShellDispatch(JupyterConnection connection, ShellChannel shell, ExecutorService commLane) {
        this.connection = connection;
        this.shell = shell;
        this.commLane = commLane;
        reader.setDaemon(true);
    }

    /** Binds the shell socket to {@code address} and starts reading. */
    void start(String address) {
        shell.bind(address);
        reader.start();
    }

    /** Stops reading (the lanes finish what they run); safe to call more than once. */
    void stop() {
        running = false;
        requestLane.shutdown();
        commLane.shutdown();
        if (Thread.currentThread() != reader) {
            awaitStop();
        }
    }

    void awaitStop() {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        while (running) {
            Message<?> message = null;
            try {
                synchronized (shell) {
                    if ((shell.getEvents() & ZMQ.Poller.POLLIN) != 0) {
                        message = shell.readMessage();
                    }
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.SEVERE, "could not read a shell message", e);
            }
            if (message != null) {
                dispatch(message);
            } else {
                nap();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(Message message) {
        MessageType<?> type = message.getHeader().getType();
        ShellHandler handler = connection.getHandler(type);
        if (handler == null) {
            LOG.severe("Unhandled message: " + type.getName());
            return;
        }
        ExecutorService lane = COMM_TYPES.contains(type.getName()) ? commLane : requestLane;
        try {
            lane.execute(() -> handle(handler, message));
        } catch (RuntimeException e) { // shutting down: the lanes take no more work
            LOG.info("dropped " + type.getName() + " while shutting down");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(ShellHandler handler, Message message) {
        ShellReplyEnvironment env = connection.prepareReplyEnv(shell, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Unhandled exception handling " + message.getHeader().getType().getName(), e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    private void nap() {
        try {
            Thread.sleep(NAP_MILLIS);
        } catch (InterruptedException e) {
            running = false;
        }
    }
}
