package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;

/** A line of plain text that Java can change: a counter, a status, a result. */
public class Label extends Widget {

    public Label(String text) {
        super("LabelModel", "LabelView", false);
        initial("value", text);
        initial("description", "");
        initial("placeholder", "");
        // jupyter-js-widgets 2.1 gives labels the width of a description and cuts the rest off.
        layout().css("width", "auto");
    }

    public String value() {
        return (String) get("value");
    }

    public Label value(String text) {
        set("value", text);
        return this;
    }

    @Override
    public String text() {
        return value();
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.text(null, value());
    }
}
