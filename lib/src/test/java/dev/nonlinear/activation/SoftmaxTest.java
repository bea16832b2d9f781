package dev.nonlinear.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SoftmaxTest {
    private final Softmax softmax = new Softmax();

    @Test
    void textbookExample() {
        double[] s = softmax.apply(new double[] {2, 1, 0.1});
        assertArrayEquals(new double[] {0.659, 0.242, 0.099}, s, 1e-3);
        assertEquals(1.0, Arrays.stream(s).sum(), 1e-15);
        // mpmath, 40 digits
        assertArrayEquals(new double[] {0.6590011388859679, 0.2424329707047139, 0.09856589040931817}, s, 1e-15);
    }

    @Test
    void invariantToShiftAndHugeInputs() {
        double[] s = softmax.apply(new double[] {1000, -1000, 0});
        assertArrayEquals(new double[] {1, 0, 0}, s, 1e-300);
        assertEquals(1.0, Arrays.stream(s).sum());
        assertArrayEquals(softmax.apply(new double[] {2, 1, 0.1}),
                softmax.apply(new double[] {502, 501, 500.1}), 1e-13);
        double[] extreme = softmax.apply(new double[] {1e300, -1e300, 0});
        assertArrayEquals(new double[] {1, 0, 0}, extreme);
        assertArrayEquals(new double[] {1}, softmax.apply(new double[] {-1e300}));
    }

    @Test
    void logSoftmaxIsFiniteWhereSoftmaxUnderflows() {
        double[] x = {1000, -1000, 0};
        double[] log = softmax.logSoftmax(x);
        assertArrayEquals(new double[] {0, -2000, -1000}, log, 1e-12);
        double[] y = {2, 1, 0.1};
        double[] viaLog = Arrays.stream(softmax.logSoftmax(y)).map(Math::exp).toArray();
        assertArrayEquals(softmax.apply(y), viaLog, 1e-15);
    }

    @Test
    void jacobianRowsMatchBackwardWithUnitVectors() {
        double[] x = {0.3, -1.2, 2.0, 0.0};
        double[][] j = softmax.jacobian(x);
        double[] s = softmax.apply(x);
        for (int c = 0; c < x.length; c++) {
            double[] unit = new double[x.length];
            unit[c] = 1;
            double[] column = softmax.backward(x, unit); // eᵀJ is row c of J; J is symmetric
            for (int r = 0; r < x.length; r++) {
                assertEquals(j[c][r], column[r], 1e-16);
                assertEquals(j[r][c], j[c][r], 0.0, "softmax Jacobian is symmetric");
            }
            assertEquals(s[c] * (1 - s[c]), j[c][c], 1e-16);
            assertEquals(0.0, Arrays.stream(j[c]).sum(), 1e-16, "rows sum to 0: outputs always sum to 1");
        }
    }

    @Test
    void backwardOfConstantGradientIsZero() {
        // Adding the same number to every output gradient cannot change anything: Σ s = 1.
        double[] g = softmax.backward(new double[] {1, 2, 3}, new double[] {5, 5, 5});
        assertArrayEquals(new double[3], g, 1e-15);
    }

    @Test
    void isNotElementwise() {
        assertFalse(softmax.isElementwise());
        assertEquals("softmax", softmax.name());
        assertTrue(softmax.formula().contains("\\sum"));
    }

    @Test
    void badInputs() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> softmax.apply(new double[0]));
        assertTrue(empty.getMessage().contains("at least one value"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> softmax.logSoftmax(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> softmax.jacobian(new double[0]));
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> softmax.backward(new double[] {1, 2, 3}, new double[] {1, 2}));
        assertTrue(mismatch.getMessage().contains("3") && mismatch.getMessage().contains("2"),
                mismatch.getMessage());
    }
}
