package dev.nonlinear.data;

import java.util.Random;

import static dev.nonlinear.data.PlaygroundSampling.check;
import static dev.nonlinear.data.PlaygroundSampling.dataset;
import static dev.nonlinear.data.PlaygroundSampling.uniform;

/**
 * The Playground's {@code xor} set ({@link Playground#xor}): the four quadrants. Coordinates are
 * uniform in [−5, 5], each pushed 0.3 away from its axis, so with no noise |x|, |y| ≥ 0.3.
 * Positive (y = 1) when x·y ≥ 0, i.e. in the top-right and bottom-left quadrants.
 *
 * <p>Noise does not move the stored point: the label is computed for the point moved by
 * U(−5, 5)·noise in each coordinate.
 */
final class XorSet {
    private XorSet() {
    }

    static Dataset draw(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double padding = 0.3;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            double px = uniform(random, -5, 5);
            px += px > 0 ? padding : -padding;
            double py = uniform(random, -5, 5);
            py += py > 0 ? padding : -padding;
            double noiseX = uniform(random, -5, 5) * noise;
            double noiseY = uniform(random, -5, 5) * noise;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = (px + noiseX) * (py + noiseY) >= 0 ? 1 : 0;
        }
        return dataset(x, y);
    }
}
