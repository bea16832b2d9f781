package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;

/** A slider over whole numbers from {@code min} to {@code max} in steps of {@code step}. */
public class IntSlider extends Control<Integer> {

    public IntSlider(String description, int min, int max, int value) {
        this(description, min, max, 1, value);
    }

    public IntSlider(String description, int min, int max, int step, int value) {
        super("IntSliderModel", "IntSliderView", description);
        if (min > max || step <= 0 || value < min || value > max) {
            throw new IllegalArgumentException("IntSlider '" + description + "': expected min <= value <= max and step > 0, got min "
                    + min + ", value " + value + ", max " + max + ", step " + step);
        }
        initial("min", min);
        initial("max", max);
        initial("step", step);
        initial("value", value);
        initial("continuous_update", true);
        initial("readout", true);
    }

    @Override
    public Integer value() {
        return ((Number) get("value")).intValue();
    }

    /** Moves the slider (clamped to its range). */
    public IntSlider value(int value) {
        set("value", Math.max(min(), Math.min(max(), value)));
        return this;
    }

    public int min() {
        return ((Number) get("min")).intValue();
    }

    public int max() {
        return ((Number) get("max")).intValue();
    }

    /** Whether the value is sent while dragging (true) or only when the mouse is let go. */
    public IntSlider continuousUpdate(boolean continuous) {
        set("continuous_update", continuous);
        return this;
    }

    @Override
    public String text() {
        return "IntSlider " + description() + " = " + value() + " (" + min() + " to " + max() + ")";
    }

    @Override
    public BufferedImage picture() {
        double span = Math.max(1, max() - min());
        return WidgetSketch.slider(description(), (value() - min()) / span, String.valueOf(value()));
    }
}
