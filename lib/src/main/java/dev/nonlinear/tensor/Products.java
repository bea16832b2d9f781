package dev.nonlinear.tensor;

import dev.nonlinear.tensor.fast.FastProducts;
import dev.nonlinear.tensor.fast.Product;
import dev.nonlinear.tensor.fast.Product.Kind;

/**
 * THE SEAM between the readable code and the fast kernels: the three matrix products a dense
 * layer needs, written into a matrix the caller provides. This is the only class of the teaching
 * code that imports {@code dev.nonlinear.tensor.fast}; {@link Matrix} does not know that package.
 *
 * <p>Each product has two paths side by side behind one flag, {@link #useFastKernels}:
 * <ul>
 *   <li>fast (the default): blocked, vectorised kernels split over the cores
 *       ({@link FastProducts}), which MNIST training and the benchmarks need;</li>
 *   <li>plain: the textbook loops of {@link Matrix#matmul}, {@link Matrix#matmulTransposeA} and
 *       {@link Matrix#matmulTransposeB}, copied into the output. Slower, and it allocates, but
 *       it is the code a learner reads, and training gives the same results up to rounding.</li>
 * </ul>
 * Why the layers go through here and not through {@code Matrix.matmul}: {@code Matrix} stays the
 * plain definition, and a training step writes into buffers it reuses instead of allocating new
 * matrices. Start the JVM with {@code -Dnonlinear.fast=false}, or call
 * {@code Products.useFastKernels(false)} in a notebook, to train on the plain loops.
 */
public final class Products {
    private static volatile boolean fast =
            !"false".equalsIgnoreCase(System.getProperty("nonlinear.fast", "true").trim());

    private Products() {
    }

    /** Switches every layer between the fast kernels ({@code true}, the default) and the plain loops. */
    public static void useFastKernels(boolean enabled) {
        fast = enabled;
    }

    public static boolean usingFastKernels() {
        return fast;
    }

    /** True when the fast path is on and runs on the Vector API (needs {@code --add-modules=jdk.incubator.vector}). */
    public static boolean vectorized() {
        return fast && FastProducts.vectorized();
    }

    /** What computes the products now, e.g. "fast: vector (4 × 64-bit lanes), 2 thread(s)". */
    public static String backend() {
        return fast ? "fast: " + FastProducts.backend() + ", " + FastProducts.threads() + " thread(s)"
                : "plain loops (Matrix)";
    }

    /** {@code out = a · b}: the forward pass {@code x·W}. */
    public static void matmul(Matrix a, Matrix b, Matrix out) {
        checkShapes(Kind.A_B, a, b, out);
        if (fast) {
            FastProducts.compute(Product.of(Kind.A_B, a.data(), b.data(), out.data(), a.rows(), a.cols(), b.cols()));
        } else {
            write(a.matmul(b), out);
        }
    }

    /** {@code out = aᵀ · b}: the weight gradient {@code xᵀ·g}. */
    public static void matmulTransposeA(Matrix a, Matrix b, Matrix out) {
        checkShapes(Kind.AT_B, a, b, out);
        if (fast) {
            FastProducts.compute(Product.of(Kind.AT_B, a.data(), b.data(), out.data(), a.cols(), a.rows(), b.cols()));
        } else {
            write(a.matmulTransposeA(b), out);
        }
    }

    /** {@code out = a · bᵀ}: the input gradient {@code g·Wᵀ}. */
    public static void matmulTransposeB(Matrix a, Matrix b, Matrix out) {
        checkShapes(Kind.A_BT, a, b, out);
        if (fast) {
            FastProducts.compute(Product.of(Kind.A_BT, a.data(), b.data(), out.data(), a.rows(), a.cols(), b.rows()));
        } else {
            write(a.matmulTransposeB(b), out);
        }
    }

    /** The plain path's last step: the product's values into {@code out}. */
    private static void write(Matrix product, Matrix out) {
        System.arraycopy(product.data(), 0, out.data(), 0, out.size());
    }

    /** Before either path runs: the sizes must fit, with both shapes named in the message if not. */
    private static void checkShapes(Kind kind, Matrix a, Matrix b, Matrix out) {
        boolean transposeA = kind == Kind.AT_B;
        boolean transposeB = kind == Kind.A_BT;
        int innerA = transposeA ? a.rows() : a.cols();
        int innerB = transposeB ? b.cols() : b.rows();
        if (innerA != innerB) {
            throw new IllegalArgumentException(switch (kind) {
                case A_B -> "cannot multiply " + a.shape() + " by " + b.shape()
                        + ": inner sizes " + innerA + " and " + innerB + " differ";
                case AT_B -> "cannot multiply the transpose of " + a.shape() + " by " + b.shape()
                        + ": row counts " + innerA + " and " + innerB + " differ";
                case A_BT -> "cannot multiply " + a.shape() + " by the transpose of " + b.shape()
                        + ": column counts " + innerA + " and " + innerB + " differ";
            });
        }
        int rows = transposeA ? a.cols() : a.rows();
        int cols = transposeB ? b.rows() : b.cols();
        String product = switch (kind) {
            case A_B -> "a·b";
            case AT_B -> "aᵀ·b";
            case A_BT -> "a·bᵀ";
        };
        if (out.rows() != rows || out.cols() != cols) {
            throw new IllegalArgumentException("output " + out.shape() + " cannot hold " + product + " of "
                    + a.shape() + " and " + b.shape() + ": expected " + rows + "x" + cols);
        }
        if (out.data() == a.data() || out.data() == b.data()) {
            throw new IllegalArgumentException("the output of " + product + " must not be one of its inputs");
        }
    }
}
