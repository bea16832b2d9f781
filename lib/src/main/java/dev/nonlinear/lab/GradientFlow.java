package dev.nonlinear.lab;

import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.layer.SequentialBuilder;
import dev.nonlinear.loss.BinaryCrossEntropy;
import dev.nonlinear.tensor.Matrix;

import java.util.Random;

/**
 * How big the gradient is when it reaches each layer of a deep, untrained network: the measure
 * behind notebook 03's vanishing-gradient explorer. One batch of 64 random inputs with random 0/1
 * targets goes forward and back through {@code depth} hidden layers of 32 units; the result is the
 * norm of ‖dL/dW‖ per hidden layer, layer 1 next to the input.
 */
public final class GradientFlow {
    private static final int WIDTH = 32;

    private GradientFlow() {
    }

    /**
     * @param scale multiplies every weight after the builder's initialisation (1 = as built:
     *              Glorot, He for the ReLU family, LeCun for SELU); the weights of the output layer too
     */
    public static double[] normsPerLayer(String activation, int depth, double scale, long seed) {
        if (depth < 1 || !(scale > 0)) {
            throw new IllegalArgumentException("expected depth >= 1 and scale > 0, got depth " + depth + ", scale " + scale);
        }
        SequentialBuilder builder = Sequential.input(WIDTH, seed);
        for (int i = 0; i < depth; i++) {
            builder.dense(WIDTH, activation);
        }
        Sequential network = builder.dense(1, "sigmoid").build();
        network.layers().stream().filter(Dense.class::isInstance).map(Dense.class::cast)
                .forEach(dense -> scaleInPlace(dense.weights(), scale));
        Random random = new Random(seed);
        Matrix x = Matrix.gaussian(64, WIDTH, 1, random);
        Matrix y = Matrix.uniform(64, 1, 0, 1, random).map(v -> v < 0.5 ? 0 : 1);
        network.backward(new BinaryCrossEntropy(), network.forward(x), y);
        return network.layers().stream().filter(Dense.class::isInstance)
                .mapToDouble(layer -> layer.parameters().get(0).grad().norm()).limit(depth).toArray();
    }

    private static void scaleInPlace(Matrix weights, double factor) {
        for (int r = 0; r < weights.rows(); r++) {
            for (int c = 0; c < weights.cols(); c++) {
                weights.set(r, c, weights.get(r, c) * factor);
            }
        }
    }
}
