package dev.nonlinear.playground;

import dev.nonlinear.layer.Init;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.layer.SequentialBuilder;
import dev.nonlinear.loss.BinaryCrossEntropy;
import dev.nonlinear.loss.CategoricalCrossEntropy;
import dev.nonlinear.loss.Loss;
import dev.nonlinear.loss.MeanSquaredError;

/**
 * The network a {@link PlaygroundLab} trains and the loss it trains with, from the lab's
 * settings. The output follows the problem:
 * <pre>
 *   regression           1 linear output              squared error (what the Playground does)
 *   two classes          1 sigmoid output (p = blue)  squared error or cross-entropy
 *   three or more        one softmax output per class squared error or cross-entropy
 * </pre>
 * The Playground itself ends classification in tanh with labels ±1 and knows only squared error;
 * the kit's sets label classes 0/1, so the output here is a probability, and cross-entropy (fused
 * with the sigmoid or softmax, so its gradient is simply p − y) is one option away.
 */
final class LabNetwork {
    private LabNetwork() {
    }

    /**
     * Features → hidden layers → output, every weight drawn from {@code seed} with the Playground's
     * start (U(−0.5, 0.5), biases 0.1), so the same settings and seed give the same network.
     */
    static Sequential build(int features, HiddenLayers hidden, int classes, long seed) {
        SequentialBuilder builder = Sequential.input(features, seed).init(Init.PLAYGROUND);
        for (int layer = 0; layer < hidden.layers(); layer++) {
            builder.dense(hidden.neurons(layer), hidden.activation(layer));
        }
        return switch (classes) {
            case 0 -> builder.dense(1, "linear").build();
            case 2 -> builder.dense(1, "sigmoid").build();
            default -> builder.dense(classes, "softmax").build();
        };
    }

    /** Squared error for regression, and for classification unless {@code crossEntropy}. */
    static Loss loss(int classes, boolean crossEntropy) {
        if (classes == 0 || !crossEntropy) {
            return new MeanSquaredError();
        }
        return classes == 2 ? new BinaryCrossEntropy() : new CategoricalCrossEntropy();
    }
}
