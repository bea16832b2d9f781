package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Widgets laid out together: {@link HBox} side by side, {@link VBox} one under the other,
 * {@link GridBox} in rows. Showing a box shows its children; their comms open first.
 */
public abstract class Box extends Widget {
    private final boolean across;

    protected Box(String modelName, String viewName, boolean across, List<? extends Widget> children) {
        super(modelName, viewName, false);
        this.across = across;
        initial("children", List.copyOf(children));
        initial("box_style", "");
    }

    @SuppressWarnings("unchecked")
    public List<Widget> children() {
        return (List<Widget>) get("children");
    }

    /** Replaces the children (a layer added or removed): the browser redraws the box, new children first opened. */
    public Box children(List<? extends Widget> children) {
        set("children", List.copyOf(children));
        return this;
    }

    @Override
    public String text() {
        return children().stream().map(Widget::text).collect(Collectors.joining(across ? " | " : "\n"));
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.stack(children().stream().map(Widget::picture).toList(), across);
    }
}
