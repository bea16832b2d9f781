package dev.nonlinear.widgets;

import dev.nonlinear.display.CommMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The widget messages on the wire, for each {@link FrontEnd}: what the kernel sends (comm_open,
 * update, display, echo) and how to read what the browser sends. Binary values ({@code byte[]},
 * an image's PNG) travel as buffers beside the JSON, named by their key.
 */
final class WidgetMessages {

    /** A state with its binary values taken out: the JSON part, the buffers and their keys. */
    record Split(Map<String, Object> state, List<List<String>> paths, List<byte[]> buffers) {
        List<String> keys() {
            return paths.stream().map(path -> path.get(0)).toList();
        }
    }

    /** What the browser asked for in a comm_msg. */
    enum Kind { UPDATE, REQUEST_STATE, CUSTOM, OTHER }

    /** A message from the browser: its kind, the state it changes, a custom message's content. */
    record Incoming(Kind kind, Map<String, Object> state, Map<String, Object> content) {
    }

    private WidgetMessages() {
    }

    static Split split(Map<String, Object> state) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<List<String>> paths = new ArrayList<>();
        List<byte[]> buffers = new ArrayList<>();
        state.forEach((key, value) -> {
            if (value instanceof byte[] bytes) {
                paths.add(List.of(key));
                buffers.add(bytes);
            } else {
                json.put(key, value);
            }
        });
        return new Split(json, paths, buffers);
    }

    /** The comm_open that creates the widget's model in the browser. */
    static CommMessage open(FrontEnd frontEnd, Map<String, Object> state) {
        Split split = split(state);
        if (frontEnd == FrontEnd.JUPYTER_JS_WIDGETS_2) { // the state itself; 2.1 has no binary values here
            return new CommMessage(split.state(), Map.of(), List.of());
        }
        return new CommMessage(Map.of("state", split.state(), "buffer_paths", split.paths()),
                Map.of("version", frontEnd.protocolVersion()), split.buffers());
    }

    /** A change of state, kernel to browser ({@code method} "update", or ipywidgets 8's "echo_update"). */
    static CommMessage update(FrontEnd frontEnd, String method, Map<String, Object> changed) {
        Split split = split(changed);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("method", method);
        data.put("state", split.state());
        if (frontEnd == FrontEnd.JUPYTER_JS_WIDGETS_2) {
            data.put("buffers", split.keys());
        } else {
            data.put("buffer_paths", split.paths());
        }
        return new CommMessage(data, Map.of(), split.buffers());
    }

    /** The display_data bundle that puts a view of the model in the output area. */
    static Map<String, Object> viewBundle(FrontEnd frontEnd, String modelId, String text) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (frontEnd != FrontEnd.JUPYTER_JS_WIDGETS_2) {
            view.put("version_major", 2);
            view.put("version_minor", 0);
        }
        view.put("model_id", modelId);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("application/vnd.jupyter.widget-view+json", view);
        // 2.1 draws the view above the cell's output from a "display" comm message, and Notebook 6
        // would print any text here under it; the kernel always sends some text, so it is empty.
        bundle.put("text/plain", frontEnd == FrontEnd.JUPYTER_JS_WIDGETS_2 ? "" : text);
        return bundle;
    }

    /** Puts the widgets in a state (a box's children, a layout) on the wire as "IPY_MODEL_<id>". */
    static Map<String, Object> withModelReferences(Map<String, Object> wire) {
        wire.replaceAll((key, value) -> value instanceof Widget w ? "IPY_MODEL_" + w.id()
                : value instanceof List<?> list && list.stream().anyMatch(Widget.class::isInstance)
                ? list.stream().map(v -> v instanceof Widget w ? "IPY_MODEL_" + w.id() : v).toList()
                : value);
        return wire;
    }

    /** Reads a comm_msg from the browser, putting binary buffers back in place of their keys. */
    @SuppressWarnings("unchecked")
    static Incoming read(FrontEnd frontEnd, CommMessage message) {
        Map<String, Object> data = message.data();
        Object method = data.get("method");
        if ("request_state".equals(method)) {
            return new Incoming(Kind.REQUEST_STATE, Map.of(), Map.of());
        }
        if ("custom".equals(method)) {
            Object content = data.get("content");
            return new Incoming(Kind.CUSTOM, Map.of(), content instanceof Map ? (Map<String, Object>) content : Map.of());
        }
        boolean backbone = "backbone".equals(method) && data.get("sync_data") instanceof Map;   // 2.1
        boolean update = "update".equals(method) && data.get("state") instanceof Map;          // 7 and 8
        if (!backbone && !update) {
            return new Incoming(Kind.OTHER, Map.of(), Map.of());
        }
        Map<String, Object> state = new LinkedHashMap<>((Map<String, Object>) data.get(backbone ? "sync_data" : "state"));
        List<?> keys = (List<?>) data.getOrDefault(backbone ? "buffer_keys" : "buffer_paths", List.of());
        for (int i = 0; i < keys.size() && i < message.buffers().size(); i++) {
            Object key = keys.get(i) instanceof List<?> path && path.size() == 1 ? path.get(0) : keys.get(i);
            state.put(String.valueOf(key), message.buffers().get(i));
        }
        return new Incoming(Kind.UPDATE, state, Map.of());
    }
}
