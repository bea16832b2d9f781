package dev.nonlinear.widgets;

import dev.nonlinear.display.CommMessage;
import dev.nonlinear.display.Comms;
import dev.nonlinear.display.ImageBytes;
import dev.nonlinear.display.MimeBundle;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A widget: a piece of state (a slider's value, a dropdown's choice) kept in the kernel and,
 * where a widget front end listens, mirrored in a model in the browser through a Jupyter comm.
 * Either side may change it; the other side hears of it. {@link #observe} callbacks run for
 * changes from both sides — from the browser on the kernel's comm thread, also while a cell runs.
 *
 * <p>The comm opens the first time the widget is shown (or put in a box that is shown), for the
 * {@link FrontEnd} found then. Without a front end the widget still works in Java, and shows as
 * text and a {@link #picture()} of its state.
 *
 * <p>State keys are ipywidgets 7's names; a subclass translates a key for another front end in
 * {@link #toWire}/{@link #fromWire}.
 */
public abstract class Widget implements MimeBundle {
    /** A change of one key: where the new value came from does not matter to observers. */
    public record Change(Widget widget, String name, Object oldValue, Object newValue) {
    }

    private final String modelName;
    private final String viewName;
    private final boolean baseModule;
    private String jsWidgets2Model;   // null: the same model as in ipywidgets 7 and 8
    private String jsWidgets2View;
    private final Map<String, Object> state = new LinkedHashMap<>();  // guarded by this
    private final List<Consumer<Change>> observers = new CopyOnWriteArrayList<>();
    private String id = UUID.randomUUID().toString().replace("-", "");
    private volatile FrontEnd frontEnd = FrontEnd.STATIC;
    private volatile WidgetComm link;   // null until shown to a live front end

    /** @param baseModule true for models of the base module (Layout), false for the controls */
    protected Widget(String modelName, String viewName, boolean baseModule) {
        this.modelName = modelName;
        this.viewName = viewName;
        this.baseModule = baseModule;
    }

    public String id() {
        return id;
    }

    public String modelName() {
        return modelName(frontEnd);
    }

    /** The model's name in {@code target}: a stand-in where jupyter-js-widgets 2.1 lacks the model. */
    private String modelName(FrontEnd target) {
        return target == FrontEnd.JUPYTER_JS_WIDGETS_2 && jsWidgets2Model != null ? jsWidgets2Model : modelName;
    }

    private String viewName(FrontEnd target) {
        return target == FrontEnd.JUPYTER_JS_WIDGETS_2 && jsWidgets2View != null ? jsWidgets2View : viewName;
    }

    /**
     * For a widget jupyter-js-widgets 2.1 does not have: the model and view that stand in for it
     * there (its {@link #toWire} then writes the stand-in's state).
     */
    protected final void inJsWidgets2As(String model, String view) {
        jsWidgets2Model = model;
        jsWidgets2View = view;
    }

    String modelModule() {
        return baseModule ? frontEnd.baseModule() : frontEnd.controlsModule();
    }

    String modelModuleVersion() {
        return baseModule ? frontEnd.baseVersion() : frontEnd.controlsVersion();
    }

    /** The front end this widget's model lives in ({@link FrontEnd#STATIC} until shown with one). */
    public FrontEnd frontEnd() {
        return frontEnd;
    }

    /** The current value of a state key (ipywidgets 7's name), or null. */
    public synchronized Object get(String key) {
        return state.get(key);
    }

    /** Sets a state key; the browser and the observers hear of it if the value changed. */
    public void set(String key, Object value) {
        change(key, value, true);
    }

    /** A change the browser made: kept and observed, not sent back (the browser has it). */
    protected final void accept(String key, Object value) {
        change(key, value, false);
    }

    private void change(String key, Object value, boolean tellBrowser) {
        Object old;
        synchronized (this) {
            old = state.get(key);
            if (same(old, value)) {
                return;
            }
            state.put(key, value);
        }
        WidgetComm open = link;
        if (open != null && tellBrowser) {
            for (Widget child : widgetsIn(value)) { // a new child or layout must exist in the browser first
                child.open(frontEnd);
            }
            Map<String, Object> wire = new LinkedHashMap<>();
            toWire(frontEnd, key, value, wire);
            open.send(WidgetMessages.update(frontEnd, "update", WidgetMessages.withModelReferences(wire)));
        }
        notifyObservers(new Change(this, key, old, value));
    }

    /** Runs {@code observer} after every change of any key, from Java or from the browser. */
    public Widget observe(Consumer<Change> observer) {
        observers.add(observer);
        return this;
    }

    /** Runs {@code observer} after every change of {@code key}. */
    public Widget observe(String key, Consumer<Change> observer) {
        return observe(change -> {
            if (change.name().equals(key)) {
                observer.accept(change);
            }
        });
    }

    /**
     * The widget's CSS box, made on first use: {@code slider.layout().css("width", "300px")}.
     * Every front end has the Layout model; the settings show only where widgets are live.
     */
    public Layout layout() {
        synchronized (this) {
            if (state.get("layout") instanceof Layout layout) {
                return layout;
            }
        }
        Layout layout = new Layout();
        set("layout", layout);
        return layout;
    }

    /** Closes the comm: the browser's views of this widget go away. */
    public void close() {
        WidgetComm open = link;
        if (open != null) {
            link = null;
            open.close();
        }
    }

    /** What this widget shows as where no widget front end listens: a line of text. */
    public abstract String text();

    /** What this widget shows as where no widget front end listens: a picture of its state. */
    public abstract BufferedImage picture();

    @Override
    public String toString() {
        return text();
    }

    @Override
    public Map<String, Object> mimeBundle() {
        FrontEnd now = link != null ? frontEnd : FrontEnds.current();
        if (!now.isLive()) {
            return Map.of("text/plain", text(), "image/png", ImageBytes.base64Png(picture()));
        }
        open(now);
        if (now == FrontEnd.JUPYTER_JS_WIDGETS_2) {
            link.send(CommMessage.of(Map.of("method", "display"))); // 2.1 puts the view under the cell it came from
        }
        return WidgetMessages.viewBundle(now, id, text());
    }

    // ------------------------------------------------------------------------------------------
    // For subclasses

    /** Sets a key's first value, before the widget is shown (no message, no observers). */
    protected final synchronized void initial(String key, Object value) {
        state.put(key, value);
    }

    /** Puts the wire form of one state key into {@code wire}; by default the same key and value. */
    protected void toWire(FrontEnd target, String key, Object value, Map<String, Object> wire) {
        wire.put(key, value);
    }

    /** Applies one key of an update from the browser; by default the key as it is. */
    protected void fromWire(FrontEnd source, String wireKey, Object value) {
        accept(wireKey, value);
    }

    /** A custom message from the browser (a button's click). */
    protected void onCustom(Map<String, Object> content) {
    }

    /** The full state on the wire, model names included. */
    final Map<String, Object> wireState() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("_model_name", modelName(frontEnd));
        wire.put("_model_module", modelModule());
        wire.put("_model_module_version", modelModuleVersion());
        wire.put("_view_name", viewName(frontEnd));
        wire.put("_view_module", modelModule());
        wire.put("_view_module_version", modelModuleVersion());
        Map<String, Object> copy;
        synchronized (this) {
            copy = new LinkedHashMap<>(state);
        }
        copy.forEach((key, value) -> toWire(frontEnd, key, value, wire));
        return WidgetMessages.withModelReferences(wire);
    }

    /** Opens the comm for {@code target} if not open yet; the widgets this one refers to open first. */
    final synchronized void open(FrontEnd target) {
        if (link != null || !target.isLive() || !Comms.isAvailable()) {
            return;
        }
        frontEnd = target;
        for (Object value : new ArrayList<>(state.values())) {
            for (Widget child : widgetsIn(value)) {
                child.open(target);
            }
        }
        link = WidgetComm.open(this, target);
        id = link.id();
    }

    private void notifyObservers(Change change) {
        for (Consumer<Change> observer : observers) {
            observer.accept(change);
        }
    }

    private static List<Widget> widgetsIn(Object value) {
        if (value instanceof Widget widget) {
            return List.of(widget);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Widget.class::isInstance).map(Widget.class::cast).toList();
        }
        return List.of();
    }

    // Numbers compare by value: the browser sends 3 for a float slider at 3.0.
    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.deepEquals(a, b);
    }
}
