package dev.nonlinear.lab;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.ELU;
import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.activation.LeakyReLU;
import dev.nonlinear.plot.ActivationCharts;
import dev.nonlinear.widgets.Dropdown;
import dev.nonlinear.widgets.FloatSlider;
import dev.nonlinear.widgets.Interact;
import dev.nonlinear.widgets.VBox;


/**
 * Notebook 02's explorer: pick an activation (and its parameter, for the two that have one), see f
 * and its slope f′ side by side, with f(2) and f(−3) marked. Without a widget front end it shows the
 * controls and the first card.
 */
public final class ActivationExplorer {
    private ActivationExplorer() {
    }

    /** The explorer, starting at {@code activation}; the cell shows what this returns. */
    public static VBox show(String activation) {
        var choice = new Dropdown<>("activation", Activations.elementwiseNames(), Activations.elementwise(activation).name());
        var parameter = new FloatSlider("α (leaky, elu)", 0, 2, 0.01, 0.1);
        var range = new FloatSlider("x from −r to r", 1, 10, 0.5, 5);
        return Interact.of(() -> ActivationCharts.card(withParameter(choice.value(), parameter.value()), -range.value(), range.value()),
                choice, parameter, range);
    }

    /**
     * The activation named {@code name}; Leaky ReLU takes {@code alpha} as its slope for x < 0, ELU
     * as its α (the value it tends to for large negative x, negated). The others have no parameter.
     */
    static ElementwiseActivation withParameter(String name, double alpha) {
        ElementwiseActivation f = Activations.elementwise(name);
        if (f instanceof LeakyReLU) {
            return new LeakyReLU(alpha);
        }
        if (f instanceof ELU) {
            return new ELU(Math.max(alpha, 0.01));
        }
        return f;
    }
}
