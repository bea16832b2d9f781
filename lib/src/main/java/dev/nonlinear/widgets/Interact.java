package dev.nonlinear.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Controls above a picture that follows them: {@code draw} is called once at the start and again
 * whenever any control changes, and what it returns (a chart, an image, a table, text) replaces
 * the picture. The notebook way to ask "what if?":
 *
 * <pre>{@code
 * var slope = new FloatSlider("slope a", 0.1, 5, 0.1, 1);
 * Interact.of(() -> Plots.curve("sigmoid(a·x)", x -> Activations.sigmoid(slope.value() * x), -6, 6), slope)
 * }</pre>
 *
 * The returned box is what the cell shows. Without a widget front end it shows the controls'
 * values and the first picture.
 */
public final class Interact {
    private Interact() {
    }

    /** Controls on top, {@code draw}'s result under them, redrawn on every change. */
    public static VBox of(Supplier<?> draw, Control<?>... controls) {
        OutputArea output = new OutputArea();
        Runnable redraw = () -> {
            try {
                output.replace(draw.get());
            } catch (RuntimeException e) {
                // A bad setting shows where the picture was, instead of vanishing on the comm thread.
                output.replace("Could not draw: " + e.getMessage());
            }
        };
        for (Control<?> control : controls) {
            control.onChange(value -> redraw.run());
        }
        redraw.run();
        List<Widget> children = new ArrayList<>(List.of(controls));
        children.add(output);
        return new VBox(children);
    }
}
