package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;

/**
 * The CSS box of a widget, a model of its own in every front end: width, height, margins, a
 * grid's columns. Set entries by their CSS names with underscores ({@code "grid_template_columns"}).
 */
public class Layout extends Widget {

    public Layout() {
        super("LayoutModel", "LayoutView", true);
    }

    /** Sets one CSS property, e.g. {@code set("width", "300px")}. */
    public Layout css(String property, String value) {
        set(property, value);
        return this;
    }

    @Override
    public String text() {
        return "Layout";
    }

    @Override
    public BufferedImage picture() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    }
}
