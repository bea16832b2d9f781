package dev.nonlinear.playground;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.ActivationLayer;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaygroundLabTest {

    static void train(PlaygroundLab lab, int epochs) {
        for (int i = 0; i < epochs; i++) {
            lab.step();
        }
    }

    /** The share of test points whose predicted class is right. */
    static double testAccuracy(PlaygroundLab lab) {
        Dataset test = lab.points().test();
        Dataset inputs = new Dataset(Feature.inputs(test.x(), lab.settings().features()), test.y());
        return inputs.accuracy(lab.model().predict(inputs.x()));
    }

    private static PlaygroundLab configured(long seed) {
        PlaygroundLab lab = new PlaygroundLab(seed);
        lab.settings().dataset("spiral").noise(0.2).trainRatio(0.7).batchSize(7)
                .features("x1", "x2", "sin x1").learningRate(0.05).regularization("L2", 0.001);
        lab.addLayer();
        lab.setActivation(2, "relu");
        return lab;
    }

    @Test
    void sameSettingsAndSeedGiveTheSameWeightsAndLosses() {
        PlaygroundLab a = configured(3);
        PlaygroundLab b = configured(3);
        train(a, 15);
        train(b, 15);
        assertEquals(a.weights().doubleColumn("weight").asList(), b.weights().doubleColumn("weight").asList());
        assertArrayEquals(a.history().trainLoss(), b.history().trainLoss());
        assertArrayEquals(a.history().testLoss(), b.history().testLoss());

        PlaygroundLab other = configured(4);
        train(other, 15);
        assertNotEquals(a.history().lastTestLoss(), other.history().lastTestLoss());

        a.reset();                                   // new weights from the seed: the same run again
        train(a, 15);
        assertArrayEquals(b.history().testLoss(), a.history().testLoss());
    }

    @Test
    void learnsTheCircleWithTanhToALowTestLoss() {
        PlaygroundLab lab = new PlaygroundLab(7);    // circle, x₁ x₂, 4-2 tanh: the Playground's start
        lab.settings().learningRate(0.1);
        train(lab, 150);
        assertEquals(150, lab.epoch());
        assertEquals(151, lab.history().size());   // epoch 0, the untrained network, first
        assertTrue(lab.history().lastTestLoss() < 0.02, lab.text());
        assertTrue(lab.history().testLoss()[0] > 0.2, "starts badly: " + lab.history().testLoss()[0]);
        assertTrue(testAccuracy(lab) > 0.97, lab.text());
    }

    @Test
    void xorNeedsTheProductFeatureOrAHiddenLayer() {
        PlaygroundLab linear = new PlaygroundLab(7);
        linear.settings().dataset("xor").learningRate(0.1);
        linear.removeLayer();
        linear.removeLayer();                        // x₁, x₂ straight to the output: a line
        train(linear, 200);
        assertTrue(linear.history().lastTestLoss() > 0.2, linear.text());

        PlaygroundLab product = new PlaygroundLab(7);
        product.settings().dataset("xor").features("x1x2").learningRate(0.1);
        product.removeLayer();
        product.removeLayer();
        train(product, 200);
        assertTrue(product.history().lastTestLoss() < 0.02, product.text());

        PlaygroundLab hidden = new PlaygroundLab(7);
        hidden.settings().dataset("xor").learningRate(0.1);
        train(hidden, 200);
        assertTrue(hidden.history().lastTestLoss() < 0.02, hidden.text());
    }

    @Test
    void softmaxLearnsThreeSpiralArmsWithCrossEntropy() {
        PlaygroundLab lab = new PlaygroundLab(7);
        lab.settings().dataset("spiral-3").features("x1", "x2", "sin x1", "sin x2").loss("cross_entropy");
        for (int i = 0; i < 4; i++) {
            lab.addNeuron(0);
        }
        for (int i = 0; i < 6; i++) {
            lab.addNeuron(1);
        }
        assertEquals(3, lab.model().outputSize());
        assertEquals("softmax", lab.model().layers().get(lab.model().layers().size() - 1).name());
        train(lab, 300);
        assertTrue(lab.history().lastTestLoss() < 0.5, lab.text());     // log 3 ≈ 1.1 is chance
        assertTrue(testAccuracy(lab) > 0.85, "accuracy " + testAccuracy(lab));
    }

    @Test
    void squaredErrorTrainsASoftmaxOutputToo() {
        // The Playground's own loss through the softmax's full Jacobian (no fused shortcut there).
        PlaygroundLab lab = new PlaygroundLab(7);
        lab.settings().dataset("spiral-3").features("x1", "x2", "sin x1", "sin x2").learningRate(0.3);
        for (int i = 0; i < 4; i++) {
            lab.addNeuron(0);
        }
        for (int i = 0; i < 6; i++) {
            lab.addNeuron(1);
        }
        assertEquals("mse", lab.loss().name());
        double start = lab.history().lastTestLoss();
        train(lab, 150);
        assertTrue(lab.history().lastTestLoss() < 0.5 * start, start + " → " + lab.text());
        assertTrue(testAccuracy(lab) > 0.7, "accuracy " + testAccuracy(lab));
    }

    @Test
    void regressionLearnsThePlane() {
        PlaygroundLab lab = new PlaygroundLab(7);
        lab.settings().problem("regression");
        assertEquals("reg-plane", lab.settings().dataset());
        assertEquals(0, lab.classes());
        assertEquals("linear", lab.model().layers().get(lab.model().layers().size() - 1).name());
        train(lab, 100);
        // The targets (x₁ + x₂)/10 have variance 0.24; the loss is the squared error.
        assertTrue(lab.history().lastTestLoss() < 0.002, lab.text());
    }

    @Test
    void l2RegularisationKeepsTheWeightsSmaller() {
        double[] sums = new double[2];
        for (int run = 0; run < 2; run++) {
            PlaygroundLab lab = new PlaygroundLab(7);
            lab.settings().learningRate(0.1).regularization(run == 0 ? "none" : "L2", 0.03);
            train(lab, 100);
            Table w = lab.weights();
            sums[run] = w.where(w.stringColumn("from").isNotEqualTo("bias")).doubleColumn("weight")
                    .map(Math::abs).sum();
        }
        assertTrue(sums[1] < 0.8 * sums[0], Arrays.toString(sums));
    }

    @Test
    void activationsArePerLayerAndShapeChangesStartOver() {
        PlaygroundLab lab = new PlaygroundLab(1);
        lab.setActivation(0, "gelu");
        lab.setActivation(1, "Leaky-ReLU");
        assertEquals("gelu", ((ActivationLayer) lab.model().layers().get(1)).activation().name());
        assertEquals("leaky_relu", ((ActivationLayer) lab.model().layers().get(3)).activation().name());
        assertEquals("4 gelu, 2 leaky_relu", lab.settings().hidden().toString());
        train(lab, 3);
        lab.settings().learningRate(0.5).batchSize(30).loss("cross_entropy");   // training knobs: go on
        assertEquals(3, lab.epoch());
        lab.settings().noise(0.1);                                                 // data: start over
        assertEquals(0, lab.epoch());
        assertEquals(1, lab.history().size());
        train(lab, 1);
        lab.addNeuron(1);
        assertEquals(0, lab.epoch());
        assertEquals(3, lab.model().layers().get(2).outputSize(4));
    }

    @Test
    void theWeightsTableHasOneRowPerWeightAndBias() {
        PlaygroundLab lab = new PlaygroundLab(2);
        lab.settings().features("x1", "x2", "x1^2", "x2^2", "x1x2", "sin x1", "sin x2");
        lab.addLayer();
        Table w = lab.weights();
        assertEquals(lab.model().parameterCount(), w.rowCount());
        assertEquals(7 * 4 + 4 + 4 * 2 + 2 + 2 * 2 + 2 + 2 * 1 + 1, w.rowCount());
        assertEquals(Arrays.asList("layer", "from", "to", "weight"), w.columnNames());
        assertEquals("x₁", w.stringColumn("from").get(0));
        assertEquals("h1.1", w.stringColumn("to").get(0));
        assertEquals(lab.model().layers().get(0).parameters().get(0).value().get(0, 0), w.doubleColumn("weight").get(0));
        assertEquals("out", w.stringColumn("to").get(w.rowCount() - 1));
        assertEquals(4 + 2 + 2 + 1, w.where(w.stringColumn("from").isEqualTo("bias")).rowCount());   // one per neuron
    }

    @Test
    void textDescribesTheState() {
        PlaygroundLab lab = new PlaygroundLab(5);
        lab.settings().features("x1", "sin x2");
        assertTrue(lab.text().contains("epoch 0: train loss 0."), lab.text());   // the untrained network's
        train(lab, 2);
        String text = lab.text();
        for (String expected : new String[]{"circle", "x₁ sin x₂", "4 tanh, 2 tanh", "epoch 2", "train loss 0.", "seed 5"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertFalse(text.contains("NaN"), text);
    }
}
