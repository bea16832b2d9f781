package dev.nonlinear.lab;

import dev.nonlinear.playground.PlaygroundLab;

/**
 * Notebook 01's three scenarios as Playground labs, each with the Playground's 4-2 network and
 * trained for {@code epochs} before it is shown, so a rendered notebook shows the result and a
 * learner can press play to go on, or reset to watch it from the start.
 */
public final class PlaygroundPresets {
    private PlaygroundPresets() {
    }

    /** A straight line separates the data, and the network has no non-linearity: enough. */
    public static PlaygroundLab linearDataLinearActivation(int epochs) {
        return trained("linear", "linear", epochs);
    }

    /** The circle, and still no non-linearity: every layer is linear, so the boundary stays a straight line. */
    public static PlaygroundLab circleLinearActivation(int epochs) {
        return trained("circle", "linear", epochs);
    }

    /**
     * The circle with sigmoid units: the boundary bends around the inner class. Learning rate 1
     * instead of the Playground's 0.03: sigmoid's slope is at most 0.25, and through two such
     * layers the steps are small (at 0.03 it is still near chance after 300 epochs).
     */
    public static PlaygroundLab circleSigmoid(int epochs) {
        PlaygroundLab lab = trained("circle", "sigmoid", 0);
        lab.settings().learningRate(1.0);
        return train(lab, epochs);
    }

    private static PlaygroundLab trained(String data, String activation, int epochs) {
        PlaygroundLab lab = new PlaygroundLab(1);
        lab.settings().dataset(data).showTestData(true);
        for (int layer = 0; layer < lab.settings().hidden().layers(); layer++) {
            lab.setActivation(layer, activation);
        }
        return train(lab, epochs);
    }

    private static PlaygroundLab train(PlaygroundLab lab, int epochs) {
        for (int epoch = 0; epoch < epochs; epoch++) {
            lab.step();
        }
        return lab;
    }
}
