package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A Dense layer with hand-set weights computes exactly x·W + b with them. */
class DenseOfTest {

    @Test
    void computesXTimesWPlusBWithTheGivenNumbers() {
        double[][] w = {{0.4, -0.2}, {0.1, 0.3}, {0.2, -0.1}};
        Dense layer = Dense.of(w, new double[]{0.36, 0.09});
        assertEquals(3, layer.inputs());
        assertEquals(2, layer.outputs());
        Matrix y = layer.forward(Matrix.row(0.5, -1.2, 3.3));
        assertEquals(0.5 * 0.4 + -1.2 * 0.1 + 3.3 * 0.2 + 0.36, y.get(0, 0), 1e-15);   // 1.1
        assertEquals(0.5 * -0.2 + -1.2 * 0.3 + 3.3 * -0.1 + 0.09, y.get(0, 1), 1e-15); // -0.7
        w[0][0] = 99;   // the layer keeps its own copy
        assertEquals(0.4, layer.weights().get(0, 0));
        assertEquals(0.09, layer.bias().get(0, 1));
    }

    @Test
    void mismatchedShapesAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dense.of(new double[][]{{1, 2}, {3, 4}}, new double[]{1, 2, 3}));
        assertTrue(e.getMessage().contains("one bias per output"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dense.of(new double[][]{{1, 2}, {3}}, new double[]{1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Dense.of(new double[0][0], new double[0]));
    }
}
