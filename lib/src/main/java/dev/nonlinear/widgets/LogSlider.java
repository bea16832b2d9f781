package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A slider whose steps multiply: for learning rates and regularisation strengths, where 0.001
 * and 0.01 are as far apart as 0.1 and 1. Positions are powers of {@code base} from
 * {@code base^minExponent} to {@code base^maxExponent}.
 *
 * <p>ipywidgets 7 and 8 have this slider (FloatLogSlider). jupyter-js-widgets 2.1 does not, so
 * there it is a selection slider over the same values, labelled with them.
 */
public class LogSlider extends Control<Double> {

    public LogSlider(String description, double minExponent, double maxExponent, double exponentStep, double value) {
        this(description, 10, minExponent, maxExponent, exponentStep, value);
    }

    public LogSlider(String description, double base, double minExponent, double maxExponent, double exponentStep, double value) {
        super("FloatLogSliderModel", "FloatLogSliderView", description);
        double exponent = Math.log(value) / Math.log(base);
        if (!(base > 1) || !(exponentStep > 0) || !(minExponent <= exponent + 1e-9 && exponent <= maxExponent + 1e-9)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "LogSlider '%s': expected base > 1, step > 0 and %s^%s <= value <= %s^%s, got base %s, step %s, value %s",
                    description, base, minExponent, base, maxExponent, base, exponentStep, value));
        }
        initial("base", base);
        initial("min", minExponent);
        initial("max", maxExponent);
        initial("step", exponentStep);
        initial("value", value);
        initial("readout_format", ".3g");
        initial("continuous_update", true);
        inJsWidgets2As("SelectionSliderModel", "SelectionSliderView"); // 2.1 has no log slider
    }

    @Override
    public Double value() {
        return ((Number) get("value")).doubleValue();
    }

    public LogSlider value(double value) {
        set("value", value);
        return this;
    }

    /** The values the slider stops at, smallest first. */
    public List<Double> stops() {
        double base = number("base"), step = number("step");
        List<Double> stops = new ArrayList<>();
        for (double e = number("min"); e <= number("max") + step / 1e6; e += step) {
            stops.add(Math.pow(base, e));
        }
        return stops;
    }

    @Override
    protected void toWire(FrontEnd target, String key, Object value, java.util.Map<String, Object> wire) {
        if (target != FrontEnd.JUPYTER_JS_WIDGETS_2) {
            wire.put(key, value);
        } else if (key.equals("value")) {
            wire.put("_options_labels", stops().stream().map(LogSlider::label).toList());
            wire.put("value", label(nearestStop(((Number) value).doubleValue())));
        } else if (key.equals("description") || key.equals("disabled") || key.equals("continuous_update")) {
            wire.put(key, value);
        }
    }

    @Override
    protected void fromWire(FrontEnd source, String wireKey, Object value) {
        if (source == FrontEnd.JUPYTER_JS_WIDGETS_2 && wireKey.equals("value")) {
            stops().stream().filter(stop -> label(stop).equals(value)).findFirst().ifPresent(stop -> accept("value", stop));
        } else {
            super.fromWire(source, wireKey, value);
        }
    }

    @Override
    public String text() {
        return "LogSlider " + description() + " = " + label(value());
    }

    @Override
    public BufferedImage picture() {
        double fraction = (Math.log(value()) / Math.log(number("base")) - number("min")) / Math.max(1e-12, number("max") - number("min"));
        return WidgetSketch.slider(description(), fraction, label(value()));
    }

    private double nearestStop(double value) {
        return stops().stream().min((a, b) -> Double.compare(Math.abs(Math.log(a / value)), Math.abs(Math.log(b / value)))).orElse(value);
    }

    private double number(String key) {
        return ((Number) get(key)).doubleValue();
    }

    static String label(double value) {
        return String.format(Locale.ROOT, "%.3g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
