"""The Java kernel against jupyter_kernel_test, the Jupyter project's conformance suite for kernels,
plus the parts of the messaging spec (5.3) that suite does not cover.

Run by the Maven integration test ConformanceIT, or by hand after `mvn package`:
    /usr/bin/python3 -m unittest -v kernel/src/test/python/test_conformance.py
Needs Debian's python3-jupyter-kernel-test. Environment as for test_kernel.py
(NONLINEAR_KERNEL_JAR, NONLINEAR_JAVA).
"""
import shutil
import unittest

import jupyter_kernel_test
from jupyter_kernel_test.msgspec_v5 import validate_message

from kernel_session import TIMEOUT, start_kernel


class JavaKernelConformance(jupyter_kernel_test.KernelTests):
    """Each attribute is a Java snippet for the suite's test of the same name (see its source)."""

    kernel_name = "java"
    language_name = "java"
    file_extension = ".jsh"

    # The last statement of a cell may lack its semicolon.
    code_hello_world = 'System.out.println("hello, world")'
    code_stderr = 'System.err.println("to stderr")'

    completion_samples = [
        {"text": "Math.sqr", "matches": {"sqrt("}},
        {"text": "String.valueO", "matches": {"valueOf("}},
    ]
    complete_code_samples = ["int x = 1;", "int y = 2", "System.out.println(1)", "class A {}", "1 + 2"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int f(int a) {", "1 +", "int x = "]
    invalid_code_samples = ["1 +* 2", "int 3x = 0;", 'String s = "no closing quote']

    code_page_something = "Math.abs?"  # a help cell, as in IPython: the javadoc in the pager
    code_generate_error = 'throw new RuntimeException("boom")'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"con" + "formance"', "result": "conformance"},
        {"code": "Math.max(3, 8)", "result": "8"},
    ]
    code_display_data = [
        {"code": 'display(Html.of("<b>bold</b>"));', "mime": "text/html"},
        {"code": 'display("plain text");', "mime": "text/plain"},
    ]
    code_history_pattern = "6*7"  # a glob over the whole cell, as in IPython
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.abs"
    code_clear_output = "clearOutput()"

    @classmethod
    def setUpClass(cls):
        cls.prefix, cls.km, cls.kc = start_kernel("nonlinear-conformance-")

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.prefix, ignore_errors=True)

    # ------------------------------------------------------------------------------------------
    # Beyond the suite

    def run_cell(self, code, **options):
        """execute_helper after dropping what earlier requests left on the channels."""
        self.flush_channels()
        return self.execute_helper(code, **options)

    def reply_to(self, msg_id, msg_type):
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        validate_message(reply, msg_type, msg_id)
        return reply["content"]

    def test_every_reply_has_a_status(self):
        self.flush_channels()
        self.assertEqual(self.reply_to(self.kc.comm_info(), "comm_info_reply")["status"], "ok")
        self.assertEqual(self.reply_to(self.kc.history(hist_access_type="tail", n=1, raw=True, output=False),
                                       "history_reply")["status"], "ok")
        self.assertEqual(self.reply_to(self.kc.complete("Sys"), "complete_reply")["status"], "ok")
        self.assertEqual(self.reply_to(self.kc.inspect("Math.abs"), "inspect_reply")["status"], "ok")
        self.assertEqual(self.reply_to(self.kc.kernel_info(), "kernel_info_reply")["status"], "ok")
        msg = self.kc.session.msg("interrupt_request", {})
        self.kc.control_channel.send(msg)
        reply = self.kc.get_control_msg(timeout=TIMEOUT)
        validate_message(reply, "interrupt_reply", msg["header"]["msg_id"])
        self.assertEqual(reply["content"]["status"], "ok")

    def test_connect_request_names_the_ports(self):
        self.flush_channels()
        msg = self.kc.session.msg("connect_request", {})
        self.kc.shell_channel.send(msg)
        content = self.reply_to(msg["header"]["msg_id"], "connect_reply")
        info = self.km.get_connection_info()
        for port in ("shell_port", "iopub_port", "stdin_port", "hb_port", "control_port"):
            self.assertEqual(content[port], info[port], port)

    def test_history_has_busy_and_idle_around_it(self):
        self.flush_channels()
        msg_id = self.kc.history(hist_access_type="tail", n=1, raw=True, output=False)
        self.reply_to(msg_id, "history_reply")
        states = []
        while len(states) < 2:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status":
                states.append(msg["content"]["execution_state"])
        self.assertEqual(states, ["busy", "idle"])

    def test_history_output_and_range(self):
        reply, _ = self.run_cell("int histValue = 20 + 22;")
        count = reply["content"]["execution_count"]
        self.run_cell("histValue")
        self.flush_channels()
        history = self.reply_to(self.kc.history(hist_access_type="range", session=0, start=count, stop=count + 2,
                                                raw=True, output=True), "history_reply")["history"]
        self.assertEqual([h[1] for h in history], [count, count + 1])
        self.assertEqual(history[0][2], ["int histValue = 20 + 22;", None])
        self.assertEqual(history[1][2], ["histValue", "42"])

    def test_silent_neither_counts_nor_publishes_results(self):
        before, _ = self.run_cell("1")
        reply, outputs = self.run_cell("int silentValue = 5;\nsilentValue", silent=True)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(reply["content"]["execution_count"], before["content"]["execution_count"])
        self.assertEqual([m["msg_type"] for m in outputs], [])
        after, _ = self.run_cell("silentValue")  # it did run
        self.assertEqual(after["content"]["execution_count"], before["content"]["execution_count"] + 1)

    def test_store_history_false_is_not_counted_nor_recorded(self):
        before, _ = self.run_cell("2")
        reply, outputs = self.run_cell("\"unrecorded\"", store_history=False)
        self.assertEqual(reply["content"]["execution_count"], before["content"]["execution_count"])
        self.assertEqual([m["msg_type"] for m in outputs], ["execute_result"])
        self.flush_channels()
        found = self.reply_to(self.kc.history(hist_access_type="search", pattern="*unrecorded*", raw=True,
                                              output=False), "history_reply")["history"]
        self.assertEqual(found, [])

    def test_user_expressions(self):
        self.flush_channels()
        msg_id = self.kc.execute("int ue = 6;", user_expressions={"sum": "ue + 1", "bad": "ue.length()"})
        content = self.reply_to(msg_id, "execute_reply")
        expressions = content["user_expressions"]
        self.assertEqual(expressions["sum"]["status"], "ok")
        self.assertEqual(expressions["sum"]["data"]["text/plain"], "7")
        self.assertEqual(expressions["bad"]["status"], "error")
        self.assertTrue(expressions["bad"]["ename"])
        self.assertIsInstance(expressions["bad"]["traceback"], list)

    def test_last_statement_without_semicolon(self):
        reply, _ = self.run_cell("int y = 5")
        self.assertEqual(reply["content"]["status"], "ok")
        _, outputs = self.run_cell('if (y > 0) System.out.println("pos")')
        self.assertIn("pos", "".join(m["content"].get("text", "") for m in outputs))
        _, outputs = self.run_cell("y")
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "5")
        _, outputs = self.run_cell("y;")
        self.assertEqual(outputs, [])
        reply, outputs = self.run_cell('throw new RuntimeException("boom")')
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("boom", reply["content"]["evalue"])

    def test_is_complete_indents_open_blocks(self):
        self.flush_channels()
        content = self.reply_to(self.kc.is_complete("for (int i = 0; i < 3; i++) {"), "is_complete_reply")
        self.assertEqual(content, {"status": "incomplete", "indent": "    "})

    def test_help_cell_pages_the_javadoc(self):
        reply, outputs = self.run_cell("Math.abs?")
        page = reply["content"]["payload"][0]["data"]["text/plain"]
        self.assertIn("abs(", page)
        self.assertNotIn("no documentation", page)

    def test_clear_output_can_wait(self):
        _, outputs = self.run_cell('System.out.println("old");\nclearOutput(true);\nSystem.out.println("new");')
        types = [(m["msg_type"], m["content"].get("wait", m["content"].get("text"))) for m in outputs]
        self.assertEqual(types, [("stream", "old\n"), ("clear_output", True), ("stream", "new\n")])


class ShutdownReplyTest(unittest.TestCase):
    """shutdown_reply, the one reply the suite never sees: its own kernel, shut down over the control channel."""

    def test_shutdown_reply_has_a_status(self):
        JavaKernelConformance.setUpClass()
        kc = JavaKernelConformance.kc
        try:
            msg = kc.session.msg("shutdown_request", {"restart": False})
            kc.control_channel.send(msg)
            reply = kc.get_control_msg(timeout=TIMEOUT)
            validate_message(reply, "shutdown_reply", msg["header"]["msg_id"])
            self.assertEqual(reply["content"], {"status": "ok", "restart": False})
        finally:
            JavaKernelConformance.tearDownClass()


if __name__ == "__main__":
    unittest.main()
