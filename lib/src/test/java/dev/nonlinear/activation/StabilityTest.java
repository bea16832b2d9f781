package dev.nonlinear.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No NaN or ∞ where the mathematics is finite, even for absurd inputs. */
class StabilityTest {
    private static final double[] EXTREMES = {1000, -1000, 1e300, -1e300, 40, -40, 750, -750};

    private static List<Activation> everything() {
        List<Activation> list = new ArrayList<>(Activations.all());
        list.add(GELU.tanhApproximation());
        return list;
    }

    @Test
    void valueAndDerivativeAreFiniteAtExtremes() {
        for (Activation a : everything()) {
            for (double x : EXTREMES) {
                String at = a.name() + " at " + x;
                if (a instanceof ElementwiseActivation e) {
                    assertTrue(Double.isFinite(e.apply(x)), at + " value " + e.apply(x));
                    assertTrue(Double.isFinite(e.derivative(x)), at + " derivative " + e.derivative(x));
                }
                double[] y = a.apply(new double[] {x});
                double[] g = a.backward(new double[] {x}, new double[] {1});
                assertTrue(Double.isFinite(y[0]), at + " apply(vector)");
                assertTrue(Double.isFinite(g[0]), at + " backward");
            }
        }
    }

    /** Limits, compared with delta 0 so that −0.0 (e.g. −1000·σ(−1000)) equals 0.0. */
    @Test
    void limitsAreTheRightOnes() {
        Sigmoid sigmoid = new Sigmoid();
        assertEquals(0.0, sigmoid.derivative(1000), 0.0, "not NaN");
        assertEquals(0.0, sigmoid.derivative(-1000), 0.0);
        assertEquals(1.0, sigmoid.apply(1000), 0.0);
        assertEquals(0.0, sigmoid.apply(-1000), 0.0);
        assertEquals(1000.0, new Softplus().apply(1000), 0.0);
        assertEquals(0.0, new Softplus().apply(-1000), 0.0);
        Softplus noThreshold = new Softplus(1, Double.POSITIVE_INFINITY);
        assertEquals(1e300, noThreshold.apply(1e300), 0.0, "no overflow even without the threshold");
        assertEquals(1.0, new SiLU().derivative(1e300), 0.0);
        assertEquals(0.0, new SiLU().derivative(-1e300), 0.0);
        assertEquals(1.0, new Mish().derivative(1e300), 0.0);
        assertEquals(1.0, new GELU().derivative(1000), 0.0);
        assertEquals(1.0, GELU.tanhApproximation().derivative(1000), 0.0);
        assertEquals(0.0, GELU.tanhApproximation().apply(-1000), 0.0);
        assertEquals(0.0, new Tanh().derivative(1e300), 0.0);
        assertEquals(-1.0, new ELU().apply(-1e300), 0.0);
        assertEquals(-SELU.SCALE * SELU.ALPHA, new SELU().apply(-1e300), 1e-15);
        assertEquals(1.0, new Softsign().apply(1e300), 0.0);
    }

    @Test
    void smallTailsKeepRelativePrecision() {
        // σ(-745) ≈ 2e-324 still resolves; 1 − σ(745) would be 0 with no information.
        assertTrue(new Sigmoid().apply(-700) > 0);
        assertEquals(Math.exp(-700), new Sigmoid().apply(-700), Math.exp(-700) * 1e-15);
        assertEquals(Math.exp(-50), new Softplus().apply(-50), Math.exp(-50) * 1e-15);
        assertEquals(4 * Math.exp(-40), new Tanh().derivative(20), 4 * Math.exp(-40) * 1e-6);
    }

    @Test
    void softmaxOfExtremeVectorsIsADistribution() {
        Softmax softmax = new Softmax();
        for (double[] x : new double[][] {{1000, -1000, 0}, {1e300, -1e300, 0}, {-1e300, -1e300}, {750, 750}}) {
            double[] s = softmax.apply(x);
            for (double v : s) {
                assertTrue(Double.isFinite(v) && v >= 0 && v <= 1, Arrays.toString(s));
            }
            assertEquals(1.0, Arrays.stream(s).sum(), 1e-15, Arrays.toString(x));
            double[] g = softmax.backward(x, new double[x.length]);
            assertTrue(Arrays.stream(g).allMatch(Double::isFinite));
            assertTrue(Arrays.stream(softmax.logSoftmax(x)).allMatch(Double::isFinite));
        }
    }
}
