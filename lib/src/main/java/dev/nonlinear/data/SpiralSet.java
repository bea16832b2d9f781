package dev.nonlinear.data;

import java.util.Random;

import static dev.nonlinear.data.PlaygroundSampling.check;
import static dev.nonlinear.data.PlaygroundSampling.dataset;
import static dev.nonlinear.data.PlaygroundSampling.uniform;

/**
 * The Playground's {@code spiral} set ({@link Playground#spiral}): two interleaved spirals of 1.75
 * turns. Point i of a spiral with m = numSamples / 2 points has radius r = 5·i/m and angle
 * t = 1.75·2π·i/m (+π for the negatives), so the two arms never meet. Positives (y = 1) first.
 *
 * <p>Unlike the other sets, noise moves the point itself, by U(−1, 1)·noise in each coordinate;
 * the label stays.
 */
final class SpiralSet {
    private SpiralSet() {
    }

    static Dataset draw(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double half = numSamples / 2.0;
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int k = 0; k < numSamples; k++) {
            boolean positive = k < positives;
            int i = positive ? k : k - positives;
            double deltaT = positive ? 0 : Math.PI;
            double r = i / half * 5;
            double t = 1.75 * i / half * 2 * Math.PI + deltaT;
            x[2 * k] = r * Math.sin(t) + uniform(random, -1, 1) * noise;
            x[2 * k + 1] = r * Math.cos(t) + uniform(random, -1, 1) * noise;
            y[k] = positive ? 1 : 0;
        }
        return dataset(x, y);
    }
}
