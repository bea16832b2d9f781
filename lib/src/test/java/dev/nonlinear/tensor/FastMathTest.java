package dev.nonlinear.tensor;

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
 * The fast products against {@link Matrix#matmulReference} on shapes that hit every branch of the
 * kernels: single rows and columns, sizes that are not multiples of the vector width or the 4-row
 * tile, inner sizes above the cache block (256), and products large enough to be split over threads.
 * Surefire runs this class twice: with the Vector API module and without it (scalar kernels).
 */
class FastMathTest {

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
        assertEquals("vector".equals(expected), FastMath.vectorized(), FastMath.backend());
        assertEquals(FastMath.vectorized(), FastMath.backend().startsWith("vector"));
        assertTrue(FastMath.threads() >= 1);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void matmulAgreesWithTheReference(int[] s) {
        Random random = new Random(s[0] * 31L + s[1] * 7L + s[2]);
        Matrix a = Matrix.gaussian(s[0], s[1], 1, random);
        Matrix b = Matrix.gaussian(s[1], s[2], 1, random);
        assertClose(a.matmulReference(b), a.matmul(b));
        Matrix out = Matrix.filled(s[0], s[2], Double.NaN);     // stale contents must be overwritten
        FastMath.matmul(a, b, out);
        assertClose(a.matmulReference(b), out);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void transposeAProductAgreesAndAccumulates(int[] s) {
        Random random = new Random(s[0] * 17L + s[1] * 5L + s[2]);
        Matrix a = Matrix.gaussian(s[1], s[0], 1, random);     // stored k × n, used as its transpose
        Matrix b = Matrix.gaussian(s[1], s[2], 1, random);
        Matrix expected = a.transpose().matmulReference(b);
        assertClose(expected, a.matmulTransposeA(b));

        Matrix start = Matrix.gaussian(s[0], s[2], 1, random);
        Matrix out = start.copy();
        FastMath.matmulTransposeA(a, b, out, true);
        assertClose(start.plus(expected), out);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void transposeBProductAgrees(int[] s) {
        Random random = new Random(s[0] * 13L + s[1] * 3L + s[2]);
        Matrix a = Matrix.gaussian(s[0], s[1], 1, random);
        Matrix b = Matrix.gaussian(s[2], s[1], 1, random);     // stored m × k, used as its transpose
        assertClose(a.matmulReference(b.transpose()), a.matmulTransposeB(b));
    }

    /** The fallback kernels, called directly, so they are tested in the vector JVM as well. */
    @ParameterizedTest
    @MethodSource("shapes")
    void scalarKernelsAgreeWithTheReference(int[] s) {
        Random random = new Random(s[0] * 11L + s[1] * 19L + s[2]);
        int n = s[0];
        int k = s[1];
        int m = s[2];
        Matrix a = Matrix.gaussian(n, k, 1, random);
        Matrix b = Matrix.gaussian(k, m, 1, random);
        Matrix out = Matrix.filled(n, m, Double.NaN);
        FastMath.scalarKernel(FastMath.KIND_A_B, a.data(), k, 1, b.data(), out.data(), k, m, 0, n, false);
        assertClose(a.matmulReference(b), out);

        Matrix at = a.transpose();                                // k × n
        Matrix start = Matrix.gaussian(n, m, 1, random);
        out = start.copy();
        FastMath.scalarKernel(FastMath.KIND_AT_B, at.data(), 1, n, b.data(), out.data(), k, m, 0, n, true);
        assertClose(start.plus(a.matmulReference(b)), out);

        Matrix bt = b.transpose();                                // m × k
        out = Matrix.filled(n, m, Double.NaN);
        FastMath.scalarKernel(FastMath.KIND_A_BT, a.data(), k, 1, bt.data(), out.data(), k, m, 0, n, false);
        assertClose(a.matmulReference(b), out);
    }

    @Test
    void productsFromSeveralThreadsAtOnceAreAllCorrect() throws InterruptedException {
        Random random = new Random(8);
        Matrix a = Matrix.gaussian(96, 300, 1, random);
        Matrix b = Matrix.gaussian(300, 70, 1, random);
        Matrix expected = a.matmulReference(b);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread thread = new Thread(() -> {
                try {
                    Matrix out = new Matrix(96, 70);
                    for (int i = 0; i < 30; i++) {
                        FastMath.matmul(a, b, out);
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
    void wrongShapesAndAliasedOutputsAreRejected() {
        Matrix a = Matrix.zeros(2, 3);
        Matrix b = Matrix.zeros(3, 4);
        var e = assertThrows(IllegalArgumentException.class, () -> FastMath.matmul(a, b, Matrix.zeros(2, 5)));
        assertTrue(e.getMessage().contains("2x5") && e.getMessage().contains("2x4"), e.getMessage());
        var t = assertThrows(IllegalArgumentException.class, () -> a.matmulTransposeA(b));
        assertTrue(t.getMessage().contains("2x3") && t.getMessage().contains("3x4"), t.getMessage());
        var u = assertThrows(IllegalArgumentException.class, () -> a.matmulTransposeB(b));
        assertTrue(u.getMessage().contains("2x3") && u.getMessage().contains("3x4"), u.getMessage());
        Matrix square = Matrix.zeros(3, 3);
        assertThrows(IllegalArgumentException.class, () -> FastMath.matmul(square, square, square));
    }

    @Test
    void selectRowsIntoABufferCopiesTheRows() {
        Matrix m = Matrix.of(new double[][]{{1, 2}, {3, 4}, {5, 6}});
        Matrix out = new Matrix(2, 2);
        m.selectRows(new int[]{2, 0, 1}, 0, 2, out);
        assertEquals(Matrix.of(new double[][]{{5, 6}, {1, 2}}), out);
        assertThrows(IllegalArgumentException.class, () -> m.selectRows(new int[]{0, 1}, 0, 2, new Matrix(3, 2)));
    }

    @Test
    void matrixBufferReusesTheLastTwoShapes() {
        MatrixBuffer buffer = new MatrixBuffer();
        Matrix full = buffer.get(64, 10);
        Matrix last = buffer.get(32, 10);
        assertSame(full, buffer.get(64, 10));
        assertSame(last, buffer.get(32, 10));
        assertNotSame(full, buffer.get(16, 10));
    }

    private static void assertClose(Matrix expected, Matrix actual) {
        assertEquals(expected.shape(), actual.shape());
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.data()[i];
            double a = actual.data()[i];
            assertEquals(e, a, 1e-10 * (1 + Math.abs(e)), () -> "element " + (Double.isNaN(a) ? "not written" : "differs"));
        }
    }
}
