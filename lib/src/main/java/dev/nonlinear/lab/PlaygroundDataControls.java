package dev.nonlinear.lab;

import dev.nonlinear.data.Playground;
import dev.nonlinear.playground.Feature;
import dev.nonlinear.playground.PlaygroundLab;
import dev.nonlinear.widgets.Checkbox;
import dev.nonlinear.widgets.Dropdown;
import dev.nonlinear.widgets.FloatSlider;
import dev.nonlinear.widgets.HBox;
import dev.nonlinear.widgets.IntSlider;
import dev.nonlinear.widgets.Label;
import dev.nonlinear.widgets.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The Playground's data column: which data set, how noisy, how much of it trains, the batch size,
 * and the input features (any of x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂). Each change goes to the
 * lab's settings, then {@code changed} repaints.
 */
final class PlaygroundDataControls {
    private final VBox box;

    PlaygroundDataControls(PlaygroundLab lab, Runnable changed) {
        var settings = lab.settings();
        var data = new Dropdown<>("data", Playground.NAMES, settings.dataset());
        var noise = new IntSlider("noise %", 0, 50, 5, (int) Math.round(settings.noise() * 100));
        var ratio = new IntSlider("train %", 10, 90, 10, (int) Math.round(settings.trainRatio() * 100));
        var batch = new IntSlider("batch size", 1, 30, settings.batchSize());
        data.onChange(name -> apply(lab, changed, () -> settings.dataset(name)));
        noise.onChange(percent -> apply(lab, changed, () -> settings.noise(percent / 100.0)));
        ratio.onChange(percent -> apply(lab, changed, () -> settings.trainRatio(percent / 100.0)));
        batch.onChange(size -> apply(lab, changed, () -> settings.batchSize(size)));

        List<Checkbox> features = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            Checkbox box = new Checkbox(feature.symbol(), settings.features().contains(feature));
            box.layout().css("width", "140px"); // four to a row
            features.add(box);
        }
        Label featureNote = new Label("");
        for (Checkbox box : features) {
            box.onChange(ticked -> {
                List<Feature> chosen = new ArrayList<>();
                for (int i = 0; i < features.size(); i++) {
                    if (features.get(i).value()) {
                        chosen.add(Feature.values()[i]);
                    }
                }
                if (chosen.isEmpty()) { // the network needs an input: keep this one
                    featureNote.value("At least one feature must stay on.");
                    box.value(true);
                    return;
                }
                featureNote.value("");
                apply(lab, changed, () -> settings.features(chosen.toArray(Feature[]::new)));
            });
        }
        box = new VBox(new Label("DATA"), data, noise, ratio, batch, new Label("FEATURES"),
                new HBox(features.subList(0, 4)), new HBox(features.subList(4, 7)), featureNote);
    }

    VBox box() {
        return box;
    }

    /** Changes the lab (under its lock: a tick may be training) and repaints. */
    static void apply(PlaygroundLab lab, Runnable changed, Runnable change) {
        synchronized (lab) {
            change.run();
        }
        changed.run();
    }
}
