package dev.nonlinear.display;

/**
 * What runs when the front end opens a comm to a target registered with
 * {@link Comms#registerTarget}: it gets the new comm and the data the front end opened it with,
 * and usually sets {@link Comm#onMessage} and {@link Comm#onClose}. Runs on the kernel's comm
 * thread (see {@link Comms}). If it throws, the comm is closed again.
 */
@FunctionalInterface
public interface CommTarget {
    void opened(Comm comm, CommMessage openMessage);
}
