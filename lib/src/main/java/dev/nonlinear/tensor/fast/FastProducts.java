package dev.nonlinear.tensor.fast;

/**
 * The fast matrix products of training, on flat arrays: the one place where speed matters more
 * than readability. The teaching code reaches this package only through
 * {@code dev.nonlinear.tensor.Products}; the plain loops in {@code Matrix} say what every product
 * here computes, and the tests check that both agree.
 *
 * <p>{@link #compute} runs one {@link Product}:
 * <ul>
 *   <li>with the JVM flag {@code --add-modules jdk.incubator.vector}, on {@link VectorKernels}
 *       (SIMD through the JDK Vector API); without it — a notebook kernel started without the flag —
 *       on {@link ScalarKernels}, slower but the same sums. {@link #backend()} says which; the
 *       choice is made once, when this class loads;</li>
 *   <li>products of at least {@link #PARALLEL_MIN_WORK} multiply-adds are split by rows over the
 *       cores; smaller ones, such as everything with a batch of one sample, run on the calling
 *       thread so they never pay for the hand-over.</li>
 * </ul>
 * System properties: {@code -Dnonlinear.threads=1} turns the splitting off,
 * {@code -Dnonlinear.vector=false} forces the scalar kernels.
 *
 * <p>The split runs on {@link Workers}; its class comment says why not a parallel stream.
 */
public final class FastProducts {
    /** Products smaller than this many multiply-adds are not split over threads. */
    public static final long PARALLEL_MIN_WORK = 1 << 17;
    /** Chunks of rows are multiples of the kernels' 4-row tile, so no chunk ends in a ragged tile. */
    private static final int ROW_ALIGN = 4;

    private static final boolean VECTOR = vectorApiUsable();
    private static final int THREADS = threadCount();
    private static final Workers WORKERS = new Workers(THREADS, FastProducts::computeRows);

    private FastProducts() {
    }

    /** Computes the product, split over the cores when it is large enough. */
    public static void compute(Product p) {
        if (worthSplitting(p)) {
            computeInParallel(p);
        } else {
            computeRows(p, 0, p.rows());
        }
    }

    /**
     * The one place that decides whether to split: not with a single thread (no worker to share
     * with), and not for small products (every product of a batch of one), where a hand-over would
     * cost more than it saves.
     */
    private static boolean worthSplitting(Product p) {
        return THREADS > 1 && p.rows() >= 2 * ROW_ALIGN && p.multiplyAdds() >= PARALLEL_MIN_WORK;
    }

    /**
     * Shares the rows with the {@link Workers} in chunks of whole multiples of 4 rows, each writing
     * only its own rows of C; when another thread is using the workers, computes them alone.
     */
    private static void computeInParallel(Product p) {
        if (!WORKERS.run(p, ROW_ALIGN)) {
            computeRows(p, 0, p.rows());
        }
    }

    /** Rows {@code [fromRow, toRow)} of the product, on the current thread. */
    static void computeRows(Product p, int fromRow, int toRow) {
        if (VECTOR) {
            VectorKernels.compute(p, fromRow, toRow);
        } else {
            ScalarKernels.compute(p, fromRow, toRow);
        }
    }

    /** "vector (4 × 64-bit lanes)" when the Vector API kernels are in use, else "scalar". */
    public static String backend() {
        return VECTOR ? "vector (" + VectorKernels.LANES + " × 64-bit lanes)" : "scalar";
    }

    /** True when the JDK Vector API kernels are in use. */
    public static boolean vectorized() {
        return VECTOR;
    }

    /** Threads that share a large product, the caller included (1 means no splitting). */
    public static int threads() {
        return THREADS;
    }

    /**
     * True when {@code jdk.incubator.vector} is in the boot layer and its kernels run. Checked by
     * module lookup first, so {@link VectorKernels} is never even loaded when the module is absent.
     */
    private static boolean vectorApiUsable() {
        if ("false".equalsIgnoreCase(System.getProperty("nonlinear.vector", "true").trim())) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            // A tiny product through the vector kernels proves the classes link and compute.
            double[] c = new double[1];
            VectorKernels.compute(Product.of(Product.Kind.A_B, new double[]{2}, new double[]{3}, c, 1, 1, 1), 0, 1);
            return c[0] == 6;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** All cores up to 8 (the workers plus the caller), or {@code -Dnonlinear.threads}. */
    private static int threadCount() {
        int cores = Runtime.getRuntime().availableProcessors();
        String configured = System.getProperty("nonlinear.threads");
        if (configured != null) {
            try {
                return Math.max(1, Math.min(cores, Integer.parseInt(configured.trim())));
            } catch (NumberFormatException e) {
                // fall back to all cores
            }
        }
        return Math.max(1, Math.min(cores, 8));
    }
}
