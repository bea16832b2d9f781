package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.List;

/** A row of buttons, one pressed: a choice among a few options, all in view. */
public class ToggleButtons<T> extends Selection<T> {

    public ToggleButtons(String description, List<T> options, T value) {
        super("ToggleButtonsModel", "ToggleButtonsView", description, options, value);
        initial("tooltips", List.of());
        initial("button_style", "");
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.buttons(description(), labels(), index());
    }
}
