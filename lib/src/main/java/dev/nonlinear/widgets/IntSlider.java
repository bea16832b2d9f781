package dev.nonlinear.widgets;

/** A slider over whole numbers from {@code min} to {@code max} in steps of {@code step}. */
public class IntSlider extends Slider<Integer> {

    public IntSlider(String description, int min, int max, int value) {
        this(description, min, max, 1, value);
    }

    public IntSlider(String description, int min, int max, int step, int value) {
        super("IntSliderModel", "IntSliderView", description, min, max, step, value);
    }

    @Override
    public Integer value() {
        return ((Number) get("value")).intValue();
    }

    /** Moves the slider (clamped to its range). */
    public IntSlider value(int value) {
        set("value", (int) clamped(value));
        return this;
    }

    public int min() {
        return ((Number) get("min")).intValue();
    }

    public int max() {
        return ((Number) get("max")).intValue();
    }

    @Override
    protected String readout() {
        return String.valueOf(value());
    }
}
