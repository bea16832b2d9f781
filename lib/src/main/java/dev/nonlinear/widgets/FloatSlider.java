package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.Locale;

/** A slider over real numbers from {@code min} to {@code max} in steps of {@code step}. */
public class FloatSlider extends Control<Double> {

    public FloatSlider(String description, double min, double max, double step, double value) {
        super("FloatSliderModel", "FloatSliderView", description);
        if (!(min <= value && value <= max) || !(step > 0)) {
            throw new IllegalArgumentException("FloatSlider '" + description + "': expected min <= value <= max and step > 0, got min "
                    + min + ", value " + value + ", max " + max + ", step " + step);
        }
        initial("min", min);
        initial("max", max);
        initial("step", step);
        initial("value", value);
        initial("continuous_update", true);
        initial("readout", true);
        initial("readout_format", ".2f");
    }

    @Override
    public Double value() {
        return ((Number) get("value")).doubleValue();
    }

    /** Moves the slider (clamped to its range). */
    public FloatSlider value(double value) {
        set("value", Math.max(min(), Math.min(max(), value)));
        return this;
    }

    public double min() {
        return ((Number) get("min")).doubleValue();
    }

    public double max() {
        return ((Number) get("max")).doubleValue();
    }

    /** How the readout prints the value, in Python's format mini-language (".2f", ".3g"). */
    public FloatSlider readoutFormat(String format) {
        set("readout_format", format);
        return this;
    }

    @Override
    public String text() {
        return String.format(Locale.ROOT, "FloatSlider %s = %.4g (%.4g to %.4g)", description(), value(), min(), max());
    }

    @Override
    public BufferedImage picture() {
        double span = max() - min();
        return WidgetSketch.slider(description(), span == 0 ? 0 : (value() - min()) / span,
                String.format(Locale.ROOT, "%.3g", value()));
    }
}
