package dev.nonlinear.data;

import java.util.Random;
import java.util.function.DoubleBinaryOperator;

import static dev.nonlinear.data.PlaygroundSampling.check;
import static dev.nonlinear.data.PlaygroundSampling.dataset;
import static dev.nonlinear.data.PlaygroundSampling.uniform;

/**
 * The Playground's two regression sets, {@code reg-plane} ({@link Playground#regressionPlane}) and
 * {@code reg-gauss} ({@link Playground#regressionGaussian}). Both draw points uniformly in
 * [−6, 6]² and differ only in the target function, so they share one drawing loop.
 *
 * <p>Noise does not move the stored point: the target is computed for the point moved by
 * U(−6, 6)·noise in each coordinate.
 */
final class RegressionSets {
    /** Centres (x, y) and signs of the six bumps of {@code reg-gauss}. */
    private static final double[][] BUMPS = {
            {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
            {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1},
    };

    private RegressionSets() {
    }

    /**
     * A tilted plane: target (x + y) / 10. The Playground maps x + y from [−10, 10] onto [−1, 1]
     * without clamping, so targets reach ±1.2 in the corners.
     */
    static double planeTarget(double x, double y) {
        return (x + y) / 10;
    }

    /**
     * Six bumps in a 3 × 2 grid at x ∈ {−4, 0, 4}, y ∈ {2.5, −2.5} with alternating signs (+ − + on
     * top, − + − below). Each bump is a cone of height 1 falling to 0 at distance 2 (the
     * Playground's clamped scale from [0, 2] to [1, 0]); the target is the signed height of the
     * bump that is largest in absolute value, 0 away from all bumps.
     */
    static double bumpsTarget(double x, double y) {
        double target = 0;
        for (double[] bump : BUMPS) {
            double height = Math.min(1, Math.max(0, 1 - Math.hypot(x - bump[0], y - bump[1]) / 2));
            double value = bump[2] * height;
            if (Math.abs(value) > Math.abs(target)) {
                target = value;
            }
        }
        return target;
    }

    /** Points uniform in [−6, 6]², in the Playground's order of random draws, and their targets. */
    static Dataset draw(int numSamples, double noise, long seed, DoubleBinaryOperator target) {
        check(numSamples, noise);
        Random random = new Random(seed);
        double radius = 6;
        double[] x = new double[numSamples * 2];
        double[] y = new double[numSamples];
        for (int i = 0; i < numSamples; i++) {
            double px = uniform(random, -radius, radius);
            double py = uniform(random, -radius, radius);
            double noiseX = uniform(random, -radius, radius) * noise;
            double noiseY = uniform(random, -radius, radius) * noise;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = target.applyAsDouble(px + noiseX, py + noiseY);
        }
        return dataset(x, y);
    }
}
