package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A button: {@link #onClick} runs in the kernel each time the learner presses it. */
public class Button extends Widget {
    private final List<Runnable> clickHandlers = new CopyOnWriteArrayList<>();

    public Button(String label) {
        super("ButtonModel", "ButtonView", false);
        initial("description", label);
        initial("tooltip", "");
        initial("icon", "");
        initial("button_style", "");
        initial("disabled", false);
    }

    /** Runs {@code handler} on every press (on the kernel's comm thread). */
    public Button onClick(Runnable handler) {
        clickHandlers.add(handler);
        return this;
    }

    /** Presses the button from Java: runs the click handlers as a press in the browser does. */
    public void click() {
        for (Runnable handler : clickHandlers) {
            handler.run();
        }
    }

    /** Greys the button out (or back). */
    public Button disabled(boolean disabled) {
        set("disabled", disabled);
        return this;
    }

    /** A Font Awesome icon name without "fa-" ("play", "pause", "plus"). */
    public Button icon(String icon) {
        set("icon", icon);
        return this;
    }

    public String label() {
        return (String) get("description");
    }

    public Button label(String label) {
        set("description", label);
        return this;
    }

    @Override
    protected void onCustom(Map<String, Object> content) {
        if ("click".equals(content.get("event"))) {
            click();
        }
    }

    @Override
    public String text() {
        return "Button [" + label() + "]";
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.buttons(null, List.of(label()), -1);
    }
}
