package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

import java.util.Random;

/**
 * How a {@link Dense} layer's weights start. The scale matters: too large saturates sigmoid/tanh,
 * too small makes deep signals vanish.
 */
public enum Init {
    /** Glorot/Xavier uniform, U(±√(6/(in+out))): keeps variance steady for tanh and sigmoid. */
    XAVIER,
    /** He normal, N(0, 2/in): compensates for ReLU zeroing half its inputs. */
    HE,
    /** TensorFlow Playground: U(−0.5, 0.5), so the notebooks can replay the Playground. */
    PLAYGROUND;

    public Matrix weights(int in, int out, Random random) {
        return switch (this) {
            case XAVIER -> {
                double limit = Math.sqrt(6.0 / (in + out));
                yield Matrix.uniform(in, out, -limit, limit, random);
            }
            case HE -> Matrix.gaussian(in, out, Math.sqrt(2.0 / in), random);
            case PLAYGROUND -> Matrix.uniform(in, out, -0.5, 0.5, random);
        };
    }

    /** Bias start: zero, except the Playground's 0.1. */
    public double bias() {
        return this == PLAYGROUND ? 0.1 : 0.0;
    }
}
