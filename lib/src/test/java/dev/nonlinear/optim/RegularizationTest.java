package dev.nonlinear.optim;

import dev.nonlinear.gradcheck.GradientCheck;
import dev.nonlinear.layer.Parameter;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.loss.Loss;
import dev.nonlinear.loss.MeanSquaredError;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegularizationTest {

    /**
     * The gradient of loss + penalty that backward plus {@link Regularization#addGradient} give,
     * against central differences of the same total, for every weight and bias of a small network.
     */
    @Test
    void penaltyGradientMatchesFiniteDifferences() {
        for (Regularization reg : List.of(Regularization.l1(0.3), Regularization.l2(0.7), Regularization.NONE)) {
            Sequential model = Sequential.input(3, 11).dense(4, "tanh").dense(2, "sigmoid").build();
            Random random = new Random(5);
            Matrix x = Matrix.gaussian(6, 3, 1, random);
            Matrix y = Matrix.uniform(6, 2, 0, 1, random);
            Loss loss = new MeanSquaredError();
            model.backward(loss, model.forward(x), y);
            reg.addGradient(model.parameters());
            for (Parameter p : model.parameters()) {
                double[] values = p.value().data();
                double[] original = values.clone();
                GradientCheck.Result result = GradientCheck.check(v -> {
                    System.arraycopy(v, 0, values, 0, v.length);
                    return loss.value(model.forward(x), y) + reg.penalty(model.parameters());
                }, original, p.grad().data().clone());
                System.arraycopy(original, 0, values, 0, values.length);   // the check leaves the last nudge in
                assertTrue(result.passed(), reg + " " + p + ": " + result);
            }
        }
    }

    @Test
    void biasesAreNotPenalised() {
        Parameter w = new Parameter("W", Matrix.row(2, -3));
        Parameter b = new Parameter("b", Matrix.row(5));
        assertEquals(0.1 * 5, Regularization.l1(0.1).penalty(List.of(w, b)), 1e-12);
        assertEquals(0.1 * 13 / 2, Regularization.l2(0.1).penalty(List.of(w, b)), 1e-12);
        Regularization.l2(0.1).addGradient(List.of(w, b));
        assertEquals(0, b.grad().get(0, 0));
        assertEquals(0.2, w.grad().get(0, 0), 1e-12);
    }

    @Test
    void regularizedSgdShrinksAWeightWithoutLossGradient() {
        // The gradients start at zero, as if the loss did not depend on w: only the penalty pulls.
        Parameter w = new Parameter("W", Matrix.row(1.0, -2.0));
        new Regularized(new SGD(0.5), Regularization.l2(0.1)).step(List.of(w));
        assertEquals(0.95, w.value().get(0, 0), 1e-12);     // w − lr·rate·w
        assertEquals(-1.9, w.value().get(0, 1), 1e-12);
        Parameter v = new Parameter("W", Matrix.row(1.0, -2.0));
        new Regularized(new SGD(0.5), Regularization.l1(0.1)).step(List.of(v));
        assertEquals(0.95, v.value().get(0, 0), 1e-12);     // w − lr·rate·sign(w): the same step for every weight
        assertEquals(-1.95, v.value().get(0, 1), 1e-12);
    }

    @Test
    void badRatesAndNamesAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Regularization.l2(-1));
        assertTrue(e.getMessage().contains("got -1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Regularization.of("L3", 0.1));
        assertTrue(e.getMessage().contains("\"L3\"") && e.getMessage().contains("L1, L2"), e.getMessage());
        assertEquals(Regularization.l1(0.2), Regularization.of("l1", 0.2));
    }
}
