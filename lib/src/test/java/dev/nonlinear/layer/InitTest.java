package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Each start has the variance its paper derives, and the builder's choice is the documented one. */
class InitTest {

    private static double variance(Matrix m) {
        double mean = m.sum() / m.size();
        double squares = 0;
        for (double v : m.data()) {
            squares += (v - mean) * (v - mean);
        }
        return squares / m.size();
    }

    @Test
    void eachStartHasItsVariance() {
        int in = 400;
        int out = 300;
        Random random = new Random(1);
        assertEquals(2.0 / (in + out), variance(Init.XAVIER.weights(in, out, random)), 0.03 * 2.0 / (in + out));
        assertEquals(2.0 / in, variance(Init.HE.weights(in, out, random)), 0.03 * 2.0 / in);
        assertEquals(1.0 / in, variance(Init.LECUN.weights(in, out, random)), 0.03 * 1.0 / in);
        assertEquals(1.0 / 12, variance(Init.PLAYGROUND.weights(in, out, random)), 0.03 / 12);
    }

    @Test
    void theDefaultFollowsTheActivation() {
        assertEquals(Init.HE, Init.forActivation("relu"));
        assertEquals(Init.HE, Init.forActivation("leaky_relu"));
        assertEquals(Init.HE, Init.forActivation("relu6"));
        assertEquals(Init.LECUN, Init.forActivation("selu"));
        assertEquals(Init.XAVIER, Init.forActivation("tanh"));
        assertEquals(Init.XAVIER, Init.forActivation("sigmoid"));
    }

    @Test
    void theSummarySaysHowEachLayerStarted() {
        Sequential model = Sequential.input(4, 1).dense(3, "relu").dense(3, "selu").init(Init.PLAYGROUND).dense(1, "tanh").build();
        var start = model.summary().stringColumn("weights start");
        assertEquals("He normal", start.get(0));
        assertEquals("", start.get(1), "activation rows have no weights");
        assertEquals("LeCun normal", start.get(2));
        assertEquals("Playground uniform ±0.5", start.get(4));
        Sequential byHand = new Sequential(2, java.util.List.of(Dense.of(new double[][]{{1}, {2}}, new double[]{0})));
        assertEquals("set by hand", byHand.summary().stringColumn("weights start").get(0));
    }
}
