package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * What the number sliders share: a range from {@code min} to {@code max} in steps of {@code step},
 * a readout of the value beside the track, and whether the value is sent while dragging.
 *
 * @param <T> Integer or Double
 */
public abstract class Slider<T extends Number> extends Control<T> {

    protected Slider(String modelName, String viewName, String description, Number min, Number max, Number step, Number value) {
        super(modelName, viewName, description);
        double lo = min.doubleValue(), hi = max.doubleValue();
        if (!(lo <= value.doubleValue() && value.doubleValue() <= hi) || !(step.doubleValue() > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s '%s': expected min <= value <= max and step > 0, got min %s, value %s, max %s, step %s",
                    getClass().getSimpleName(), description, min, value, max, step));
        }
        initial("min", min);
        initial("max", max);
        initial("step", step);
        initial("value", value);
        initial("continuous_update", true);
        initial("readout", true);
    }

    /** Whether the value is sent while dragging (true) or only when the mouse is let go. */
    public Slider<T> continuousUpdate(boolean continuous) {
        set("continuous_update", continuous);
        return this;
    }

    /** The value as the readout beside the track shows it. */
    protected abstract String readout();

    /** The value moved into the range: what setting it from Java does. */
    protected double clamped(double value) {
        return Math.max(number("min"), Math.min(number("max"), value));
    }

    protected double number(String key) {
        return ((Number) get(key)).doubleValue();
    }

    @Override
    public String text() {
        return getClass().getSimpleName() + " " + description() + " = " + readout()
                + " (" + get("min") + " to " + get("max") + ")";
    }

    @Override
    public BufferedImage picture() {
        double span = number("max") - number("min");
        return WidgetSketch.slider(description(), span == 0 ? 0 : (number("value") - number("min")) / span, readout());
    }
}
