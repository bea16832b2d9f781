package dev.nonlinear.widgets;

import java.util.List;

/** Widgets side by side. */
public class HBox extends Box {
    public HBox(Widget... children) {
        this(List.of(children));
    }

    public HBox(List<? extends Widget> children) {
        super("HBoxModel", "HBoxView", true, children);
    }
}
