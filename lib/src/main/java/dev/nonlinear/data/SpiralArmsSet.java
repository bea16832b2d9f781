package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

import java.util.Random;

import static dev.nonlinear.data.PlaygroundSampling.check;
import static dev.nonlinear.data.PlaygroundSampling.uniform;

/**
 * Not in the Playground: {@link Playground#spiralArms}, the {@code spiral} set with more than two
 * arms, one class per arm, for softmax outputs. Arm c is the Playground's spiral turned by
 * c·2π/arms, so with 2 arms it is exactly {@link SpiralSet}'s shape; noise moves the points by
 * U(−1, 1)·noise in each coordinate, as there. Targets are one-hot (n × arms), arm 0 first; the
 * first {@code numSamples % arms} arms get one point more.
 */
final class SpiralArmsSet {
    private SpiralArmsSet() {
    }

    static Dataset draw(int numSamples, int arms, double noise, long seed) {
        check(numSamples, noise);
        if (arms < 2 || arms > 8) {
            throw new IllegalArgumentException("arms must be in [2, 8], got " + arms);
        }
        Random random = new Random(seed);
        double[] x = new double[numSamples * 2];
        int[] labels = new int[numSamples];
        int k = 0;
        for (int arm = 0; arm < arms; arm++) {
            int points = numSamples / arms + (arm < numSamples % arms ? 1 : 0);
            double turn = arm * 2 * Math.PI / arms;
            for (int i = 0; i < points; i++, k++) {
                // Same radius and angle as the two-arm spiral: 5 at the end, 1.75 turns.
                double r = 5.0 * i / points;
                double t = 1.75 * 2 * Math.PI * i / points + turn;
                x[2 * k] = r * Math.sin(t) + uniform(random, -1, 1) * noise;
                x[2 * k + 1] = r * Math.cos(t) + uniform(random, -1, 1) * noise;
                labels[k] = arm;
            }
        }
        return new Dataset(new Matrix(numSamples, 2, x), Dataset.oneHot(labels, arms));
    }
}
