package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;

import java.util.Random;

/**
 * How a {@link Dense} layer's weights start. The scale matters: too large saturates sigmoid and
 * tanh, too small makes the signal shrink layer after layer until nothing reaches the loss. Each
 * rule picks the scale that keeps the variance of the signal about the same from layer to layer,
 * for the activation it was derived for. Notebook 03c measures this.
 */
public enum Init {
    /**
     * Glorot &amp; Bengio (2010), "Understanding the difficulty of training deep feedforward neural
     * networks": U(±√(6/(in+out))), variance 2/(in+out). Derived for tanh-like activations,
     * which are close to the identity around 0.
     */
    XAVIER("Glorot (Xavier) uniform"),
    /**
     * He et al. (2015), "Delving deep into rectifiers": N(0, 2/in). ReLU zeroes half of its inputs,
     * halving the variance; twice Glorot's scale makes up for it.
     */
    HE("He normal"),
    /**
     * LeCun et al. (1998), "Efficient BackProp": N(0, 1/in). SELU's self-normalising property
     * (Klambauer et al. 2017) is proved for this start.
     */
    LECUN("LeCun normal"),
    /** TensorFlow Playground: U(−0.5, 0.5) whatever the width, so the notebooks can replay the Playground. */
    PLAYGROUND("Playground uniform ±0.5");

    private final String description;

    Init(String description) {
        this.description = description;
    }

    /**
     * The start the model builder uses when none is chosen: He for the ReLU family (names
     * containing "relu": relu, leaky_relu, relu6), LeCun for SELU, Glorot for everything else.
     * Choose another with {@code Sequential.input(...).init(Init.HE)}.
     */
    public static Init forActivation(String activationName) {
        if (activationName.contains("relu")) {
            return HE;
        }
        return activationName.equals("selu") ? LECUN : XAVIER;
    }

    public Matrix weights(int in, int out, Random random) {
        return switch (this) {
            case XAVIER -> {
                double limit = Math.sqrt(6.0 / (in + out));
                yield Matrix.uniform(in, out, -limit, limit, random);
            }
            case HE -> Matrix.gaussian(in, out, Math.sqrt(2.0 / in), random);
            case LECUN -> Matrix.gaussian(in, out, Math.sqrt(1.0 / in), random);
            case PLAYGROUND -> Matrix.uniform(in, out, -0.5, 0.5, random);
        };
    }

    /** Bias start: zero, except the Playground's 0.1. */
    public double bias() {
        return this == PLAYGROUND ? 0.1 : 0.0;
    }

    /** E.g. "He normal", for model summaries. */
    @Override
    public String toString() {
        return description;
    }
}
