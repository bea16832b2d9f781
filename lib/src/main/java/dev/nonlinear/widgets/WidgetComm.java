package dev.nonlinear.widgets;

import dev.nonlinear.display.Comm;
import dev.nonlinear.display.CommMessage;
import dev.nonlinear.display.Comms;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A widget's comm to its model in the browser: opens it with the full state, sends changes, and
 * turns what the browser sends (a change, a request for the whole state, a button's click) into
 * calls on the widget. Messages from the browser arrive on the kernel's comm thread, one at a time.
 */
final class WidgetComm {
    private static final Map<String, Widget> OPEN = new ConcurrentHashMap<>();

    private final Widget widget;
    private final FrontEnd frontEnd;
    private final Comm comm;

    private WidgetComm(Widget widget, FrontEnd frontEnd, Comm comm) {
        this.widget = widget;
        this.frontEnd = frontEnd;
        this.comm = comm;
    }

    /** Opens the comm (a comm_open to {@code jupyter.widget} holding the state) for {@code widget}. */
    static WidgetComm open(Widget widget, FrontEnd frontEnd) {
        Map<String, Object> state = widget.wireState();
        Comm comm = Comms.open("jupyter.widget", WidgetMessages.open(frontEnd, state));
        WidgetComm link = new WidgetComm(widget, frontEnd, comm);
        OPEN.put(comm.id(), widget);
        comm.onMessage(link::received);
        if (frontEnd == FrontEnd.JUPYTER_JS_WIDGETS_2 && state.values().stream().anyMatch(byte[].class::isInstance)) {
            comm.send(WidgetMessages.update(frontEnd, "update", state)); // 2.1 reads no buffers in a comm_open
        }
        return link;
    }

    /** Every widget with an open comm (ipywidgets 8 asks for all their states after a page reload). */
    static Collection<Widget> openWidgets() {
        return OPEN.values();
    }

    String id() {
        return comm.id();
    }

    void send(CommMessage message) {
        comm.send(message);
    }

    void close() {
        OPEN.remove(comm.id());
        comm.close();
    }

    private void received(CommMessage message) {
        WidgetMessages.Incoming incoming = WidgetMessages.read(frontEnd, message);
        switch (incoming.kind()) {
            case UPDATE -> {
                incoming.state().forEach((key, value) -> widget.fromWire(frontEnd, key, value));
                if (frontEnd.echoesUpdates()) {
                    comm.send(WidgetMessages.update(frontEnd, "echo_update", incoming.state()));
                }
            }
            case REQUEST_STATE -> comm.send(WidgetMessages.update(frontEnd, "update", widget.wireState()));
            case CUSTOM -> widget.onCustom(incoming.content());
            default -> { }
        }
    }
}
