package dev.nonlinear.gradcheck;

import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.activation.Sigmoid;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class GradientCheckTest {

    /** Sigmoid with a classic mistake: σ(x)(1 + σ(x)) instead of σ(x)(1 − σ(x)). */
    static final class WrongSigmoid extends ElementwiseActivation {
        WrongSigmoid() {
            super("wrong_sigmoid", "");
        }

        @Override
        public double apply(double x) {
            return new Sigmoid().apply(x);
        }

        @Override
        public double derivative(double x) {
            double s = apply(x);
            return s * (1 + s);
        }
    }

    @Test
    void acceptsACorrectDerivative() {
        var result = GradientCheck.check(new Sigmoid(), -2, -0.5, 0.3, 4);
        assertTrue(result.passed(), result.toString());
        assertTrue(result.maxRelativeError() < 1e-9, result.toString());
    }

    @Test
    void catchesAWrongDerivative() {
        var result = GradientCheck.check(new WrongSigmoid(), -2, -0.5, 0.3, 4);
        assertFalse(result.passed(), result.toString());
        assertTrue(result.toString().startsWith("FAILED"), result.toString());
        var vector = GradientCheck.check((dev.nonlinear.activation.Activation) new WrongSigmoid(), new double[]{0.1, 0.2});
        assertFalse(vector.passed());
    }

    @Test
    void numericHelpersMatchKnownDerivatives() {
        assertEquals(Math.cos(1.0), GradientCheck.numericDerivative(Math::sin, 1.0), 1e-9);
        double[] x = {1, 2, 3};
        double[] g = GradientCheck.numericGradient(v -> v[0] * v[0] + 3 * v[1] * v[2], x);
        assertArrayEquals(new double[]{2, 9, 6}, g, 1e-8);
        assertArrayEquals(new double[]{1, 2, 3}, x, 0, "inputs are restored");
        assertEquals(0, GradientCheck.relativeError(0, 1e-12), 1e-3);
        assertEquals(1, GradientCheck.relativeError(1, -1), 1e-12);
        assertTrue(GradientCheck.check(v -> v[0] * v[1], new double[]{2, 5}, new double[]{5, 2}).passed());
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.maxRelativeError(new double[2], new double[3]));
    }
}
