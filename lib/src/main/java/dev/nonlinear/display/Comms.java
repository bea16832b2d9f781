package dev.nonlinear.display;

import java.util.Map;

/**
 * Jupyter comms for library code (a widget package): two-way messages between Java running in
 * the kernel and components in the notebook's front end.
 *
 * <pre>{@code
 * Comms.registerTarget("my.target", (comm, open) -> {        // the front end opens a comm
 *     comm.onMessage(message -> comm.send(Map.of("echo", message.data())));
 * });
 * Comm comm = Comms.open("jupyter.widget", Map.of("state", state));   // the kernel opens one
 * comm.onMessage(message -> learningRate = (Double) message.data().get("value"));
 * comm.send(Map.of("method", "update"));
 * comm.close();
 * }</pre>
 *
 * <p><b>Threads.</b> The Nonlinear kernel reads incoming comm messages as they arrive, also while a
 * cell runs, and runs every callback ({@link CommTarget}s, {@link Comm#onMessage},
 * {@link Comm#onClose}) on one thread of its own, the comm thread, one at a time and in order.
 * So a slider can change a value that a training loop in the running cell reads: make such a
 * field {@code volatile} (or atomic). {@code send}, {@code open} and {@code close} may be called
 * from any thread. What a callback prints goes to the running cell's output, if one runs.
 *
 * <p>The kernel installs its {@link CommHub} at start-up. Without one (a plain JUnit test, a
 * {@code main} method, cells run in the grader's sandbox) {@link #isAvailable()} is false and
 * widgets should fall back to static output.
 */
public final class Comms {
    private static volatile CommHub hub;

    private Comms() {
    }

    /** Called by a kernel at start-up: from now on comms go through {@code kernelHub}. */
    public static void install(CommHub kernelHub) {
        hub = kernelHub;
    }

    public static void uninstall() {
        hub = null;
    }

    /** True when a kernel with comms is running this code. */
    public static boolean isAvailable() {
        return hub != null;
    }

    /**
     * From now on a comm_open from the front end to {@code targetName} runs {@code target}
     * (replacing any target of that name). Without a kernel nothing can open it, and this does nothing.
     */
    public static void registerTarget(String targetName, CommTarget target) {
        CommHub current = hub;
        if (current != null) {
            current.registerTarget(targetName, target);
        }
    }

    /** Comms the front end opens to {@code targetName} from now on are closed again at once. */
    public static void unregisterTarget(String targetName) {
        CommHub current = hub;
        if (current != null) {
            current.unregisterTarget(targetName);
        }
    }

    /**
     * From now on {@code listener} hears the target name of every comm_info_request (null when the
     * front end asked for all comms). Without a kernel nothing asks, and this does nothing.
     */
    public static void onInfoRequest(java.util.function.Consumer<String> listener) {
        CommHub current = hub;
        if (current != null) {
            current.onInfoRequest(listener);
        }
    }

    /** Opens a comm to the front end's target {@code targetName}, with {@code data} in the comm_open. */
    public static Comm open(String targetName, Map<String, ?> data) {
        return open(targetName, CommMessage.of(data));
    }

    /** Opens a comm with data, metadata and binary buffers in the comm_open. */
    public static Comm open(String targetName, CommMessage message) {
        CommHub current = hub;
        if (current == null) {
            throw new IllegalStateException("no Jupyter kernel with comms is running this code (check Comms.isAvailable())");
        }
        return current.open(targetName, message);
    }
}
