package dev.nonlinear.lab;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.playground.PlaygroundLab;
import dev.nonlinear.widgets.Checkbox;
import dev.nonlinear.widgets.Dropdown;
import dev.nonlinear.widgets.HBox;
import dev.nonlinear.widgets.Label;
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
    /** The Playground's menus of rates. */
    private static final List<String> LEARNING_RATES =
            List.of("0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10");
    private static final List<String> REGULARIZATION_RATES =
            List.of("0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10");

    private final VBox box;

    PlaygroundTrainingControls(PlaygroundLab lab, Runnable changed) {
        var settings = lab.settings();
        var rate = choice("learning rate", LEARNING_RATES, settings.learningRate());
        List<String> names = Activations.elementwiseNames();
        String first = settings.hidden().layers() > 0 ? settings.hidden().activation(0) : "tanh";
        var activation = new Dropdown<>("activation", names, names.contains(first) ? first : "tanh");
        var regularization = new Dropdown<>("regularization", List.of("none", "L1", "L2"), "none");
        var strength = choice("reg. rate", REGULARIZATION_RATES, 0.001);
        var problem = new ToggleButtons<>("problem", List.of("classification", "regression"),
                lab.classes() == 0 ? "regression" : "classification");
        var loss = new ToggleButtons<>("loss", List.of("squared_error", "cross_entropy"),
                settings.crossEntropy() ? "cross_entropy" : "squared_error");
        var testPoints = new Checkbox("show test data", settings.showTestData());
        var discretize = new Checkbox("discretize output", settings.discretize());

        rate.onChange(value -> apply(lab, changed, () -> settings.learningRate(Double.parseDouble(value))));
        activation.onChange(name -> apply(lab, changed, () -> {
            for (int layer = 0; layer < settings.hidden().layers(); layer++) {
                lab.setActivation(layer, name);
            }
        }));
        Runnable penalty = () -> apply(lab, changed,
                () -> settings.regularization(regularization.value(),
                        regularization.value().equals("none") ? 0 : Double.parseDouble(strength.value())));
        regularization.onChange(kind -> penalty.run());
        strength.onChange(value -> penalty.run());
        problem.onChange(kind -> apply(lab, changed, () -> settings.problem(kind)));
        loss.onChange(name -> apply(lab, changed, () -> settings.loss(name)));
        testPoints.onChange(show -> apply(lab, changed, () -> settings.showTestData(show)));
        discretize.onChange(on -> apply(lab, changed, () -> settings.discretize(on)));
        box = new VBox(new Label("TRAINING"), rate, activation, regularization, strength, problem, loss,
                new HBox(testPoints, discretize));
    }

    VBox box() {
        return box;
    }

    /** A menu of rates showing {@code current}, which joins the menu if it is not one of them. */
    private static Dropdown<String> choice(String description, List<String> rates, double current) {
        List<String> options = new java.util.ArrayList<>(rates);
        String shown = rates.stream().filter(r -> Double.parseDouble(r) == current).findFirst()
                .orElse(new java.math.BigDecimal(current).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString());
        if (!options.contains(shown)) {
            options.add(shown);
            options.sort(java.util.Comparator.comparingDouble(Double::parseDouble));
        }
        return new Dropdown<>(description, options, shown);
    }
}
