package dev.nonlinear.widgets;

import dev.nonlinear.display.Comm;
import dev.nonlinear.display.CommMessage;
import dev.nonlinear.display.Comms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds out which widget front end, if any, is listening — each announces itself differently
 * when a notebook connects to the kernel, before any cell runs:
 * <ul>
 *   <li>jupyter-js-widgets 2.1 (Debian's Notebook) opens a comm to {@code jupyter.widget.version}
 *       and checks the version the kernel answers;</li>
 *   <li>ipywidgets 8 opens a comm to {@code jupyter.widget.control} and asks for every widget's state;</li>
 *   <li>ipywidgets 7 only asks which {@code jupyter.widget} comms are open (comm_info_request);
 *       the two above ask that too, so it counts only when nothing more specific was heard.</li>
 * </ul>
 * When nothing announced itself (nbconvert, the grader, a kernel without comms such as IJava),
 * widgets are {@link FrontEnd#STATIC}: text and a picture. The environment variable
 * {@code NONLINEAR_WIDGETS} (2, 7, 8 or static) or {@link #use} overrides what was detected.
 * A widget keeps the front end it was made for; widgets made after a different front end
 * connects use the new one.
 */
public final class FrontEnds {
    /** The range of jupyter-js-widgets versions the kit's 2.1 messages are written for. */
    static final String JS_WIDGETS_VERSION = "~2.1.4";

    private static volatile FrontEnd detected;
    private static volatile FrontEnd chosen;
    private static volatile boolean listening;

    private FrontEnds() {
    }

    /** Called by the kernel at start-up: answers the front ends' version and state requests. */
    public static synchronized void listen() {
        if (listening || !Comms.isAvailable()) {
            return;
        }
        listening = true;
        Comms.registerTarget("jupyter.widget.version", (comm, open) -> {
            detected = FrontEnd.JUPYTER_JS_WIDGETS_2;
            comm.send(Map.of("version", JS_WIDGETS_VERSION)); // it replies {validated, frontend_version}
        });
        Comms.registerTarget("jupyter.widget.control", (comm, open) -> {
            detected = FrontEnd.IPYWIDGETS_8;
            comm.onMessage(message -> {
                if ("request_states".equals(message.data().get("method"))) {
                    sendAllStates(comm);
                }
            });
        });
        Comms.onInfoRequest(target -> {
            if (detected == null && (target == null || "jupyter.widget".equals(target))) {
                detected = FrontEnd.IPYWIDGETS_7;
            }
        });
    }

    /** The front end new widgets are made for. */
    public static FrontEnd current() {
        if (!Comms.isAvailable()) {
            return FrontEnd.STATIC;
        }
        if (chosen != null) {
            return chosen;
        }
        String setting = System.getenv("NONLINEAR_WIDGETS");
        if (setting != null && !setting.isBlank()) {
            return FrontEnd.parse(setting);
        }
        return detected == null ? FrontEnd.STATIC : detected;
    }

    /** Makes new widgets speak to {@code frontEnd} whatever was detected; null goes back to detecting. */
    public static void use(FrontEnd frontEnd) {
        chosen = frontEnd;
    }

    /** What was detected so far (null: no widget front end has announced itself). */
    public static FrontEnd detected() {
        return detected;
    }

    // ipywidgets 8 restores widgets after a page reload from one reply holding every state.
    private static void sendAllStates(Comm comm) {
        Map<String, Object> states = new LinkedHashMap<>();
        Map<String, Object> paths = new LinkedHashMap<>();
        List<byte[]> buffers = new ArrayList<>();
        for (Widget widget : WidgetComm.openWidgets()) {
            WidgetMessages.Split split = WidgetMessages.split(widget.wireState());
            states.put(widget.id(), Map.of("model_name", widget.modelName(),
                    "model_module", widget.modelModule(), "model_module_version", widget.modelModuleVersion(),
                    "state", split.state()));
            // The reply's buffers are numbered across all widgets: path [id, "state", key...].
            List<Object> widgetPaths = new ArrayList<>();
            for (int i = 0; i < split.buffers().size(); i++) {
                widgetPaths.add(split.paths().get(i));
                buffers.add(split.buffers().get(i));
            }
            paths.put(widget.id(), widgetPaths);
        }
        comm.send(new CommMessage(
                Map.of("method", "update_states", "states", states, "buffer_paths", paths), Map.of(), buffers));
    }
}
