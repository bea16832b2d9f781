package dev.nonlinear.layer;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.Activations;
import dev.nonlinear.loss.Loss;
import dev.nonlinear.loss.Losses;
import dev.nonlinear.optim.Adam;
import dev.nonlinear.optim.Optimizer;
import dev.nonlinear.optim.SGD;
import dev.nonlinear.loss.CategoricalCrossEntropy;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The layers' reused buffers: they must compute what the readable formulas compute, what
 * {@code predict} returns must stay valid, and a training step must really not allocate.
 */
class TrainingBuffersTest {

    private static Sequential mlp(long seed) {
        return Sequential.input(20, seed).dense(32, "relu").dense(16, "tanh").dense(5, "softmax").build();
    }

    private static Matrix oneHot(int rows, int classes, Random random) {
        Matrix y = new Matrix(rows, classes);
        for (int r = 0; r < rows; r++) {
            y.set(r, random.nextInt(classes), 1);
        }
        return y;
    }

    @Test
    void predictResultsStayValidWhileForwardReusesItsBuffer() {
        Sequential model = mlp(1);
        Random random = new Random(2);
        Matrix x1 = Matrix.gaussian(8, 20, 1, random);
        Matrix x2 = Matrix.gaussian(8, 20, 1, random);
        Matrix first = model.predict(x1);
        Matrix kept = first.copy();
        Matrix buffer = model.forward(x2);
        assertSame(buffer, model.forward(x1), "forward returns the last layer's buffer");
        assertEquals(kept, buffer);
        model.forward(x2);
        assertEquals(kept, first, "a later forward pass must not overwrite what predict returned");
        assertEquals(model.predict(x2), model.forward(x2));
    }

    /** Dense against the readable formulas in its class comment, twice, so the buffers are reused. */
    @Test
    void denseMatchesItsReadableFormulas() {
        Random random = new Random(12);
        Dense dense = new Dense(37, 13, Init.HE, random);
        dense.bias().data()[3] = 0.5;
        Matrix x = Matrix.gaussian(9, 37, 1, random);
        Matrix g = Matrix.gaussian(9, 13, 1, random);
        Matrix w = dense.weights();
        Matrix y = x.matmul(w).plusRow(dense.bias());
        Matrix dw = x.transpose().matmul(g);
        Matrix db = g.sumRows();
        Matrix dx = g.matmul(w.transpose());

        for (int pass = 0; pass < 2; pass++) {
            assertClose(y, dense.forward(x));
            assertClose(dx, dense.backward(g, true));
            assertClose(dw, dense.parameters().get(0).grad());
            assertClose(db, dense.parameters().get(1).grad());
        }
        assertNull(dense.backward(g, false), "the first layer skips dLoss/dInput");
    }

