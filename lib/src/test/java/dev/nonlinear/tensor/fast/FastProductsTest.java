package dev.nonlinear.tensor.fast;

import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.tensor.fast.Product.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fast products against the plain loops of {@link Matrix} on shapes that hit every branch of
 * the kernels: single rows and columns, sizes that are not multiples of the vector width or the
 * 4-row tile, inner sizes above the cache block (256), and products large enough to be split over
 * threads. Surefire runs this class with the Vector API module, without it (scalar kernels), and
 * with 512-bit vectors.
 */
class FastProductsTest {

    /** (n, k, m): an n × k matrix times a k × m matrix. */
    static List<int[]> shapes() {
        return List.of(
                new int[]{1, 1, 1}, new int[]{1, 784, 128}, new int[]{1, 784, 1}, new int[]{784, 1, 128},
                new int[]{63, 65, 1}, new int[]{63, 65, 65}, new int[]{65, 63, 67}, new int[]{784, 128, 64},
                new int[]{64, 784, 128}, new int[]{3, 7, 5}, new int[]{5, 3, 13}, new int[]{4, 8, 12},
                new int[]{7, 9, 3}, new int[]{2, 257, 6}, new int[]{130, 300, 129}, new int[]{64, 64, 10},
                new int[]{9, 11, 23}, new int[]{2, 0, 3});
    }

    @Test
    void theExpectedBackendIsInUse() {
        String expected = System.getProperty("nonlinear.expectBackend");
        assumeTrue(expected != null, "run by surefire, which says which backend to expect");
        assertEquals("vector".equals(expected), FastProducts.vectorized(), FastProducts.backend());
        assertEquals(FastProducts.vectorized(), FastProducts.backend().startsWith("vector"));
        assertTrue(FastProducts.threads() >= 1);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void productAgreesWithThePlainLoop(int[] s) {
        Random random = new Random(s[0] * 31L + s[1] * 7L + s[2]);
        Matrix a = Matrix.gaussian(s[0], s[1], 1, random);
        Matrix b = Matrix.gaussian(s[1], s[2], 1, random);
        Matrix out = Matrix.filled(s[0], s[2], Double.NaN);     // stale contents must be overwritten
        FastProducts.compute(Product.of(Kind.A_B, a.data(), b.data(), out.data(), s[0], s[1], s[2]));
        assertClose(a.matmul(b), out);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void transposeAProductAgreesAndAccumulates(int[] s) {
        Random random = new Random(s[0] * 17L + s[1] * 5L + s[2]);
        Matrix a = Matrix.gaussian(s[1], s[0], 1, random);     // stored k × n, used as its transpose
        Matrix b = Matrix.gaussian(s[1], s[2], 1, random);
        Matrix expected = a.transpose().matmul(b);
        assertClose(expected, a.matmulTransposeA(b));

        Matrix out = Matrix.filled(s[0], s[2], Double.NaN);
        FastProducts.compute(Product.of(Kind.AT_B, a.data(), b.data(), out.data(), s[0], s[1], s[2]));
        assertClose(expected, out);

        Matrix start = Matrix.gaussian(s[0], s[2], 1, random);
        out = start.copy();
        FastProducts.compute(new Product(Kind.AT_B, a.data(), b.data(), out.data(), s[0], s[1], s[2], true));
        assertClose(start.plus(expected), out);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void transposeBProductAgrees(int[] s) {
        Random random = new Random(s[0] * 13L + s[1] * 3L + s[2]);
        Matrix a = Matrix.gaussian(s[0], s[1], 1, random);
        Matrix b = Matrix.gaussian(s[2], s[1], 1, random);     // stored m × k, used as its transpose
        Matrix expected = a.matmul(b.transpose());
        assertClose(expected, a.matmulTransposeB(b));
        Matrix out = Matrix.filled(s[0], s[2], Double.NaN);
        FastProducts.compute(Product.of(Kind.A_BT, a.data(), b.data(), out.data(), s[0], s[1], s[2]));
        assertClose(expected, out);
    }

    /** The fallback kernels, called directly, so they are tested in the vector JVM as well. */
    @ParameterizedTest
    @MethodSource("shapes")
    void scalarKernelsAgreeWithThePlainLoop(int[] s) {
        Random random = new Random(s[0] * 11L + s[1] * 19L + s[2]);
        int n = s[0];
        int k = s[1];
        int m = s[2];
        Matrix a = Matrix.gaussian(n, k, 1, random);
        Matrix b = Matrix.gaussian(k, m, 1, random);
        Matrix out = Matrix.filled(n, m, Double.NaN);
        ScalarKernels.compute(Product.of(Kind.A_B, a.data(), b.data(), out.data(), n, k, m), 0, n);
        assertClose(a.matmul(b), out);

        Matrix at = a.transpose();                                // k × n
        Matrix start = Matrix.gaussian(n, m, 1, random);
        out = start.copy();
        ScalarKernels.compute(new Product(Kind.AT_B, at.data(), b.data(), out.data(), n, k, m, true), 0, n);
        assertClose(start.plus(a.matmul(b)), out);

        Matrix bt = b.transpose();                                // m × k
        out = Matrix.filled(n, m, Double.NaN);
        ScalarKernels.compute(Product.of(Kind.A_BT, a.data(), bt.data(), out.data(), n, k, m), 0, n);
        assertClose(a.matmul(b), out);
    }

    @Test
    void productsFromSeveralThreadsAtOnceAreAllCorrect() throws InterruptedException {
        Random random = new Random(8);
        Matrix a = Matrix.gaussian(96, 300, 1, random);
        Matrix b = Matrix.gaussian(300, 70, 1, random);
        Matrix expected = a.matmul(b);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread thread = new Thread(() -> {
                try {
                    Matrix out = new Matrix(96, 70);
                    for (int i = 0; i < 30; i++) {
                        FastProducts.compute(Product.of(Kind.A_B, a.data(), b.data(), out.data(), 96, 300, 70));
                        assertClose(expected, out);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertNull(failure.get(), () -> "a concurrent product failed: " + failure.get());
    }

    @Test
    void aProductWhoseArraysDoNotFitItsSizesIsRejected() {
        double[] six = new double[6];
        var e = assertThrows(IllegalArgumentException.class,
                () -> Product.of(Kind.A_B, six, new double[12], new double[10], 2, 3, 4));
        assertTrue(e.getMessage().contains("rows=2, inner=3, cols=4") && e.getMessage().contains("got 6, 12 and 10"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Product.of(Kind.A_B, six, six, six, 2, 3, 3 - 1));
        assertThrows(IllegalArgumentException.class, () -> Product.of(Kind.A_B, six, six, new double[0], -1, 0, 0));
    }

    @Test
    void stridesReadTheStoredMatrixAsItsTranspose() {
        Product plain = Product.of(Kind.A_B, new double[6], new double[12], new double[8], 2, 3, 4);
        assertEquals(3, plain.aRowStride());
        assertEquals(1, plain.aColStride());
        Product transposed = Product.of(Kind.AT_B, new double[6], new double[12], new double[8], 2, 3, 4);
        assertEquals(1, transposed.aRowStride());
        assertEquals(2, transposed.aColStride());
        assertEquals(24, transposed.multiplyAdds());
    }

    static void assertClose(Matrix expected, Matrix actual) {
        assertEquals(expected.shape(), actual.shape());
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.data()[i];
            double a = actual.data()[i];
            assertEquals(e, a, 1e-10 * (1 + Math.abs(e)), () -> "element " + (Double.isNaN(a) ? "not written" : "differs"));
        }
    }
}
