package dev.nonlinear.data;

import java.util.Random;

import static dev.nonlinear.data.PlaygroundSampling.check;
import static dev.nonlinear.data.PlaygroundSampling.dataset;
import static dev.nonlinear.data.PlaygroundSampling.uniform;

/**
 * The Playground's {@code circle} set ({@link Playground#circle}): two rings around the origin
 * (radius 5). Positives (blue, y = 1) have a radius drawn uniformly in [0, 2.5), negatives
 * (orange, y = 0) in [3.5, 5), so with no noise there is an empty ring between 2.5 and 3.5.
 *
 * <p>Noise does not move the stored point: the label is "distance to the origin &lt; 2.5" of the
 * point moved by U(−5, 5)·noise in each coordinate, so points near the boundary can get the other
 * class's label.
 */
final class CircleSet {
    private CircleSet() {
    }

    static Dataset draw(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double radius = 5;
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            boolean inner = i < positives;
            double r = inner ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
            double angle = uniform(random, 0, 2 * Math.PI);
            double px = r * Math.sin(angle);
            double py = r * Math.cos(angle);
            double noiseX = uniform(random, -radius, radius) * noise;
            double noiseY = uniform(random, -radius, radius) * noise;
            boolean positive = Math.hypot(px + noiseX, py + noiseY) < radius * 0.5;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = positive ? 1 : 0;
        }
        return dataset(x, y);
    }
}
