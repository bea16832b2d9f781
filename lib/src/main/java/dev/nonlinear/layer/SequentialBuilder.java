package dev.nonlinear.layer;

import dev.nonlinear.activation.Activations;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Describes a {@link Sequential} model layer by layer; start one with {@link Sequential#input}:
 *
 * <pre>{@code
 * Sequential model = Sequential.input(2, 42)     // 2 features, seed 42
 *         .dense(8, "tanh")                      // Dense 2 → 8, then tanh
 *         .dense(1, "sigmoid")                   // Dense 8 → 1, then sigmoid
 *         .build();
 * }</pre>
 *
 * The builder keeps track of the current width, so each layer is given only its number of
 * outputs, and draws every Dense layer's weights from one seeded {@link Random}, so the same seed
 * gives the same starting network.
 */
public final class SequentialBuilder {
    private final int inputSize;
    private final Random random;
    private final List<Layer> layers = new ArrayList<>();
    private int size;
    private Init init;

    SequentialBuilder(int inputSize, long seed) {
        this.inputSize = inputSize;
        this.size = inputSize;
        this.random = new Random(seed);
    }

    /** Chooses the weight initialisation of all following Dense layers, instead of one per activation. */
    public SequentialBuilder init(Init init) {
        this.init = init;
        return this;
    }

    /**
     * A Dense layer followed by the named activation. Its weights start as {@link #init} says, or
     * else as {@link Init#forActivation} picks for this activation (He for ReLU, LeCun for SELU,
     * Glorot for the rest); {@link Sequential#summary()} shows which.
     */
    public SequentialBuilder dense(int units, String activation) {
        var act = Activations.byName(activation);
        Init chosen = init != null ? init : Init.forActivation(act.name());
        layers.add(new Dense(size, units, chosen, random));
        layers.add(new ActivationLayer(act));
        size = units;
        return this;
    }

    /** A Dense layer without activation (a purely linear map). */
    public SequentialBuilder dense(int units) {
        layers.add(new Dense(size, units, init != null ? init : Init.XAVIER, random));
        size = units;
        return this;
    }

    /** Any layer, e.g. one written in a notebook; it must accept the current width. */
    public SequentialBuilder add(Layer layer) {
        size = layer.outputSize(size);
        layers.add(layer);
        return this;
    }

    public Sequential build() {
        if (layers.isEmpty()) {
            throw new IllegalStateException("a model needs at least one layer");
        }
        return new Sequential(inputSize, layers);
    }
}
