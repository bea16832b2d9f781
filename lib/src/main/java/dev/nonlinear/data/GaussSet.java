package dev.nonlinear.data;

import java.util.Random;

import static dev.nonlinear.data.PlaygroundSampling.check;
import static dev.nonlinear.data.PlaygroundSampling.dataset;
import static dev.nonlinear.data.PlaygroundSampling.normal;

/**
 * The Playground's {@code gauss} set ({@link Playground#gauss}): two Gaussian clouds, positives
 * (y = 1) around (2, 2), negatives (y = 0) around (−2, −2). Here noise widens the clouds instead of
 * flipping labels: the variance of each coordinate grows linearly from 0.5 at noise 0 to 4 at 0.5,
 * so the clouds overlap more and more.
 */
final class GaussSet {
    private GaussSet() {
    }

    static Dataset draw(int numSamples, double noise, long seed) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double variance = variance(noise);
        int positives = (numSamples + 1) / 2;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            boolean positive = i < positives;
            double center = positive ? 2 : -2;
            x[2 * i] = normal(random, center, variance);
            x[2 * i + 1] = normal(random, center, variance);
            y[i] = positive ? 1 : 0;
        }
        return dataset(x, y);
    }

    /** 0.5 + 7·noise: 0.5 at no noise, 4 at the slider's maximum of 0.5. */
    static double variance(double noise) {
        return 0.5 + (4 - 0.5) * (noise / Playground.MAX_NOISE);
    }
}
