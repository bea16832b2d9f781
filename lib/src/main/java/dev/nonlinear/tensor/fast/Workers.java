package dev.nonlinear.tensor.fast;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A small fixed set of daemon threads that share the rows of one large matrix product with the
 * calling thread, so a batched product uses every core.
 *
 * <p>The rows are cut into a few chunks, and the caller and the workers take chunks from a shared
 * counter until none is left. The caller never waits for a worker that has not started: if the
 * other cores are busy (a shared machine), the caller simply computes every chunk itself, so the
 * split is never much slower than no split. Built for many short products (a training step is a
 * few products of about a millisecond): an idle worker spins briefly before it parks, so the next
 * product of the same batch starts without waking a thread, and handing over a product allocates
 * nothing. Only one product at a time is split; another thread calling in meanwhile computes on
 * its own.
 *
 * <p>Why not a parallel stream on the common ForkJoinPool: measured on this kit's benchmark
 * ({@code dev.nonlinear.bench.TrainingBenchmark}, 784-128-64-10, one epoch at batch 64, seconds;
 * 2026-12-07, 2-core AMD EPYC, AVX2, OpenJDK 17, an idle machine, 3 interleaved runs each):
 * <pre>
 *   the code before the fast package, with these workers    0.78–1.18    1.06–1.19 (a later run)
 *   the fast package, on a parallel stream                  1.06–1.39
 *   the fast package, with these workers                                 1.14–1.24 (same later run)
 * </pre>
 * Between the short products of a training step, waking a parked pool thread costs more than
 * spinning for 20 µs. On a machine busy with other work (load average 11–15) the stream won
 * (2.09 s against 4.76 s), because spinning then takes a core from someone else; the kit's
 * learners train on their own machines.
 */
final class Workers {
    /** Chunks per thread: more balance the load, fewer reread the shared matrix less often. */
    private static final int CHUNKS_PER_THREAD = 2;
    /** An idle worker spins this long for the next product, then yields the core until {@link #IDLE_YIELD_NANOS}... */
    private static final long IDLE_SPIN_NANOS = 20_000;
    /** ...then parks until it is woken. */
    private static final long IDLE_YIELD_NANOS = 200_000;

    /** What computes a range of rows on one thread: {@code FastProducts::computeRows}, handed in so this class does not call back into its caller. */
    @FunctionalInterface
    interface RowComputer {
        void compute(Product product, int fromRow, int toRow);
    }

    private final RowComputer rowComputer;
    private final Thread[] threads;
    private final AtomicBoolean busy = new AtomicBoolean();

    // The product being computed: written by the caller before it opens a generation.
    private Product product;
    private int n;
    private int align;
    private int blocks;
    private int chunks;

    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicInteger finishedChunks = new AtomicInteger();
    /** Workers between entering and leaving {@link #work()}; the fields above may change only at 0. */
    private final AtomicInteger inside = new AtomicInteger();
    /** The generation of the product open for workers to join, 0 when none. */
    private volatile int open;
    private int generation;
    private volatile Throwable failure;
    private volatile Thread waitingCaller;

    Workers(int threadCount, RowComputer rowComputer) {
        this.rowComputer = rowComputer;
        threads = new Thread[Math.max(0, threadCount - 1)];
        for (int w = 0; w < threads.length; w++) {
            threads[w] = new Thread(this::workerLoop, "nonlinear-matmul-" + (w + 1));
            threads[w].setDaemon(true);
            threads[w].start();
        }
    }

    /** Threads taking part in a split product, the caller included. */
    int threads() {
        return threads.length + 1;
    }

    /**
     * Computes every row of the product, in chunks of whole multiples of {@code align} rows shared
     * by the caller and the workers. Returns false, having done nothing, when another thread is
     * already using the workers. (Whether a product is worth splitting at all, e.g. with one core,
     * is {@link FastProducts}' decision.)
     */
    boolean run(Product product, int align) {
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        try {
            while (inside.get() != 0) {        // a worker still leaving the previous product
                Thread.onSpinWait();
            }
            this.product = product;
            this.n = product.rows();
            this.align = align;
            this.blocks = (n + align - 1) / align;
            this.chunks = Math.max(1, Math.min(blocks, CHUNKS_PER_THREAD * threads()));
            this.failure = null;
            nextChunk.set(0);
            finishedChunks.set(0);
            generation = generation == Integer.MAX_VALUE ? 1 : generation + 1;
            open = generation;                 // volatile write: publishes the fields above
            for (Thread t : threads) {
                LockSupport.unpark(t);
            }
            work();
            awaitAllChunks();
            open = 0;
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            } else if (t instanceof Error e) {
                throw e;
            } else if (t != null) {
                throw new IllegalStateException(t);
            }
            return true;
        } finally {
            open = 0;
            this.product = null;               // do not keep the caller's arrays alive
            busy.set(false);
        }
    }

    /** Takes chunks until none is left; run by the caller and by every worker that joined. */
    private void work() {
        int chunk;
        while ((chunk = nextChunk.getAndIncrement()) < chunks) {
            int from = Math.min(n, (int) ((long) chunk * blocks / chunks) * align);
            int to = Math.min(n, (int) ((long) (chunk + 1) * blocks / chunks) * align);
            try {
                rowComputer.compute(product, from, to);
            } catch (Throwable t) {
                failure = t;
            }
            if (finishedChunks.incrementAndGet() == chunks) {
                Thread w = waitingCaller;
                if (w != null) {
                    LockSupport.unpark(w);
                }
            }
        }
    }

    /** Waits for the chunks that workers took and are still computing. */
    private void awaitAllChunks() {
        long start = System.nanoTime();
        while (finishedChunks.get() < chunks) {
            long waited = System.nanoTime() - start;
            if (waited < IDLE_SPIN_NANOS) {
                Thread.onSpinWait();
            } else if (waited < IDLE_YIELD_NANOS) {
                Thread.yield();
            } else {
                waitingCaller = Thread.currentThread();
                if (finishedChunks.get() < chunks) {
                    LockSupport.parkNanos(this, 100_000);
                }
                waitingCaller = null;
            }
        }
    }

    private void workerLoop() {
        int seen = 0;
        while (true) {
            int g;
            long idleSince = System.nanoTime();
            while ((g = open) == 0 || g == seen) {
                long idle = System.nanoTime() - idleSince;
                if (idle < IDLE_SPIN_NANOS) {
                    Thread.onSpinWait();
                } else if (idle < IDLE_YIELD_NANOS) {
                    Thread.yield();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = g;
            inside.incrementAndGet();
            if (open == g) {                   // still the same product: the fields are valid
                work();
            }
            inside.decrementAndGet();
        }
    }
}
