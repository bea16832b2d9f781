package dev.nonlinear.widgets;

import java.util.List;

/** Widgets one under the other. */
public class VBox extends Box {
    public VBox(Widget... children) {
        this(List.of(children));
    }

    public VBox(List<? extends Widget> children) {
        super("VBoxModel", "VBoxView", false, children);
    }
}
