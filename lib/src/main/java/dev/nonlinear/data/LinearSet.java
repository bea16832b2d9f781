package dev.nonlinear.data;

import java.util.Random;

import static dev.nonlinear.data.PlaygroundSampling.check;
import static dev.nonlinear.data.PlaygroundSampling.dataset;
import static dev.nonlinear.data.PlaygroundSampling.uniform;

/**
 * The {@code linear} set ({@link Playground#linear}), not in the Playground: two classes split by
 * the line x + y = 0, for the lesson "on linearly separable data even a linear model learns fast".
 * Points are uniform in [−5, 5]², redrawn until they are at least 0.5 away from the line, so with
 * no noise the classes are separated by a margin of 1. Positives (y = 1, x + y &gt; 0) first.
 *
 * <p>As in {@link CircleSet}, noise does not move the stored point: the label is computed for the
 * point moved by U(−5, 5)·noise in each coordinate.
 */
final class LinearSet {
    private LinearSet() {
    }

    static Dataset draw(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double margin = 0.5;
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            double side = i < positives ? 1 : -1;
            double px;
            double py;
            do {
                px = uniform(random, -5, 5);
                py = uniform(random, -5, 5);
            } while (side * (px + py) / Math.sqrt(2) < margin);
            double noiseX = uniform(random, -5, 5) * noise;
            double noiseY = uniform(random, -5, 5) * noise;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = (px + noiseX) + (py + noiseY) > 0 ? 1 : 0;
        }
        return dataset(x, y);
    }
}
