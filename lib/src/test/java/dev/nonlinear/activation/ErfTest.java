package dev.nonlinear.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErfTest {
    /** Relative accuracy promised by the Erf javadoc, with a little headroom. */
    private static final double RELATIVE = 2e-15;

    /**
     * x, erf(x), erfc(x), computed with mpmath at 40 significant digits at the exact double value
     * of x (erfc's relative sensitivity to x is about 2x², so the decimal 26.4 would not do) and
     * rounded to double. Tail points are not integers, so x² is not exact in double.
     */
    private static final double[][] REFERENCE = {
            {1e-300, 1.1283791670955126e-300, 1.0},
            {1e-8, 1.1283791670955126e-08, 0.9999999887162083},
            {0.001, 0.0011283787909692365, 0.9988716212090307},
            {0.1, 0.1124629160182849, 0.887537083981715},
            {0.25, 0.27632639016823696, 0.7236736098317631},
            {0.4999, 0.5204119951613866, 0.4795880048386134},
            {0.5, 0.5204998778130465, 0.4795001221869535},
            {0.75, 0.7111556336535151, 0.28884436634648486},
            {1, 0.8427007929497149, 0.15729920705028513},
            {1.5, 0.9661051464753108, 0.033894853524689274},
            {2, 0.9953222650189527, 0.004677734981047266},
            {2.5, 0.999593047982555, 0.0004069520174449589},
            {3, 0.9999779095030014, 2.209049699858544e-05},
            {3.3, 0.9999969422902035, 3.0577097964381654e-06},
            {4, 0.9999999845827421, 1.541725790028002e-08},
            {5, 0.9999999999984626, 1.537459794428035e-12},
            {5.3, 0.9999999999999338, 6.613081850340811e-14},
            {6, 1.0, 2.1519736712498913e-17},
            {8, 1.0, 1.1224297172982926e-29},
            {9.7, 1.0, 7.936107563214511e-43},
            {10, 1.0, 2.088487583762545e-45},
            {13.13, 1.0, 5.766169408909709e-77},
            {15, 1.0, 7.212994172451207e-100},
            {17.77, 1.0, 2.3047544563565798e-139},
            {20, 1.0, 5.395865611607901e-176},
            {22.2, 1.0, 2.3277703713110524e-216},
            {26, 1.0, 5.663192408856143e-296},
            {26.4, 1.0, 4.4017768588035426e-305},
            {-0.3, -0.3286267594591274, 1.3286267594591274},
            {-0.5, -0.5204998778130465, 1.5204998778130465},
            {-1.7, -0.9837904585907745, 1.9837904585907746},
            {-3, -0.9999779095030014, 1.9999779095030015},
            {-4.4, -0.999999999510829, 1.999999999510829},
            {-6, -1.0, 2.0},
    };

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * RELATIVE, what);
    }

    @Test
    void valuesFromTheBrief() {
        assertRelative(0.5204998778130465, Erf.erf(0.5), "erf(0.5)");
        assertRelative(0.9953222650189527, Erf.erf(2), "erf(2)");
        assertRelative(-0.8427007929497149, Erf.erf(-1), "erf(-1)");
    }

    @Test
    void matchesHighPrecisionTable() {
        for (double[] row : REFERENCE) {
            assertRelative(row[1], Erf.erf(row[0]), "erf(" + row[0] + ")");
            assertRelative(row[2], Erf.erfc(row[0]), "erfc(" + row[0] + ")");
        }
    }

    @Test
    void symmetryAndComplement() {
        for (double x = -6; x <= 6; x += 0.173) {
            assertEquals(-Erf.erf(x), Erf.erf(-x), 0.0, "erf is odd at " + x);
            assertEquals(1.0, Erf.erf(x) + Erf.erfc(x), 1e-15, "erf + erfc = 1 at " + x);
            assertEquals(2.0, Erf.erfc(x) + Erf.erfc(-x), 1e-15, "erfc(x) + erfc(-x) = 2 at " + x);
        }
    }

    @Test
    void specialValues() {
        assertEquals(0.0, Erf.erf(0));
        assertEquals(1.0, Erf.erfc(0));
        assertEquals(1.0, Erf.erf(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Erf.erf(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Erf.erfc(Double.POSITIVE_INFINITY));
        assertEquals(2.0, Erf.erfc(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Erf.erfc(1e300), "underflows to 0, not NaN");
        assertEquals(2.0, Erf.erfc(-1e300));
        assertTrue(Double.isNaN(Erf.erf(Double.NaN)));
        assertTrue(Double.isNaN(Erf.erfc(Double.NaN)));
    }

    @Test
    void noStepWhereTheSeriesHandsOverToTheContinuedFraction() {
        // Series below 0.5, continued fraction from 0.5. Neighbouring doubles differ by less than
        // the rounding error, so compare them with a tolerance, and test the direction a little
        // further apart, where the true change (≈ 9e-7) dwarfs any rounding.
        assertEquals(Erf.erfc(Math.nextDown(0.5)), Erf.erfc(0.5), 1e-16);
        assertEquals(Erf.erf(Math.nextDown(0.5)), Erf.erf(0.5), 1e-16);
        assertTrue(Erf.erfc(0.5 - 1e-6) > Erf.erfc(0.5));
        assertTrue(Erf.erfc(0.5) > Erf.erfc(0.5 + 1e-6));
    }
}
