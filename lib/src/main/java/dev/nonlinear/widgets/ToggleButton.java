package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.List;

/** A button that stays pressed until pressed again: an on/off switch with a label on it. */
public class ToggleButton extends Control<Boolean> {

    public ToggleButton(String description, boolean value) {
        super("ToggleButtonModel", "ToggleButtonView", description);
        initial("value", value);
        initial("tooltip", "");
        initial("icon", "");
        initial("button_style", "");
    }

    @Override
    public Boolean value() {
        return Boolean.TRUE.equals(get("value"));
    }

    public ToggleButton value(boolean value) {
        set("value", value);
        return this;
    }

    @Override
    public String text() {
        return "ToggleButton " + description() + (value() ? " (on)" : " (off)");
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.buttons(null, List.of(description()), value() ? 0 : -1);
    }
}
