package dev.nonlinear.tensor;

/**
 * The one place where speed matters more than readability: the matrix products of training.
 * {@link Matrix#matmulReference} is the plain triple loop a learner reads; the tests check that
 * every product here agrees with it.
 *
 * <p>Three products cover a dense layer without ever building a transposed copy:
 * <ul>
 *   <li>{@link #matmul}: {@code out = a·b}, the forward pass {@code x·W};</li>
 *   <li>{@link #matmulTransposeA}: {@code out (+)= aᵀ·b}, the weight gradient {@code xᵀ·g};</li>
 *   <li>{@link #matmulTransposeB}: {@code out = a·bᵀ}, the input gradient {@code g·Wᵀ}.</li>
 * </ul>
 *
 * <p>How they are computed:
 * <ul>
 *   <li>With the JVM flag {@code --add-modules jdk.incubator.vector}, by {@link VectorKernels}
 *       (SIMD through the JDK Vector API). Without it — a notebook kernel started without the
 *       flag — by {@link ScalarKernels}, slower but the same results. {@link #backend()} says which;
 *       the choice is made once, when this class loads.</li>
 *   <li>Products of at least {@link #PARALLEL_MIN_WORK} multiply-adds are split by rows over all
 *       cores ({@link Workers}); smaller ones, such as everything with a batch of one sample, run
 *       on the calling thread so they never pay for the hand-over.</li>
 * </ul>
 * System properties: {@code -Dnonlinear.threads=1} turns the splitting off,
 * {@code -Dnonlinear.vector=false} forces the scalar kernels.
 */
public final class FastMath {
    /** Products smaller than this many multiply-adds are not split over threads. */
    public static final long PARALLEL_MIN_WORK = 1 << 17;

    static final int KIND_A_B = 0;
    static final int KIND_AT_B = 1;
    static final int KIND_A_BT = 2;

    private static final boolean VECTOR = vectorApiUsable();
    private static final Workers WORKERS = new Workers(threadCount());

    private FastMath() {
    }

    /** {@code out = a · b}: (n × k) · (k × m) into the n × m matrix {@code out}. */
    public static void matmul(Matrix a, Matrix b, Matrix out) {
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("cannot multiply " + a.shape() + " by " + b.shape()
                    + ": inner sizes " + a.cols() + " and " + b.rows() + " differ");
        }
        requireOutput(out, a.rows(), b.cols(), a, b, "a·b");
        run(KIND_A_B, a.data(), a.cols(), 1, b.data(), out.data(), a.cols(), b.cols(), a.rows(), false);
    }

    /**
     * {@code out = aᵀ · b}, or {@code out += aᵀ · b} when {@code accumulate}: (k × n)ᵀ · (k × m)
     * into n × m, reading {@code a} column by column instead of transposing it.
     */
    public static void matmulTransposeA(Matrix a, Matrix b, Matrix out, boolean accumulate) {
        if (a.rows() != b.rows()) {
            throw new IllegalArgumentException("cannot multiply the transpose of " + a.shape() + " by " + b.shape()
                    + ": row counts " + a.rows() + " and " + b.rows() + " differ");
        }
        requireOutput(out, a.cols(), b.cols(), a, b, "aᵀ·b");
        run(KIND_AT_B, a.data(), 1, a.cols(), b.data(), out.data(), a.rows(), b.cols(), a.cols(), accumulate);
    }

    /** {@code out = a · bᵀ}: (n × k) · (m × k)ᵀ into n × m, as dot products of rows. */
    public static void matmulTransposeB(Matrix a, Matrix b, Matrix out) {
        if (a.cols() != b.cols()) {
            throw new IllegalArgumentException("cannot multiply " + a.shape() + " by the transpose of " + b.shape()
                    + ": column counts " + a.cols() + " and " + b.cols() + " differ");
        }
        requireOutput(out, a.rows(), b.rows(), a, b, "a·bᵀ");
        run(KIND_A_BT, a.data(), a.cols(), 1, b.data(), out.data(), a.cols(), b.rows(), a.rows(), false);
    }

    /** "vector (4 × 64-bit lanes)" when the Vector API kernels are in use, else "scalar". */
    public static String backend() {
        return VECTOR ? "vector (" + VectorKernels.LANES + " × 64-bit lanes)" : "scalar";
    }

    /** True when the JDK Vector API kernels are in use. */
    public static boolean vectorized() {
        return VECTOR;
    }

    /** Threads that share a large product (1 means no splitting). */
    public static int threads() {
        return WORKERS.threads();
    }

    private static void requireOutput(Matrix out, int rows, int cols, Matrix a, Matrix b, String product) {
        if (out.rows() != rows || out.cols() != cols) {
            throw new IllegalArgumentException("output " + out.shape() + " cannot hold " + product + " of "
                    + a.shape() + " and " + b.shape() + ": expected " + rows + "x" + cols);
        }
        if (out.data() == a.data() || out.data() == b.data()) {
            throw new IllegalArgumentException("the output of " + product + " must not be one of its inputs");
        }
    }

    /** Splits rows [0, n) over the workers when the product is large enough, else computes it here. */
    private static void run(int kind, double[] a, int ars, int acs, double[] b, double[] c, int k, int m, int n,
                            boolean accumulate) {
        long work = (long) n * m * Math.max(k, 1);
        if (work >= PARALLEL_MIN_WORK && n >= 8
                && WORKERS.run(kind, a, ars, acs, b, c, k, m, n, accumulate, 4)) {
            return;
        }
        kernel(kind, a, ars, acs, b, c, k, m, 0, n, accumulate);
    }

    /** Rows [i0, i1) of one product, on the current thread. */
    static void kernel(int kind, double[] a, int ars, int acs, double[] b, double[] c, int k, int m, int i0, int i1,
                       boolean accumulate) {
        if (VECTOR) {
            if (kind == KIND_A_BT) {
                VectorKernels.gemmTransposeB(a, b, c, k, m, i0, i1, accumulate);
            } else {
                VectorKernels.gemm(a, ars, acs, b, c, k, m, i0, i1, accumulate);
            }
        } else {
            scalarKernel(kind, a, ars, acs, b, c, k, m, i0, i1, accumulate);
        }
    }

    /** The fallback kernels; package-private so the tests can compare them with the vector ones. */
    static void scalarKernel(int kind, double[] a, int ars, int acs, double[] b, double[] c, int k, int m, int i0,
                             int i1, boolean accumulate) {
        if (kind == KIND_A_BT) {
            ScalarKernels.gemmTransposeB(a, b, c, k, m, i0, i1, accumulate);
        } else {
            ScalarKernels.gemm(a, ars, acs, b, c, k, m, i0, i1, accumulate);
        }
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
            VectorKernels.gemm(new double[]{2}, 1, 1, new double[]{3}, c, 1, 1, 0, 1, false);
            return c[0] == 6;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

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
