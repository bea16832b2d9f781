"""The widget library at the message level, jupyter_client playing each widget front end in turn:
no front end (a static picture), ipywidgets 7 (found by its comm_info_request), jupyter-js-widgets 2.1
(Debian's Notebook; found by its version comm) and ipywidgets 8 (found by its control comm). For each:
the comm_open's model module and protocol, the display bundle, updates both ways, observers running
in the kernel (also while a cell is busy), buttons, binary image buffers, and interact.

Run by the Maven integration test WidgetsIT, or by hand after `mvn package`:
    /usr/bin/python3 kernel/src/test/python/test_widgets.py -v
The tests run in order, in one kernel: each front end announces itself as it would on connecting.
"""
import base64
import time
import unittest

from kernel_session import KernelSession

SETUP = """
import dev.nonlinear.widgets.*;
import java.util.concurrent.atomic.*;
AtomicInteger changes = new AtomicInteger();
AtomicInteger clicks = new AtomicInteger();
"""

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


class WidgetsTest(KernelSession):
    SETUP = SETUP

    def opened(self, cell_id):
        """The comm_opens of widgets a cell made, by model name."""
        self.idle_after(cell_id)
        opens = [m for m in self.seen if m["msg_type"] == "comm_open" and m["parent_header"].get("msg_id") == cell_id]
        for m in opens:
            self.assertEqual(m["content"]["target_name"], "jupyter.widget")
        return opens

    def state_of(self, open_msg):
        data = open_msg["content"]["data"]
        return data["state"] if "state" in data else data

    def displays(self, cell_id):
        return [m["content"]["data"] for m in self.seen
                if m["msg_type"] == "display_data" and m["parent_header"].get("msg_id") == cell_id]

    def show(self, code):
        reply, out = self.execute(code)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        return reply["parent_header"]["msg_id"], out

    def test_1_without_a_front_end_a_widget_is_text_and_a_picture(self):
        cell, _ = self.show('var depth = new IntSlider("depth", 1, 10, 3);\ndepth')
        self.assertEqual(self.opened(cell), [], "no comm without a widget front end")
        [bundle] = self.displays(cell) or [m["content"]["data"] for m in self.seen
                                           if m["msg_type"] == "execute_result" and m["parent_header"].get("msg_id") == cell]
        self.assertIn("depth = 3", bundle["text/plain"])
        self.assertTrue(base64.b64decode(bundle["image/png"]).startswith(b"\x89PNG"))
        self.assertNotIn(WIDGET_VIEW, bundle)

    def test_2_ipywidgets_7(self):
        self.comm_info("jupyter.widget")  # what ipywidgets 7's manager asks on connecting
        cell, _ = self.show("""
            var rate = new FloatSlider("rate", 0, 1, 0.01, 0.5);
            rate.onChange(v -> changes.incrementAndGet());
            var activation = new Dropdown<>("activation", List.of("relu", "tanh", "sigmoid"), "tanh");
            new VBox(rate, activation)
        """)
        opens = {self.state_of(m)["_model_name"]: m for m in self.opened(cell)}
        self.assertEqual(set(opens), {"FloatSliderModel", "DropdownModel", "VBoxModel"})
        slider = opens["FloatSliderModel"]
        self.assertEqual(slider["metadata"], {"version": "2.0.0"})
        self.assertEqual(slider["content"]["data"]["buffer_paths"], [])
        state = self.state_of(slider)
        self.assertEqual((state["_model_module"], state["_model_module_version"]), ("@jupyter-widgets/controls", "1.5.0"))
        self.assertEqual((state["value"], state["min"], state["max"], state["description"]), (0.5, 0, 1, "rate"))
        dropdown = self.state_of(opens["DropdownModel"])
        self.assertEqual((dropdown["_options_labels"], dropdown["index"]), (["relu", "tanh", "sigmoid"], 1))
        box = self.state_of(opens["VBoxModel"])
        self.assertEqual(box["children"], ["IPY_MODEL_" + opens[n]["content"]["comm_id"] for n in ("FloatSliderModel", "DropdownModel")])
        [bundle] = self.displays(cell) or [m["content"]["data"] for m in self.seen
                                           if m["msg_type"] == "execute_result" and m["parent_header"].get("msg_id") == cell]
        self.assertEqual(bundle[WIDGET_VIEW], {"version_major": 2, "version_minor": 0,
                                               "model_id": opens["VBoxModel"]["content"]["comm_id"]})
        self.assertIn("text/plain", bundle)

        # The browser moves the slider and picks "relu": the kernel's values follow, observers run, no echo.
        slider_id, dropdown_id = slider["content"]["comm_id"], opens["DropdownModel"]["content"]["comm_id"]
        m1 = self.send_shell("comm_msg", {"comm_id": slider_id, "data": {"method": "update", "state": {"value": 0.25}, "buffer_paths": []}})
        m2 = self.send_shell("comm_msg", {"comm_id": dropdown_id, "data": {"method": "update", "state": {"index": 0}, "buffer_paths": []}})
        self.idle_after(m1)
        self.idle_after(m2)
        _, out = self.show('System.out.println(rate.value() + " " + activation.value() + " " + changes.get());')
        self.assertEqual(out.strip(), "0.25 relu 1")
        self.assertFalse([m for m in self.seen if m["msg_type"] == "comm_msg" and m["parent_header"].get("msg_id") in (m1, m2)],
                         "ipywidgets 7 gets no echo of its own change")

        # Java moves the slider: one update message with only the changed key.
        cell, _ = self.show("rate.value(0.75);")
        update = self.comm_msg(slider_id, method="update")
        self.assertEqual(update["content"]["data"], {"method": "update", "state": {"value": 0.75}, "buffer_paths": []})

        # A page reload asks for the state again.
        ask = self.send_shell("comm_msg", {"comm_id": slider_id, "data": {"method": "request_state"}})
        full = self.iopub(lambda m: m["msg_type"] == "comm_msg" and m["parent_header"].get("msg_id") == ask)
        self.assertEqual(full["content"]["data"]["state"]["value"], 0.75)
        self.assertEqual(full["content"]["data"]["state"]["_model_name"], "FloatSliderModel")

    def test_3_jupyter_js_widgets_2(self):
        version_id, _ = self.open_comm("jupyter.widget.version")
        reply = self.comm_msg(version_id)
        self.assertEqual(reply["content"]["data"], {"version": "~2.1.4"})
        self.send_shell("comm_msg", {"comm_id": version_id, "data": {"validated": True, "frontend_version": "2.1.4"}})
        cell, _ = self.show("""
            var data = new ToggleButtons<>("data", List.of("circle", "xor", "spiral"), "circle");
            var rate2 = new LogSlider("learning rate", -4, 0, 1, 0.01);
            var step = new Button("step");
            step.onClick(() -> clicks.incrementAndGet());
            new HBox(data, rate2, step)
        """)
        opens = {self.state_of(m)["_model_name"]: m for m in self.opened(cell)}
        self.assertEqual(set(opens), {"ToggleButtonsModel", "SelectionSliderModel", "ButtonModel", "HBoxModel"})
        toggle = opens["ToggleButtonsModel"]
        self.assertEqual(toggle["metadata"], {})
        state = toggle["content"]["data"]
        self.assertNotIn("state", state, "2.1 opens with the state itself")
        self.assertEqual((state["_model_module"], state["_model_module_version"]), ("jupyter-js-widgets", "~2.1.4"))
        self.assertEqual((state["_options_labels"], state["value"]), (["circle", "xor", "spiral"], "circle"))
        log = opens["SelectionSliderModel"]["content"]["data"]
        self.assertEqual((log["_options_labels"], log["value"]), (["0.0001", "0.001", "0.01", "0.1", "1"], "0.01"))
        # 2.1 draws the view from a "display" comm message under the cell; the bundle holds only the view.
        box_id = opens["HBoxModel"]["content"]["comm_id"]
        display = self.comm_msg(box_id, method="display")
        self.assertEqual(display["parent_header"]["msg_id"], cell)
        [bundle] = self.displays(cell)  # a display_data, as ipywidgets 6 sends it: no empty Out[n] under the widget
        self.assertEqual(bundle, {WIDGET_VIEW: {"model_id": box_id}, "text/plain": ""})

        # The browser's backbone sync: a label chosen, the log slider moved, the button pressed.
        m1 = self.send_shell("comm_msg", {"comm_id": toggle["content"]["comm_id"],
                                          "data": {"method": "backbone", "sync_data": {"value": "spiral"}}})
        m2 = self.send_shell("comm_msg", {"comm_id": opens["SelectionSliderModel"]["content"]["comm_id"],
                                          "data": {"method": "backbone", "sync_data": {"value": "0.1"}}})
        m3 = self.send_shell("comm_msg", {"comm_id": opens["ButtonModel"]["content"]["comm_id"],
                                          "data": {"method": "custom", "content": {"event": "click"}}})
        for m in (m1, m2, m3):
            # 2.1 sends nothing more until the kernel is idle again after each message (its throttle).
            self.idle_after(m)
        _, out = self.show('System.out.println(data.value() + " " + rate2.value() + " " + clicks.get());')
        self.assertEqual(out.strip(), "spiral 0.1 1")

        # Java changes the choice: 2.1 hears the label.
        self.show('data.value("xor");')
        self.comm_msg(toggle["content"]["comm_id"], method="update", state={"value": "xor"})

        # 2.1 has no grid: rows of HBoxes in a VBox, the same boxes again when a page reload asks for the state.
        cell, _ = self.show('new GridBox(2, List.of(new Label("a"), new Label("b"), new Label("c")))')
        opens = self.opened(cell)
        grid = [m for m in opens if self.state_of(m)["_model_name"] == "VBoxModel"][-1]
        rows = self.state_of(grid)["children"]
        hboxes = {"IPY_MODEL_" + m["content"]["comm_id"] for m in opens if self.state_of(m)["_model_name"] == "HBoxModel"}
        self.assertEqual((len(rows), set(rows)), (2, hboxes))
        ask = self.send_shell("comm_msg", {"comm_id": grid["content"]["comm_id"], "data": {"method": "request_state"}})
        again = self.iopub(lambda m: m["msg_type"] == "comm_msg" and m["parent_header"].get("msg_id") == ask)
        self.assertEqual(again["content"]["data"]["state"]["children"], rows)
        self.idle_after(ask)
        self.assertFalse([m for m in self.seen if m["msg_type"] == "comm_open" and m["parent_header"].get("msg_id") == ask],
                         "no new row boxes for a state request")

    def test_4_ipywidgets_8_with_echo_images_and_interact(self):
        control_id, _ = self.open_comm("jupyter.widget.control")
        ask = self.send_shell("comm_msg", {"comm_id": control_id, "data": {"method": "request_states"}})
        states = self.iopub(lambda m: m["msg_type"] == "comm_msg" and m["parent_header"].get("msg_id") == ask)
        self.assertEqual(states["content"]["data"]["method"], "update_states")
        self.assertTrue(states["content"]["data"]["states"], "the widgets made so far")
        cell, _ = self.show("""
            var a = new FloatSlider("a", 0.5, 4, 0.5, 1);
            var picture = new ImageView(new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB));
            var explorer = Interact.of(() -> "slope " + a.value(), a);
            new VBox(picture, explorer)
        """)
        opens = self.opened(cell)
        by_name = {}
        for m in opens:
            by_name.setdefault(self.state_of(m)["_model_name"], []).append(m)
        slider = by_name["FloatSliderModel"][0]
        self.assertEqual(slider["metadata"], {"version": "2.1.0"})
        self.assertEqual(self.state_of(slider)["_model_module_version"], "2.0.0")
        image = by_name["ImageModel"][0]
        self.assertEqual(image["content"]["data"]["buffer_paths"], [["value"]])
        self.assertTrue(bytes(image["buffers"][0]).startswith(b"\x89PNG"))
        [html] = by_name["HTMLModel"]
        self.assertIn("slope 1.0", self.state_of(html)["value"])

        # ipywidgets 8 wants its own change echoed; interact redraws.
        slider_id = slider["content"]["comm_id"]
        move = self.send_shell("comm_msg", {"comm_id": slider_id, "data": {"method": "update", "state": {"value": 2.5}, "buffer_paths": []}})
        echo = self.comm_msg(slider_id, method="echo_update")
        self.assertEqual(echo["content"]["data"]["state"], {"value": 2.5})
        redraw = self.comm_msg(html["content"]["comm_id"], method="update")
        self.assertIn("slope 2.5", redraw["content"]["data"]["state"]["value"])
        self.idle_after(move)

    def test_5_observers_run_while_a_cell_is_busy(self):
        cell, _ = self.show("""
            var stop = new Checkbox("stop", false);
            stop
        """)
        [box] = [m for m in self.opened(cell) if self.state_of(m)["_model_name"] == "CheckboxModel"]
        loop = self.execute("""
            long start = System.nanoTime();
            while (!stop.value() && System.nanoTime() - start < 20_000_000_000L) Thread.sleep(10);
            System.out.println(stop.value() ? "stopped by the checkbox" : "timed out");
        """, wait=False)
        self.iopub(lambda m: m["msg_type"] == "execute_input" and m["parent_header"].get("msg_id") == loop)
        time.sleep(0.5)
        self.send_shell("comm_msg", {"comm_id": box["content"]["comm_id"],
                                     "data": {"method": "update", "state": {"value": True}, "buffer_paths": []}})
        reply = self.shell_reply(loop)
        self.assertEqual(reply["content"]["status"], "ok")
        self.idle_after(loop)
        out = "".join(m["content"]["text"] for m in self.seen
                      if m["parent_header"].get("msg_id") == loop and m["msg_type"] == "stream")
        self.assertEqual(out.strip(), "stopped by the checkbox")


if __name__ == "__main__":
    unittest.main()
