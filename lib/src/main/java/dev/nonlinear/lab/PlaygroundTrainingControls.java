package dev.nonlinear.lab;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.playground.PlaygroundLab;
import dev.nonlinear.widgets.Checkbox;
import dev.nonlinear.widgets.Dropdown;
import dev.nonlinear.widgets.HBox;
import dev.nonlinear.widgets.Label;
import dev.nonlinear.widgets.LogSlider;
import dev.nonlinear.widgets.ToggleButtons;
import dev.nonlinear.widgets.VBox;

import java.util.List;

import static dev.nonlinear.lab.PlaygroundDataControls.apply;

/**
 * The Playground's training row: learning rate, the activation of every hidden layer at once,
 * regularisation and its rate, classification or regression, the loss, and the picture's two
 * toggles (test points, discretised output).
 */
final class PlaygroundTrainingControls {
    private final VBox box;

    PlaygroundTrainingControls(PlaygroundLab lab, Runnable changed) {
        var settings = lab.settings();
        var rate = new LogSlider("learning rate", -5, 1, 1, settings.learningRate());
        List<String> names = Activations.allElementwise().stream().map(ElementwiseActivation::name).distinct().toList();
        String first = settings.hidden().layers() > 0 ? settings.hidden().activation(0) : "tanh";
        var activation = new Dropdown<>("activation", names, names.contains(first) ? first : "tanh");
        var regularization = new Dropdown<>("regularization", List.of("none", "L1", "L2"), "none");
        var strength = new LogSlider("reg. rate", -3, 1, 1, 0.001);
        var problem = new ToggleButtons<>("problem", List.of("classification", "regression"),
                lab.classes() == 0 ? "regression" : "classification");
        var loss = new ToggleButtons<>("loss", List.of("squared_error", "cross_entropy"),
                settings.crossEntropy() ? "cross_entropy" : "squared_error");
        var testPoints = new Checkbox("show test data", settings.showTestData());
        var discretize = new Checkbox("discretize output", settings.discretize());

        rate.onChange(value -> apply(lab, changed, () -> settings.learningRate(value)));
        activation.onChange(name -> apply(lab, changed, () -> {
            for (int layer = 0; layer < settings.hidden().layers(); layer++) {
                lab.setActivation(layer, name);
            }
        }));
        Runnable penalty = () -> apply(lab, changed,
                () -> settings.regularization(regularization.value(), regularization.value().equals("none") ? 0 : strength.value()));
        regularization.onChange(kind -> penalty.run());
        strength.onChange(value -> penalty.run());
        problem.onChange(kind -> apply(lab, changed, () -> settings.problem(kind)));
        loss.onChange(name -> apply(lab, changed, () -> settings.loss(name)));
        testPoints.onChange(show -> apply(lab, changed, () -> settings.showTestData(show)));
        discretize.onChange(on -> apply(lab, changed, () -> settings.discretize(on)));
        box = new VBox(new Label("TRAINING"), rate, activation, new HBox(regularization, strength), problem, loss,
                new HBox(testPoints, discretize));
    }

    VBox box() {
        return box;
    }
}
