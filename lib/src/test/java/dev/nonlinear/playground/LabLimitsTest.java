package dev.nonlinear.playground;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every limit of the Playground's controls fails with a message naming the value and the allowed range. */
class LabLimitsTest {

    private static void rejects(Executable change, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, change);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "\"" + part + "\" in: " + e.getMessage());
        }
    }

    @Test
    void upToSixHiddenLayersAndNoneIsAllowed() {
        PlaygroundLab lab = new PlaygroundLab(1);
        for (int i = 0; i < 4; i++) {
            lab.addLayer();
        }
        assertEquals(6, lab.settings().hidden().layers());
        rejects(lab::addLayer, "7", "[0, 6]");
        for (int i = 0; i < 6; i++) {
            lab.removeLayer();
        }
        assertEquals(3, lab.model().layers().size() + 1);   // Dense and sigmoid only
        rejects(lab::removeLayer, "0", "[0, 6]");
        lab.step();                                         // a network without hidden layers trains
    }

    @Test
    void oneToEightNeuronsPerLayer() {
        PlaygroundLab lab = new PlaygroundLab(1);
        for (int i = 0; i < 4; i++) {
            lab.addNeuron(0);
        }
        assertEquals(8, lab.settings().hidden().neurons(0));
        rejects(() -> lab.addNeuron(0), "9", "[1, 8]");
        lab.removeNeuron(1);
        rejects(() -> lab.removeNeuron(1), "0", "[1, 8]");
        rejects(() -> lab.addNeuron(2), "hidden layer 2", "[0, 1]");
        rejects(() -> lab.setActivation(-1, "relu"), "-1", "[0, 1]");
    }

    @Test
    void activationsMustBeElementwiseAndKnown() {
        PlaygroundLab lab = new PlaygroundLab(1);
        rejects(() -> lab.setActivation(0, "swishy"), "\"swishy\"", "tanh", "relu");
        rejects(() -> lab.setActivation(0, "softmax"), "softmax");
    }

    @Test
    void settingsNameTheirRanges() {
        LabSettings s = new PlaygroundLab(1).settings();
        rejects(() -> s.batchSize(31), "batch size", "[1, 30]", "31");
        rejects(() -> s.batchSize(0), "[1, 30]", "0");
        rejects(() -> s.trainRatio(0.95), "train ratio", "[0.1, 0.9]", "0.95");
        rejects(() -> s.noise(0.6), "noise", "[0, 0.5]", "0.6");
        rejects(() -> s.learningRate(0), "learning rate", "got 0");
        rejects(() -> s.regularization("L2", 11), "regularization rate", "[0, 10]", "11");
        rejects(() -> s.regularization("L3", 0.1), "\"L3\"");
        rejects(() -> s.features(new String[0]), "at least 1");
        rejects(() -> s.features("x3"), "\"x3\"", "sin x1");
        rejects(() -> s.dataset("moons"), "\"moons\"", "spiral-3");
        rejects(() -> s.loss("hinge"), "\"hinge\"", "cross_entropy");
        rejects(() -> s.problem("clustering"), "\"clustering\"");
    }

    @Test
    void featuresKeepThePlaygroundsOrder() {
        LabSettings s = new PlaygroundLab(1).settings();
        s.features("sin x2", "X1", "x₁²", "x1");
        assertEquals(java.util.List.of(Feature.X1, Feature.X1_SQUARED, Feature.SIN_X2), s.features());
    }
}
