package dev.nonlinear.display;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The comms of one kernel: the registered targets, the open comms, and the two directions of
 * traffic. A kernel makes one with its {@link Wire} (how messages leave) and its comm thread, hands
 * it to {@link Comms#install}, and calls {@link #opened}, {@link #received} and {@link #closed} for
 * the comm_open, comm_msg and comm_close messages that come in (on that thread). Everything
 * Jupyter-specific — sockets, JSON, parent headers — stays in the kernel; this is plain Java, so
 * the bookkeeping is tested without one.
 */
public final class CommHub {

    /** How messages reach the front end: comm_open, comm_msg, comm_close on IOPub. */
    public interface Wire {
        void open(Comm comm, CommMessage message);

        void send(Comm comm, CommMessage message);

        void close(Comm comm, CommMessage message);
    }

    private final Wire wire;
    private final Executor commThread;
    private final Map<String, CommTarget> targets = new ConcurrentHashMap<>();
    private final Map<String, Comm> comms = new ConcurrentHashMap<>();
    private final List<Consumer<String>> infoListeners = new CopyOnWriteArrayList<>();

    /** @param commThread runs callbacks that are not already on it (one thread, in order) */
    public CommHub(Wire wire, Executor commThread) {
        this.wire = wire;
        this.commThread = commThread;
    }

    void registerTarget(String targetName, CommTarget target) {
        targets.put(targetName, target);
    }

    void unregisterTarget(String targetName) {
        targets.remove(targetName);
    }

    /** Opens a comm from the kernel to the front end's target (a comm_open). */
    Comm open(String targetName, CommMessage message) {
        Comm comm = new Comm(this, UUID.randomUUID().toString(), targetName);
        comms.put(comm.id(), comm);
        wire.open(comm, message);
        return comm;
    }

    /**
     * The front end opened comm {@code id} to {@code targetName}. Returns false if no such target
     * is registered: the kernel then answers with comm_close, as the messaging spec asks. If the
     * target's handler throws, the comm is closed again.
     */
    public boolean opened(String id, String targetName, CommMessage message) {
        CommTarget target = targets.get(targetName);
        if (target == null) {
            return false;
        }
        Comm comm = new Comm(this, id, targetName);
        comms.put(id, comm);
        if (!guarded("the comm target " + targetName, () -> target.opened(comm, message))) {
            comm.close();
        }
        return true;
    }

    /** A comm_msg from the front end; messages to unknown or closed comms are dropped. */
    public void received(String id, CommMessage message) {
        Comm comm = comms.get(id);
        if (comm != null) {
            comm.received(message);
        }
    }

    /** The front end closed comm {@code id}. */
    public void closed(String id, CommMessage message) {
        Comm comm = comms.remove(id);
        if (comm != null) {
            comm.closedByFrontEnd(message);
        }
    }

    /**
     * The front end asked which comms are open (a comm_info_request), for {@code targetName} or
     * (null) all. Widget front ends ask at start-up, which is how the widget library tells them apart.
     */
    public void infoRequested(String targetName) {
        for (Consumer<String> listener : infoListeners) {
            guarded("a comm_info listener", () -> listener.accept(targetName));
        }
    }

    void onInfoRequest(Consumer<String> listener) {
        infoListeners.add(listener);
    }

    /** The open comms, id to target name; only those of {@code targetName} unless it is null. */
    public Map<String, String> openComms(String targetName) {
        Map<String, String> open = new LinkedHashMap<>();
        comms.forEach((id, comm) -> {
            if (targetName == null || targetName.equals(comm.targetName())) {
                open.put(id, comm.targetName());
            }
        });
        return open;
    }

    Wire wire() {
        return wire;
    }

    /** Forgets a comm the kernel closes; false if it was closed already. */
    boolean forget(Comm comm) {
        return comms.remove(comm.id(), comm);
    }

    void onCommThread(Runnable callback) {
        commThread.execute(callback);
    }

    /**
     * Runs learner or library code. A failing callback must not take the comm thread down; it
     * is reported on System.err, which is the running cell's output when a cell runs.
     */
    boolean guarded(String what, Runnable callback) {
        try {
            callback.run();
            return true;
        } catch (RuntimeException | Error e) {
            System.err.println("Exception in " + what + ": " + e);
            e.printStackTrace();
            return false;
        }
    }
}
