package dev.nonlinear.lab;

import dev.nonlinear.activation.Activations;
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
    private String shown = "";   // the layers the columns show, as HiddenLayers.toString() gives them

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

    /** Rebuilds the columns if the layers changed elsewhere (the training row sets every layer's activation). */
    void refresh() {
        if (!lab.settings().hidden().toString().equals(shown)) {
            rebuild();
        }
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
        shown = hidden.toString();
        List<String> names = Activations.elementwiseNames();
        List<Widget> layers = new ArrayList<>();
        for (int i = 0; i < hidden.layers(); i++) {
            int layer = i;
            var plus = new Button("+").onClick(() -> change(() -> lab.addNeuron(layer)));
            var minus = new Button("−").onClick(() -> change(() -> lab.removeNeuron(layer)));
            plus.layout().css("width", "60px");
            minus.layout().css("width", "60px");
            var activation = new Dropdown<>("", names, hidden.activation(layer));
            activation.layout().css("width", "140px");
            activation.onChange(name -> change(() -> lab.setActivation(layer, name)));
            layers.add(new VBox(new Label("layer " + (layer + 1) + ": " + hidden.neurons(layer) + " neurons"),
                    new HBox(plus, minus), activation));
            layers.get(layers.size() - 1).layout().css("margin", "0 12px 0 0");
        }
        List<Widget> old = columns.children();
        columns.children(layers);
        old.forEach(PlaygroundLayerControls::closeWithChildren); // their views are gone from the page

        count.value(hidden.layers() + " hidden layer" + (hidden.layers() == 1 ? "" : "s"));
    }
}
