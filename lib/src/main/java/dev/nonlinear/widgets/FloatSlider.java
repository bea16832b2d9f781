package dev.nonlinear.widgets;

import java.util.Locale;

/** A slider over real numbers from {@code min} to {@code max} in steps of {@code step}. */
public class FloatSlider extends Slider<Double> {

    public FloatSlider(String description, double min, double max, double step, double value) {
        super("FloatSliderModel", "FloatSliderView", description, min, max, step, value);
        initial("readout_format", ".2f");
    }

    @Override
    public Double value() {
        return ((Number) get("value")).doubleValue();
    }

    /** Moves the slider (clamped to its range). */
    public FloatSlider value(double value) {
        set("value", clamped(value));
        return this;
    }

    public double min() {
        return number("min");
    }

    public double max() {
        return number("max");
    }

    /** How the readout prints the value, in Python's format mini-language (".2f", ".3g"). */
    public FloatSlider readoutFormat(String format) {
        set("readout_format", format);
        return this;
    }

    @Override
    protected String readout() {
        return String.format(Locale.ROOT, "%.3g", value());
    }
}
