package dev.nonlinear.tensor;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class MatrixTest {

    @Test
    void matmulMatchesHandComputedProduct() {
        Matrix a = Matrix.of(new double[][]{{1, 2, 3}, {4, 5, 6}});
        Matrix b = Matrix.of(new double[][]{{7, 8}, {9, 10}, {11, 12}});
        assertEquals(Matrix.of(new double[][]{{58, 64}, {139, 154}}), a.matmul(b));
    }

    @Test
    void transposeProductsEqualTheProductsWithExplicitTransposes() {
        Random random = new Random(1);
        for (int[] s : new int[][]{{1, 1, 1}, {3, 7, 5}, {17, 33, 9}}) {
            Matrix a = Matrix.gaussian(s[0], s[1], 1, random);
            Matrix b = Matrix.gaussian(s[1], s[2], 1, random);
            assertEquals(a.matmul(b), a.transpose().matmulTransposeA(b));
            assertEquals(a.matmul(b), a.matmulTransposeB(b.transpose()));
        }
    }

    @Test
    void shapeMismatchNamesBothShapes() {
        Matrix a = Matrix.zeros(2, 3);
        Matrix b = Matrix.zeros(4, 5);
        var e = assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        assertTrue(e.getMessage().contains("2x3") && e.getMessage().contains("4x5"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> a.plus(b));
        assertTrue(e2.getMessage().contains("2x3") && e2.getMessage().contains("4x5"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class, () -> a.plusRow(Matrix.zeros(1, 2)));
        assertTrue(e3.getMessage().contains("1x2") && e3.getMessage().contains("2x3"), e3.getMessage());
    }

    @Test
    void badConstructionIsRejectedWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Matrix(2, 2, new double[3]));
        assertTrue(e.getMessage().contains("3 values") && e.getMessage().contains("2x2"), e.getMessage());
        var ragged = assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][]{{1, 2}, {3}}));
        assertTrue(ragged.getMessage().contains("row 1"), ragged.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Matrix(-1, 2));
        var index = assertThrows(IndexOutOfBoundsException.class, () -> Matrix.zeros(2, 2).get(2, 0));
        assertTrue(index.getMessage().contains("(2, 0)"), index.getMessage());
    }

    @Test
    void elementwiseOpsTransposeAndReductions() {
        Matrix a = Matrix.of(new double[][]{{1, -2}, {3, 4}});
        assertEquals(Matrix.of(new double[][]{{1, 3}, {-2, 4}}), a.transpose());
        assertEquals(Matrix.of(new double[][]{{2, -4}, {6, 8}}), a.scale(2));
        assertEquals(Matrix.of(new double[][]{{1, 4}, {9, 16}}), a.times(a));
        assertEquals(Matrix.of(new double[][]{{0, 0}, {0, 0}}), a.minus(a));
        assertEquals(Matrix.of(new double[][]{{11, 18}, {13, 24}}), a.plusRow(Matrix.row(10, 20)));
        assertEquals(Matrix.row(4, 2), a.sumRows());
        assertEquals(6, a.sum());
        assertEquals(1, a.argmaxRow(1));
        assertEquals(0, a.argmaxRow(0));
        assertEquals(Math.sqrt(30), a.norm(), 1e-12);
        assertEquals(Matrix.of(new double[][]{{3, 4}}), a.selectRows(new int[]{1}));
    }
}
