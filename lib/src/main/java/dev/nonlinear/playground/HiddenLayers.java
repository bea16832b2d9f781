package dev.nonlinear.playground;

import dev.nonlinear.activation.Activations;

import java.util.ArrayList;
import java.util.List;

/**
 * The hidden part of a Playground network: how many layers, how many neurons in each, and each
 * layer's activation. The limits are the Playground's: up to {@value #MAX_LAYERS} hidden layers
 * (none is allowed: then the output sees the features directly) of 1 to {@value #MAX_NEURONS}
 * neurons. Layers are numbered from 0, the one next to the features. A lab changes them (and
 * then starts over with new weights); a notebook reads them.
 */
public final class HiddenLayers {
    public static final int MAX_LAYERS = 6;
    public static final int MAX_NEURONS = 8;
    /** The Playground adds layers of two neurons. */
    static final int NEW_LAYER_NEURONS = 2;

    private final List<Integer> neurons = new ArrayList<>();
    private final List<String> activations = new ArrayList<>();

    /** The Playground's start: two layers of 4 and 2 tanh neurons. */
    HiddenLayers() {
        this(List.of(4, 2), "tanh");
    }

    HiddenLayers(List<Integer> neuronsPerLayer, String activation) {
        for (int count : neuronsPerLayer) {
            addLayer();
            setNeurons(neurons.size() - 1, count);
            setActivation(neurons.size() - 1, activation);
        }
    }

    /** Adds a layer of two neurons after the last one, with the last layer's activation (tanh if none). */
    void addLayer() {
        if (neurons.size() >= MAX_LAYERS) {
            throw new IllegalArgumentException("cannot add hidden layer " + (neurons.size() + 1)
                    + ": the number of hidden layers must be in [0, " + MAX_LAYERS + "]");
        }
        activations.add(activations.isEmpty() ? "tanh" : activations.get(activations.size() - 1));
        neurons.add(NEW_LAYER_NEURONS);
    }

    /** Removes the last hidden layer. */
    void removeLayer() {
        if (neurons.isEmpty()) {
            throw new IllegalArgumentException("cannot remove a hidden layer: there are 0, and the number of"
                    + " hidden layers must be in [0, " + MAX_LAYERS + "]");
        }
        neurons.remove(neurons.size() - 1);
        activations.remove(activations.size() - 1);
    }

    void addNeuron(int layer) {
        setNeurons(layer, neurons(layer) + 1);
    }

    void removeNeuron(int layer) {
        setNeurons(layer, neurons(layer) - 1);
    }

    /** Sets the width of one layer, 1 to {@value #MAX_NEURONS}. */
    void setNeurons(int layer, int count) {
        checkLayer(layer);
        if (count < 1 || count > MAX_NEURONS) {
            throw new IllegalArgumentException("hidden layer " + layer + " would have " + count
                    + " neurons; neurons per layer must be in [1, " + MAX_NEURONS + "]");
        }
        neurons.set(layer, count);
    }

    /** Any element-wise activation of the kit ({@link Activations#names()} but softmax). */
    void setActivation(int layer, String name) {
        checkLayer(layer);
        activations.set(layer, Activations.elementwise(name).name());
    }

    public int layers() {
        return neurons.size();
    }

    public int neurons(int layer) {
        checkLayer(layer);
        return neurons.get(layer);
    }

    public String activation(int layer) {
        checkLayer(layer);
        return activations.get(layer);
    }

    private void checkLayer(int layer) {
        if (layer < 0 || layer >= neurons.size()) {
            throw new IllegalArgumentException("hidden layer " + layer + " does not exist; layer must be in [0, "
                    + (neurons.size() - 1) + "] (" + neurons.size() + " hidden layers)");
        }
    }

    /** E.g. "4 tanh, 2 relu", or "none". */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < neurons.size(); i++) {
            parts.add(neurons.get(i) + " " + activations.get(i));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
