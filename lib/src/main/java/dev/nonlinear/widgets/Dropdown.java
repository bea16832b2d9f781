package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.List;

/** A drop-down list: one option of many, taking little room (the activation, the data set). */
public class Dropdown<T> extends Selection<T> {

    public Dropdown(String description, List<T> options, T value) {
        super("DropdownModel", "DropdownView", description, options, value);
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.buttons(description(), List.of(labels().get(index()) + "  \u25BE"), 0);
    }
}
