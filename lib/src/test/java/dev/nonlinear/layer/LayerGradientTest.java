package dev.nonlinear.layer;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Activations;
import dev.nonlinear.gradcheck.GradientCheck;
import dev.nonlinear.loss.CategoricalCrossEntropy;
import dev.nonlinear.loss.Loss;
import dev.nonlinear.loss.MeanSquaredError;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every layer's backward pass checked against central finite differences of the scalar
 * L = Σ w ⊙ output, for a fixed random w (so every output position matters).
 */
class LayerGradientTest {
    private static final double TOLERANCE = 1e-6;

    static List<String> activationNames() {
        return Activations.names();
    }

    @Test
    void denseGradientsForInputWeightsAndBias() {
        Random random = new Random(3);
        Dense dense = new Dense(4, 3, Init.XAVIER, random);
        Matrix x = Matrix.gaussian(5, 4, 1, random);
        Matrix w = Matrix.gaussian(5, 3, 1, random);

        dense.forward(x);
        Matrix gradInput = dense.backward(w, true);

        assertGradient(x.data(), gradInput.data(), () -> dense.forward(x).times(w).sum());
        for (Parameter p : dense.parameters()) {
            assertGradient(p.value().data(), p.grad().data(), () -> dense.forward(x).times(w).sum());
        }
    }

    @ParameterizedTest
    @MethodSource("activationNames")
    void activationLayerGradient(String name) {
        Activation activation = Activations.byName(name);
        ActivationLayer layer = new ActivationLayer(activation);
        Random random = new Random(name.hashCode());
        // Values kept away from the kinks of relu-like functions at 0 and relu6 at 6.
        Matrix x = Matrix.uniform(4, 5, 0.1, 2.5, random).map(v -> random.nextBoolean() ? v : -v);
        Matrix w = Matrix.gaussian(4, 5, 1, random);

        layer.forward(x);
        Matrix gradInput = layer.backward(w, true);
        assertGradient(x.data(), gradInput.data(), () -> layer.forward(x).times(w).sum());
    }

    @ParameterizedTest
    @MethodSource("activationNames")
    void wholeNetworkGradientThroughEachHiddenActivation(String name) {
        Sequential model = Sequential.input(3, 11).dense(4, name).dense(2, "tanh").dense(3, "softmax").build();
        Random random = new Random(5);
        Matrix x = Matrix.uniform(6, 3, 0.2, 1.5, random);
        Matrix y = new Matrix(6, 3);
        for (int r = 0; r < 6; r++) {
            y.set(r, r % 3, 1);
        }
        Loss loss = new CategoricalCrossEntropy();

        Matrix predictions = model.forward(x);
        model.backward(loss, predictions, y);   // fused softmax + cross-entropy path
        for (Parameter p : model.parameters()) {
            assertGradient(p.value().data(), p.grad().data(), () -> loss.value(model.forward(x), y));
        }
    }

    @Test
    void regressionNetworkGradientWithMse() {
        Sequential model = Sequential.input(2, 4).dense(5, "sigmoid").dense(1, "linear").build();
        Random random = new Random(9);
        Matrix x = Matrix.gaussian(7, 2, 1, random);
        Matrix y = Matrix.gaussian(7, 1, 1, random);
        Loss loss = new MeanSquaredError();
        Matrix predictions = model.forward(x);
        model.backward(loss, predictions, y);
        for (Parameter p : model.parameters()) {
            assertGradient(p.value().data(), p.grad().data(), () -> loss.value(model.forward(x), y));
        }
    }

    @Test
    void denseRejectsWrongInputWidthNamingTheShapes() {
        Dense dense = new Dense(3, 2, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> dense.forward(Matrix.zeros(4, 5)));
        assertTrue(e.getMessage().contains("4x5") && e.getMessage().contains("3 inputs"), e.getMessage());
        var wiring = assertThrows(IllegalArgumentException.class,
                () -> new Sequential(2, List.of(new Dense(2, 3, 1), new Dense(4, 1, 1))));
        assertTrue(wiring.getMessage().contains("3 outputs"), wiring.getMessage());
        assertThrows(IllegalStateException.class, () -> new Dense(2, 2, 1).backward(Matrix.zeros(1, 2), true));
        assertThrows(IllegalArgumentException.class, () -> new Dense(0, 2, 1));
    }

    /** Compares an analytic gradient with central differences of {@code f} over {@code values}. */
    private static void assertGradient(double[] values, double[] analytic, java.util.function.DoubleSupplier f) {
        double[] numeric = GradientCheck.numericGradient(ignored -> f.getAsDouble(), values);
        double error = GradientCheck.maxRelativeError(analytic, numeric);
        assertTrue(error < TOLERANCE, "relative error " + error);
    }
}
