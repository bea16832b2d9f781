package dev.nonlinear.tensor;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The seam: both paths give the plain products, and the shapes are checked before either runs. */
class ProductsTest {

    @Test
    void fastAndPlainPathsGiveThePlainProducts() {
        Random random = new Random(4);
        Matrix x = Matrix.gaussian(64, 784, 1, random);
        Matrix w = Matrix.gaussian(784, 128, 1, random);
        Matrix g = Matrix.gaussian(64, 128, 1, random);
        boolean before = Products.usingFastKernels();
        try {
            for (boolean fast : new boolean[]{true, false}) {
                Products.useFastKernels(fast);
                assertEquals(fast, Products.backend().startsWith("fast"), Products.backend());

                Matrix y = Matrix.filled(64, 128, Double.NaN);
                Products.matmul(x, w, y);
                assertClose(x.matmul(w), y);

                Matrix dw = Matrix.filled(784, 128, Double.NaN);
                Products.matmulTransposeA(x, g, dw);
                assertClose(x.transpose().matmul(g), dw);

                Matrix dx = Matrix.filled(64, 784, Double.NaN);
                Products.matmulTransposeB(g, w, dx);
                assertClose(g.matmul(w.transpose()), dx);
            }
        } finally {
            Products.useFastKernels(before);
        }
    }

    @Test
    void wrongShapesAndAliasedOutputsAreRejected() {
        Matrix a = Matrix.zeros(2, 3);
        Matrix b = Matrix.zeros(3, 4);
        var e = assertThrows(IllegalArgumentException.class, () -> Products.matmul(a, b, Matrix.zeros(2, 5)));
        assertTrue(e.getMessage().contains("2x5") && e.getMessage().contains("2x4"), e.getMessage());
        var inner = assertThrows(IllegalArgumentException.class, () -> Products.matmul(a, a, Matrix.zeros(2, 3)));
        assertTrue(inner.getMessage().contains("inner sizes 3 and 2"), inner.getMessage());
        var t = assertThrows(IllegalArgumentException.class, () -> a.matmulTransposeA(b));
        assertTrue(t.getMessage().contains("2x3") && t.getMessage().contains("3x4"), t.getMessage());
        var ta = assertThrows(IllegalArgumentException.class,
                () -> Products.matmulTransposeA(a, b, Matrix.zeros(3, 4)));
        assertEquals(t.getMessage(), ta.getMessage());
        var u = assertThrows(IllegalArgumentException.class, () -> a.matmulTransposeB(b));
        assertTrue(u.getMessage().contains("2x3") && u.getMessage().contains("3x4"), u.getMessage());
        var tb = assertThrows(IllegalArgumentException.class, () -> Products.matmulTransposeB(a, b, Matrix.zeros(2, 3)));
        assertEquals(u.getMessage(), tb.getMessage());
        Matrix square = Matrix.zeros(3, 3);
        assertThrows(IllegalArgumentException.class, () -> Products.matmul(square, square, square));
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
            assertEquals(expected.data()[i], actual.data()[i], 1e-10 * (1 + Math.abs(expected.data()[i])), "element " + i);
        }
    }
}
