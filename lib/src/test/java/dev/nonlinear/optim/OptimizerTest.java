package dev.nonlinear.optim;

import dev.nonlinear.layer.Parameter;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OptimizerTest {

    private static Parameter parameterWithGradient(double value, double gradient) {
        Parameter p = new Parameter("w", Matrix.row(value));
        p.grad().data()[0] = gradient;
        return p;
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Parameter p = parameterWithGradient(1.0, 2.0);
        new SGD(0.1).step(List.of(p));
        assertEquals(0.8, p.value().get(0, 0), 1e-12);
    }

    @Test
    void momentumAccumulatesVelocity() {
        Parameter p = parameterWithGradient(0.0, 1.0);
        SGD sgd = new SGD(0.1, 0.9);
        sgd.step(List.of(p));          // v = -0.1
        sgd.step(List.of(p));          // v = 0.9·(-0.1) − 0.1 = −0.19
        assertEquals(-0.29, p.value().get(0, 0), 1e-12);
    }

    @Test
    void adamFirstStepHasTheSizeOfTheLearningRate() {
        // After bias correction m̂ = g and v̂ = g², so the first step is lr·g/|g| whatever |g| is.
        for (double g : new double[]{1e-4, 3, -250}) {
            Parameter p = parameterWithGradient(0.0, g);
            new Adam(0.01).step(List.of(p));
            assertEquals(-0.01 * Math.signum(g), p.value().get(0, 0), 1e-6);
        }
    }

    @Test
    void adamMinimisesAQuadratic() {
        Parameter p = new Parameter("w", Matrix.row(5.0));
        Adam adam = new Adam(0.1);
        for (int i = 0; i < 500; i++) {
            p.grad().data()[0] = 2 * (p.value().get(0, 0) - 3);   // d/dw (w − 3)²
            adam.step(List.of(p));
        }
        assertEquals(3.0, p.value().get(0, 0), 1e-3);
    }

    @Test
    void badHyperparametersAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SGD(-0.1));
        assertTrue(e.getMessage().contains("-0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SGD(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SGD(0.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 1.2, 0.999, 1e-8));
    }
}
