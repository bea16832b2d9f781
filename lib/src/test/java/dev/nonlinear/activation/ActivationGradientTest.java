package dev.nonlinear.activation;

import dev.nonlinear.gradcheck.GradientCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every activation: derivative against finite differences, and finite at extreme inputs. */
class ActivationGradientTest {

    static List<Activation> activations() {
        List<Activation> all = new ArrayList<>(Activations.all());
        all.add(new LeakyReLU(0.3));
        all.add(new ELU(0.5));
        return all;
    }

    /** −5 … 5 in steps of 0.37 offset from the integers, so no point lands on a kink (0, ±3, 6). */
    private static double[] points() {
        List<Double> points = new ArrayList<>();
        for (double x = -5.05; x <= 5; x += 0.37) {
            points.add(x);
        }
        points.add(0.73);
        points.add(-0.73);
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void derivativeMatchesFiniteDifferences(Activation activation) {
        GradientCheck.Result result = activation instanceof ElementwiseActivation f
                ? GradientCheck.check(f, points())
                : GradientCheck.check(activation, points());
        assertTrue(result.maxRelativeError() < 1e-6, activation.name() + ": " + result);
        // The vector backward pass (what layers use) must agree as well.
        GradientCheck.Result vector = GradientCheck.check(activation, new double[]{-1.3, 0.4, 2.2, -0.05, 0.9});
        assertTrue(vector.passed(), activation.name() + " backward: " + vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void finiteAtExtremeInputs(Activation activation) {
        double[] extremes = {1000, -1000, 1e300, -1e300, 0};
        double[] values = activation.apply(extremes);
        double[] grads = activation.backward(extremes, new double[]{1, 1, 1, 1, 1});
        for (int i = 0; i < extremes.length; i++) {
            assertTrue(Double.isFinite(values[i]), activation.name() + "(" + extremes[i] + ") = " + values[i]);
            assertTrue(Double.isFinite(grads[i]), activation.name() + "'(" + extremes[i] + ") = " + grads[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void saturatingValuesAreRightAtThousand(Activation activation) {
        if (!(activation instanceof ElementwiseActivation f)) {
            double[] s = activation.apply(new double[]{1000, -1000, 0});
            assertArrayEquals(new double[]{1, 0, 0}, s, 1e-300);
            return;
        }
        switch (f.name()) {
            case "sigmoid", "hard_sigmoid" -> {
                assertEquals(1, f.apply(1000), 0);
                assertEquals(0, f.apply(-1000), 0);
                assertEquals(0, f.derivative(1000), 0);
            }
            case "tanh" -> assertEquals(-1, f.apply(-1000), 0);
            case "relu", "gelu", "gelu_tanh", "silu", "mish", "softplus" -> {
                assertEquals(1000, f.apply(1000), 1e-9);
                assertEquals(0, f.apply(-1000), 1e-9);
                assertEquals(1, f.derivative(1000), 1e-12);
            }
            default -> assertTrue(Double.isFinite(f.apply(1000)));
        }
    }
}
