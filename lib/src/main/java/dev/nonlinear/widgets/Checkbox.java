package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;

/** A box to tick: a yes/no setting (show test points, discretise the output). */
public class Checkbox extends Control<Boolean> {

    public Checkbox(String description, boolean value) {
        super("CheckboxModel", "CheckboxView", description);
        initial("value", value);
    }

    @Override
    public Boolean value() {
        return Boolean.TRUE.equals(get("value"));
    }

    public Checkbox value(boolean value) {
        set("value", value);
        return this;
    }

    @Override
    public String text() {
        return "Checkbox " + description() + " = " + value();
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.checkbox(description(), value());
    }
}
