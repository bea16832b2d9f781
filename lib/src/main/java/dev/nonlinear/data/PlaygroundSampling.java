package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

import java.util.Random;

/**
 * What every {@link Playground} generator shares: checking its arguments, the Playground's two
 * ways of drawing a random number, and packing the coordinates into a {@link Dataset}. The draws
 * copy the Playground's {@code dataset.ts} exactly, so the same formulas give the same pictures.
 */
final class PlaygroundSampling {
    private PlaygroundSampling() {
    }

    /** At least one point, and noise within the Playground's slider (0–50 %). */
    static void check(int numSamples, double noise) {
        if (numSamples <= 0) {
            throw new IllegalArgumentException("numSamples must be > 0, got " + numSamples);
        }
        if (!(noise >= 0 && noise <= Playground.MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in [0, " + Playground.MAX_NOISE
                    + "] (the Playground's 0–50 %), got " + noise);
        }
    }

    /** Points stored as (x0, y0, x1, y1, …) and one target per point, as n × 2 and n × 1. */
    static Dataset dataset(double[] x, double[] y) {
        return new Dataset(new Matrix(y.length, 2, x), new Matrix(y.length, 1, y));
    }

    /** U(a, b) as the Playground draws it: random · (b − a) + a. */
    static double uniform(Random random, double a, double b) {
        return random.nextDouble() * (b - a) + a;
    }

    /**
     * The Playground's normal sampler (Marsaglia's polar method, one value per accepted pair). It
     * also rejects s = 0, where the Playground's version would return infinity.
     */
    static double normal(Random random, double mean, double variance) {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * random.nextDouble() - 1;
            v2 = 2 * random.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        double result = Math.sqrt(-2 * Math.log(s) / s) * v1;
        return mean + Math.sqrt(variance) * result;
    }
}
