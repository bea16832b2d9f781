package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;

/**
 * An animation timer: play, pause and stop buttons that count {@code value} up from {@code min}
 * to {@code max} by {@code step} every {@code intervalMillis}, in the browser. Observe the value
 * to advance something (an epoch, a frame) on every tick. The browser waits for the kernel to
 * finish one tick's work before it sends the next, so a slow step slows the timer instead of
 * piling ticks up.
 */
public class Play extends Control<Integer> {

    public Play(String description, int min, int max, int intervalMillis) {
        super("PlayModel", "PlayView", description);
        if (min > max || intervalMillis <= 0) {
            throw new IllegalArgumentException("Play '" + description + "': expected min <= max and an interval > 0 ms, got min "
                    + min + ", max " + max + ", interval " + intervalMillis);
        }
        initial("min", min);
        initial("max", max);
        initial("step", 1);
        initial("value", min);
        initial("interval", intervalMillis);
        initial("_playing", false);
        initial("_repeat", false);
        initial("show_repeat", false);
    }

    @Override
    public Integer value() {
        return ((Number) get("value")).intValue();
    }

    public Play value(int value) {
        set("value", value);
        return this;
    }

    /** True while the timer runs in the browser. */
    public boolean playing() {
        return Boolean.TRUE.equals(get("_playing"));
    }

    /** Starts or pauses the timer from Java. */
    public Play playing(boolean playing) {
        set("_playing", playing);
        return this;
    }

    @Override
    public String text() {
        return "Play " + description() + " at " + value() + " of " + get("max") + (playing() ? " (playing)" : " (paused)");
    }

    @Override
    public BufferedImage picture() {
        double span = Math.max(1, ((Number) get("max")).doubleValue() - ((Number) get("min")).doubleValue());
        return WidgetSketch.slider((playing() ? "\u25B6 " : "\u23F8 ") + description(),
                (value() - ((Number) get("min")).doubleValue()) / span, String.valueOf(value()));
    }
}
