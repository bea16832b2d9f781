package dev.nonlinear.tensor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A small fixed set of daemon threads that share the rows of one large matrix product with the
 * calling thread, so a batched product uses every core.
 *
 * <p>Built for many short jobs (a training step is a few products of about a millisecond): a
 * worker spins briefly after each job before it parks, so the next product of the same batch
 * starts without the cost of waking a thread, and handing over a job allocates nothing. Only one
 * product at a time is split; a second thread calling in meanwhile simply computes on its own.
 */
final class Workers {
    /** How long an idle worker keeps spinning for the next job before it parks. */
    private static final long IDLE_SPIN_NANOS = 200_000;

    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();

    Workers(int threads) {
        workers = new Worker[Math.max(0, threads - 1)];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Worker("nonlinear-matmul-" + (w + 1));
            workers[w].start();
        }
    }

    /** Threads taking part in a split product, the caller included. */
    int threads() {
        return workers.length + 1;
    }

    /**
     * Computes rows [0, n) of the product described by the arguments, split into contiguous row
     * ranges (multiples of {@code align}) over the caller and the workers. Returns false, having
     * done nothing, when another thread is already using the workers.
     */
    boolean run(int kind, double[] a, int ars, int acs, double[] b, double[] c, int k, int m, int n,
                boolean accumulate, int align) {
        if (workers.length == 0 || !busy.compareAndSet(false, true)) {
            return false;
        }
        try {
            int parts = workers.length + 1;
            int blocks = (n + align - 1) / align;
            int callerEnd = Math.min(n, (blocks / parts + (blocks % parts > 0 ? 1 : 0)) * align);
            int from = callerEnd;
            for (int w = 0; w < workers.length; w++) {
                int part = w + 1;
                int share = blocks / parts + (part < blocks % parts ? 1 : 0);
                int to = Math.min(n, from + share * align);
                workers[w].post(kind, a, ars, acs, b, c, k, m, from, to, accumulate);
                from = to;
            }
            FastMath.kernel(kind, a, ars, acs, b, c, k, m, 0, callerEnd, accumulate);
            Throwable failure = null;
            for (Worker worker : workers) {
                Throwable t = worker.awaitDone();
                if (t != null && failure == null) {
                    failure = t;
                }
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return true;
        } finally {
            busy.set(false);
        }
    }

    private static final class Worker extends Thread {
        // The job: written by the caller before it bumps 'posted', read by this thread after.
        private int kind;
        private double[] a;
        private int ars;
        private int acs;
        private double[] b;
        private double[] c;
        private int k;
        private int m;
        private int from;
        private int to;
        private boolean accumulate;
        private Throwable failure;

        private volatile int posted;
        private volatile int done;
        private volatile Thread waiter;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        void post(int kind, double[] a, int ars, int acs, double[] b, double[] c, int k, int m, int from, int to,
                  boolean accumulate) {
            this.kind = kind;
            this.a = a;
            this.ars = ars;
            this.acs = acs;
            this.b = b;
            this.c = c;
            this.k = k;
            this.m = m;
            this.from = from;
            this.to = to;
            this.accumulate = accumulate;
            this.failure = null;
            posted = posted + 1;          // volatile write publishes the fields above
            LockSupport.unpark(this);
        }

        /** Waits until the posted job is done; returns what it threw, if anything. */
        Throwable awaitDone() {
            int expected = posted;
            long spinUntil = System.nanoTime() + 2 * IDLE_SPIN_NANOS;
            while (done != expected) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    waiter = Thread.currentThread();
                    if (done != expected) {
                        LockSupport.parkNanos(this, 50_000);
                    }
                    waiter = null;
                }
            }
            Throwable t = failure;
            a = null;                     // do not keep the caller's arrays alive
            b = null;
            c = null;
            return t;
        }

        @Override
        public void run() {
            int seen = 0;
            while (true) {
                long spinUntil = System.nanoTime() + IDLE_SPIN_NANOS;
                while (posted == seen) {
                    if (System.nanoTime() < spinUntil) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                }
                seen = posted;
                try {
                    FastMath.kernel(kind, a, ars, acs, b, c, k, m, from, to, accumulate);
                } catch (Throwable t) {
                    failure = t;
                }
                done = seen;              // volatile write publishes the result rows
                Thread w = waiter;
                if (w != null) {
                    LockSupport.unpark(w);
                }
            }
        }
    }
}
