package dev.nonlinear.lab;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.playground.HiddenLayers;
import dev.nonlinear.playground.PlaygroundLab;
import dev.nonlinear.widgets.Box;
import dev.nonlinear.widgets.Button;
import dev.nonlinear.widgets.Dropdown;
import dev.nonlinear.widgets.HBox;
import dev.nonlinear.widgets.Label;
import dev.nonlinear.widgets.VBox;
import dev.nonlinear.widgets.Widget;

import java.util.ArrayList;
import java.util.List;

import static dev.nonlinear.lab.PlaygroundDataControls.apply;

/**
 * The hidden layers: "+ layer" and "− layer" (up to {@value HiddenLayers#MAX_LAYERS}), and per
 * layer its neuron count with + and − (up to {@value HiddenLayers#MAX_NEURONS}) and its own
 * activation from the kit's whole zoo. The column is rebuilt whenever the layers change.
 */
final class PlaygroundLayerControls {
    private final PlaygroundLab lab;
    private final Runnable changed;
    private final Label count = new Label("");
    private final HBox columns = new HBox();
    private final VBox box;

    PlaygroundLayerControls(PlaygroundLab lab, Runnable changed) {
        this.lab = lab;
        this.changed = changed;
        var add = new Button("+ layer").onClick(() -> change(lab::addLayer));
        var remove = new Button("− layer").onClick(() -> change(lab::removeLayer));
        box = new VBox(new Label("HIDDEN LAYERS"), new HBox(add, remove, count), columns);
        rebuild();
    }

    VBox box() {
        return box;
    }

    /** Applies a change of shape; one the limits refuse is reported in the count's place. */
    private void change(Runnable change) {
        try {
            apply(lab, changed, change);
            rebuild();
        } catch (IllegalArgumentException | IllegalStateException e) {
            count.value(e.getMessage());
        }
    }

    private static void closeWithChildren(Widget widget) {
        if (widget instanceof Box box) {
            box.children().forEach(PlaygroundLayerControls::closeWithChildren);
        }
        widget.close();
    }

    private void rebuild() {
        HiddenLayers hidden = lab.settings().hidden();
        List<String> names = Activations.allElementwise().stream().map(ElementwiseActivation::name).distinct().toList();
        List<Widget> layers = new ArrayList<>();
        for (int i = 0; i < hidden.layers(); i++) {
            int layer = i;
            var plus = new Button("+").onClick(() -> change(() -> lab.addNeuron(layer)));
            var minus = new Button("−").onClick(() -> change(() -> lab.removeNeuron(layer)));
            var activation = new Dropdown<>("", names, hidden.activation(layer));
            activation.onChange(name -> change(() -> lab.setActivation(layer, name)));
            layers.add(new VBox(new Label("layer " + (layer + 1) + ": " + hidden.neurons(layer) + " neurons"),
                    new HBox(plus, minus), activation));
        }
        List<Widget> old = columns.children();
        columns.children(layers);
        old.forEach(PlaygroundLayerControls::closeWithChildren); // their views are gone from the page

        count.value(hidden.layers() + " hidden layer" + (hidden.layers() == 1 ? "" : "s"));
    }
}
