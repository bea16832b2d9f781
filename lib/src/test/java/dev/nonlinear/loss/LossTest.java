package dev.nonlinear.loss;

import dev.nonlinear.activation.Sigmoid;
import dev.nonlinear.activation.Softmax;
import dev.nonlinear.gradcheck.GradientCheck;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class LossTest {
    private static final Matrix ONE_HOT = Matrix.of(new double[][]{{1, 0, 0}, {0, 0, 1}});

    @Test
    void referenceValuesFromTheDefinitions() {
        assertEquals((0.25 + 1) / 2, new MeanSquaredError().value(Matrix.row(0.5, 1), Matrix.row(1, 0)), 1e-12);
        assertEquals(-Math.log(0.8), new BinaryCrossEntropy().value(Matrix.row(0.8), Matrix.row(1)), 1e-12);
        assertEquals(-Math.log(0.8), new BinaryCrossEntropyWithLogits().value(Matrix.row(Math.log(4)), Matrix.row(1)), 1e-12);
        Matrix probabilities = Matrix.of(new double[][]{{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}});
        assertEquals(-(Math.log(0.7) + Math.log(0.6)) / 2, new CategoricalCrossEntropy().value(probabilities, ONE_HOT), 1e-12);
        // softmax([2, 1, 0.1]) = [0.659, 0.242, 0.099]: the loss for class 0 is −log 0.659.
        assertEquals(-Math.log(0.659), new SoftmaxCrossEntropy().value(Matrix.row(2, 1, 0.1), Matrix.row(1, 0, 0)), 1e-3);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Random random = new Random(2);
        Matrix probabilities = Matrix.uniform(2, 3, 0.05, 0.95, random);
        Matrix logits = Matrix.gaussian(2, 3, 2, random);
        Matrix binary = Matrix.of(new double[][]{{1, 0, 1}, {0, 0, 1}});
        check(new MeanSquaredError(), logits, Matrix.gaussian(2, 3, 1, random));
        check(new BinaryCrossEntropy(), probabilities, binary);
        check(new BinaryCrossEntropyWithLogits(), logits, binary);
        check(new CategoricalCrossEntropy(), probabilities, ONE_HOT);
        check(new SoftmaxCrossEntropy(), logits, ONE_HOT);
    }

    private static void check(Loss loss, Matrix predictions, Matrix targets) {
        double[] analytic = loss.gradient(predictions, targets).data();
        double[] numeric = GradientCheck.numericGradient(p -> loss.value(new Matrix(2, 3, p), targets), predictions.data().clone());
        double error = GradientCheck.maxRelativeError(analytic, numeric);
        assertTrue(error < 1e-6, loss.name() + " relative error " + error);
    }

    @Test
    void fusedGradientsEqualTheChainRuleThroughTheActivation() {
        Matrix logits = Matrix.of(new double[][]{{2, 1, 0.1}, {-1, 0.5, 3}});
        Softmax softmax = new Softmax();
        Matrix p = new Matrix(2, 3);
        for (int r = 0; r < 2; r++) {
            p.setRow(r, softmax.apply(logits.getRow(r)));
        }
        CategoricalCrossEntropy cce = new CategoricalCrossEntropy();
        Matrix fused = new Matrix(2, 3);
        assertTrue(cce.gradientThroughActivation(softmax, p, ONE_HOT, fused));
        Matrix chained = cce.gradient(p, ONE_HOT);
        for (int r = 0; r < 2; r++) {
            double[] viaChain = softmax.backward(logits.getRow(r), chained.getRow(r));
            assertArrayEquals(viaChain, fused.getRow(r), 1e-12);
        }
        assertFalse(cce.gradientThroughActivation(new Sigmoid(), p, ONE_HOT, new Matrix(2, 3)));
        Matrix fromLogits = new SoftmaxCrossEntropy().gradient(logits, ONE_HOT);
        assertArrayEquals(fromLogits.data(), fused.data(), 1e-12);
    }

    @Test
    void stableForExtremeInputs() {
        Matrix huge = Matrix.row(1000, -1000, 0);
        double loss = new SoftmaxCrossEntropy().value(huge, Matrix.row(0, 1, 0));
        assertEquals(2000, loss, 1e-9);
        assertTrue(Double.isFinite(new BinaryCrossEntropyWithLogits().value(Matrix.row(-1000), Matrix.row(1))));
        assertEquals(1000, new BinaryCrossEntropyWithLogits().value(Matrix.row(-1000), Matrix.row(1)), 1e-9);
        assertTrue(Double.isFinite(new BinaryCrossEntropy().value(Matrix.row(0), Matrix.row(1))));
        assertFalse(new SoftmaxCrossEntropy().gradient(huge, Matrix.row(0, 1, 0)).hasNonFinite());
    }

    @Test
    void shapeMismatchAndUnknownNamesAreExplained() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MeanSquaredError().value(Matrix.zeros(2, 3), Matrix.zeros(2, 1)));
        assertTrue(e.getMessage().contains("2x3") && e.getMessage().contains("2x1"), e.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> Losses.byName("hinge"));
        assertTrue(unknown.getMessage().contains("\"hinge\"") && unknown.getMessage().contains("mse"), unknown.getMessage());
        assertInstanceOf(BinaryCrossEntropy.class, Losses.byName("Binary-CrossEntropy"));
    }
}
