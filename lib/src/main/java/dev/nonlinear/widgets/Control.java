package dev.nonlinear.widgets;

import java.util.function.Consumer;

/**
 * A widget with a description (the label in front of it) and a value the learner changes: the
 * sliders, choices and checkboxes. {@link #onChange} is the usual way to react.
 *
 * @param <T> the type of the value
 */
public abstract class Control<T> extends Widget {

    protected Control(String modelName, String viewName, String description) {
        super(modelName, viewName, false);
        initial("description", description == null ? "" : description);
        initial("disabled", false);
    }

    public String description() {
        return (String) get("description");
    }

    /** The current value. */
    public abstract T value();

    /** Runs {@code callback} with the new value after every change, from Java or from the browser. */
    public Control<T> onChange(Consumer<T> callback) {
        observe(valueKey(), change -> callback.accept(value()));
        return this;
    }

    /** Greys the control out (or back): the learner can't change it while, say, training runs. */
    public Control<T> disabled(boolean disabled) {
        set("disabled", disabled);
        return this;
    }

    /** The state key holding the value ({@code "value"}, or {@code "index"} for a choice). */
    protected String valueKey() {
        return "value";
    }
}