    private static void assertClose(Matrix expected, Matrix actual) {
        assertEquals(expected.shape(), actual.shape());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.data()[i], actual.data()[i], 1e-12 * (1 + Math.abs(expected.data()[i])));
        }
    }

    /** Backward replaces the gradients: the same batch twice gives the same gradients, not twice them. */
    @Test
    void backwardOverwritesTheGradientsOfThePreviousBatch() {
        Sequential model = mlp(3);
        Random random = new Random(4);
        Matrix x = Matrix.gaussian(6, 20, 1, random);
        Matrix y = oneHot(6, 5, random);
        Matrix other = Matrix.gaussian(6, 20, 1, random);
        Loss loss = new CategoricalCrossEntropy();

        model.backward(loss, model.forward(x), y);
        List<Matrix> once = model.parameters().stream().map(p -> p.grad().copy()).toList();
        model.backward(loss, model.forward(other), y);
        model.backward(loss, model.forward(x), y);
        for (int i = 0; i < once.size(); i++) {
            assertEquals(once.get(i), model.parameters().get(i).grad(), model.parameters().get(i).toString());
        }
    }

    static List<String> activationNames() {
        return Activations.names();
    }

    @ParameterizedTest
    @MethodSource("activationNames")
    void inPlaceActivationFormsMatchTheArrayForms(String name) {
        Activation f = Activations.byName(name);
        Random random = new Random(name.hashCode());
        double[] x = new double[9];
        double[] g = new double[9];
        for (int i = 0; i < x.length; i++) {
            x[i] = 4 * random.nextGaussian();
            g[i] = random.nextGaussian();
        }
        double[] out = new double[12];
        double[] gradIn = new double[12];
        double[] xs = new double[12];
        double[] gs = new double[12];
        System.arraycopy(x, 0, xs, 2, 9);
        System.arraycopy(g, 0, gs, 2, 9);
        f.apply(xs, out, 2, 9);
        f.backward(xs, gs, gradIn, 2, 9);
        double[] expected = f.apply(x);
        double[] expectedGrad = f.backward(x, g);
        for (int i = 0; i < 9; i++) {
            assertEquals(expected[i], out[i + 2], 1e-15, name + " apply");
            assertEquals(expectedGrad[i], gradIn[i + 2], 1e-15, name + " backward");
        }
        assertEquals(0, out[0]);
        assertEquals(0, out[11]);
    }

    static List<String> lossNames() {
        return Losses.names();
    }

    @ParameterizedTest
    @MethodSource("lossNames")
    void inPlaceLossGradientsMatchTheAllocatingOnes(String name) {
        Loss loss = Losses.byName(name);
        Random random = new Random(name.hashCode());
        Matrix p = Matrix.uniform(4, 3, 0.05, 0.95, random);
        Matrix y = oneHot(4, 3, random);
        Matrix out = Matrix.filled(4, 3, Double.NaN);
        loss.gradient(p, y, out);
        assertEquals(loss.gradient(p, y), out);
        // The shortcut exists exactly for these pairs, and is (p − y) divided by what the loss averages over.
        for (String act : List.of("softmax", "sigmoid", "relu")) {
            Activation a = Activations.byName(act);
            Matrix fused = Matrix.filled(4, 3, Double.NaN);
            boolean shortcut = loss.gradientThroughActivation(a, p, y, fused);
            String pair = name + " + " + act;
            assertEquals(pair.equals("categorical_crossentropy + softmax") || pair.equals("binary_crossentropy + sigmoid"),
                    shortcut, pair);
            if (shortcut) {
                double n = act.equals("softmax") ? p.rows() : p.size();
                assertEquals(p.minus(y).scale(1.0 / n), fused, pair);
            } else {
                assertTrue(Double.isNaN(fused.get(0, 0)), pair + " must leave the buffer untouched");
            }
        }
    }

    /** A training step (batch copy, forward, loss, backward, update) allocates nothing once warm. */
    @Test
    void aTrainingStepAllocatesNothingWithEachOptimizer() {
        for (Optimizer optimizer : List.of(new SGD(0.01), new SGD(0.01, 0.9), new Adam(0.001))) {
            assertNoAllocationPerBatch(new CategoricalCrossEntropy(), "softmax", optimizer);
        }
    }

    @ParameterizedTest
    @MethodSource("lossNames")
    void aTrainingStepAllocatesNothingWithEachLoss(String name) {
        String last = switch (name) {
            case "categorical_crossentropy" -> "softmax";
            case "binary_crossentropy" -> "sigmoid";
            default -> "linear";
        };
        assertNoAllocationPerBatch(Losses.byName(name), last, new SGD(0.01));
    }

    private static void assertNoAllocationPerBatch(Loss loss, String lastActivation, Optimizer optimizer) {
        Sequential model = Sequential.input(20, 5).dense(32, "relu").dense(16, "tanh").dense(5, lastActivation).build();
        Random random = new Random(6);
        Matrix data = Matrix.gaussian(256, 20, 1, random);
        Matrix targets = oneHot(256, 5, random);
        int[] order = dev.nonlinear.data.Dataset.permutation(256, random);
        Matrix x = new Matrix(16, 20);
        Matrix y = new Matrix(16, 5);
        Runnable epoch = () -> {
            for (int from = 0; from < 256; from += 16) {
                data.selectRows(order, from, from + 16, x);
                targets.selectRows(order, from, from + 16, y);
                Matrix predictions = model.forward(x);
                assertTrue(Double.isFinite(loss.value(predictions, y)));
                model.backward(loss, predictions, y);
                optimizer.step(model.parameters());
            }
        };
        for (int i = 0; i < 300; i++) {
            epoch.run();                              // warm up, so the JIT removes temporary objects
        }
        // Measured again and again, keeping the least, until it is small or 30 s have passed: until
        // C2 has compiled the fast kernels, every Vector API operation allocates a box (about
        // 100 KB per batch), and on a busy machine the compiler can take seconds to get there. A
        // buffer allocated per batch shows up in every measurement, however long we wait.
        long perBatch = Long.MAX_VALUE;
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (int attempt = 0; attempt < 3 || (perBatch >= 640 && System.nanoTime() < deadline); attempt++) {
            long before = allocatedBytes();
            for (int i = 0; i < 20; i++) {
                epoch.run();
            }
            perBatch = Math.min(perBatch, (allocatedBytes() - before) / (20 * 16));
        }
        // The smallest buffer of a step is 16 × 5 doubles (640 bytes); anything below that per
        // batch means no matrix or array is allocated per batch. What remains: a few small
        // objects, such as the six Product records (48 bytes each) that describe the step's
        // matrix products to the fast kernels.
        assertTrue(perBatch < 640, loss.name() + ", " + optimizer + ": " + perBatch + " bytes allocated per batch");
    }

    private static long allocatedBytes() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
