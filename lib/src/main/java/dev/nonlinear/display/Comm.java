package dev.nonlinear.display;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One end of a Jupyter comm: a two-way channel between kernel code and one front-end component
 * (a widget's model, say), named by its {@link #id()}. Opened by the kernel with
 * {@link Comms#open} or by the front end to a {@link CommTarget}; either side may close it.
 *
 * <p>Messages from the front end go to the {@link #onMessage} handler on the kernel's comm thread,
 * one at a time, in the order they came (see {@link Comms} for the threads). A message that
 * arrives before a handler is set is kept and handed to the handler once it is, so
 * {@code Comms.open(...)} followed by {@code onMessage(...)} loses nothing.
 */
public final class Comm {
    private final CommHub hub;
    private final String id;
    private final String targetName;
    private final Deque<CommMessage> pending = new ArrayDeque<>(); // guarded by this
    private Consumer<CommMessage> onMessage;                          // guarded by this
    private Consumer<CommMessage> onClose;                            // guarded by this
    private CommMessage closedWith;                                   // the front end's comm_close
    private volatile boolean open = true;

    Comm(CommHub hub, String id, String targetName) {
        this.hub = hub;
        this.id = id;
        this.targetName = targetName;
    }

    public String id() {
        return id;
    }

    public String targetName() {
        return targetName;
    }

    /** False once either side closed it. */
    public boolean isOpen() {
        return open;
    }

    /** Sends {@code data} to the front end's end of the comm (a comm_msg). */
    public void send(Map<String, ?> data) {
        send(CommMessage.of(data));
    }

    /** Sends data, metadata and binary buffers (a comm_msg). */
    public void send(CommMessage message) {
        if (!open) {
            throw new IllegalStateException("comm " + id + " (" + targetName + ") is closed");
        }
        hub.wire().send(this, message);
    }

    /** Closes both ends (a comm_close); closing a closed comm does nothing. */
    public void close() {
        close(CommMessage.of(Map.of()));
    }

    /** Closes both ends, with data for the front end's close handler. */
    public void close(CommMessage message) {
        if (hub.forget(this)) {
            open = false;
            hub.wire().close(this, message);
        }
    }

    /** Sets what runs for each message from the front end (replacing the handler set before). */
    public Comm onMessage(Consumer<CommMessage> handler) {
        synchronized (this) {
            onMessage = handler;
        }
        hub.onCommThread(this::deliverPending);
        return this;
    }

    /** Sets what runs when the front end closes the comm (not when the kernel does). */
    public Comm onClose(Consumer<CommMessage> handler) {
        CommMessage alreadyClosed;
        synchronized (this) {
            onClose = handler;
            alreadyClosed = closedWith;
        }
        if (alreadyClosed != null && handler != null) {
            hub.onCommThread(() -> handler.accept(alreadyClosed));
        }
        return this;
    }

    /** A comm_msg from the front end; called on the comm thread. */
    void received(CommMessage message) {
        synchronized (this) {
            pending.add(message);
        }
        deliverPending();
    }

    /** The front end's comm_close; called on the comm thread. */
    void closedByFrontEnd(CommMessage message) {
        open = false;
        deliverPending();
        Consumer<CommMessage> handler;
        synchronized (this) {
            closedWith = message;
            handler = onClose;
        }
        if (handler != null) {
            hub.guarded("onClose of comm " + id, () -> handler.accept(message));
        }
    }

    // Only ever runs on the comm thread, so messages reach the handler one at a time and in order.
    private void deliverPending() {
        while (true) {
            Consumer<CommMessage> handler;
            CommMessage message;
            synchronized (this) {
                handler = onMessage;
                if (handler == null || pending.isEmpty()) {
                    return;
                }
                message = pending.poll();
            }
            hub.guarded("onMessage of comm " + id, () -> handler.accept(message));
        }
    }

    @Override
    public String toString() {
        return "Comm " + id + " (" + targetName + (open ? ")" : ", closed)");
    }
}
