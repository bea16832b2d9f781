package dev.nonlinear.widgets;

import java.util.List;
import java.util.Map;

/**
 * A choice of one option from a list (a dropdown, toggle buttons). The browser sees the options'
 * labels; {@link #value()} is the Java object behind the chosen label.
 *
 * <p>ipywidgets 7 and 8 send the chosen position ({@code index}); jupyter-js-widgets 2.1 sends
 * the chosen label ({@code value}).
 *
 * @param <T> the type of the options
 */
public abstract class Selection<T> extends Control<T> {
    private final List<T> options;
    private final List<String> labels;   // each option's toString(), what the browser shows

    protected Selection(String modelName, String viewName, String description, List<T> options, T value) {
        super(modelName, viewName, description);
        if (options.isEmpty()) {
            throw new IllegalArgumentException(modelName + " '" + description + "': expected at least one option, got none");
        }
        this.options = List.copyOf(options);
        this.labels = this.options.stream().map(String::valueOf).toList();
        int index = this.options.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException(modelName + " '" + description + "': the value " + value
                    + " is not one of the options " + labels());
        }
        initial("_options_labels", labels());
        initial("index", index);
    }

    public List<T> options() {
        return options;
    }

    public int index() {
        return ((Number) get("index")).intValue();
    }

    @Override
    public T value() {
        return options.get(index());
    }

    /** Chooses {@code option}, which must be one of the options. */
    public Selection<T> value(T option) {
        int index = options.indexOf(option);
        if (index < 0) {
            throw new IllegalArgumentException(description() + ": " + option + " is not one of the options " + labels());
        }
        set("index", index);
        return this;
    }

    /** The labels the browser shows: each option's {@code toString()}. */
    public List<String> labels() {
        return labels;
    }

    @Override
    protected String valueKey() {
        return "index";
    }

    @Override
    protected void toWire(FrontEnd target, String key, Object value, Map<String, Object> wire) {
        if (target == FrontEnd.JUPYTER_JS_WIDGETS_2 && key.equals("index")) {
            wire.put("value", labels().get(((Number) value).intValue()));
        } else {
            wire.put(key, value);
        }
    }

    @Override
    protected void fromWire(FrontEnd source, String wireKey, Object value) {
        if (source == FrontEnd.JUPYTER_JS_WIDGETS_2 && wireKey.equals("value")) {
            int index = labels().indexOf(String.valueOf(value));
            if (index >= 0) {
                accept("index", index);
            }
        } else if (wireKey.equals("index") && value instanceof Number n && n.intValue() >= 0 && n.intValue() < options.size()) {
            accept("index", n.intValue());
        } else if (!wireKey.equals("index")) {
            super.fromWire(source, wireKey, value);
        }
    }

    @Override
    public String text() {
        return getClass().getSimpleName() + " " + description() + " = " + labels().get(index()) + " (of " + labels() + ")";
    }
}
