"""The Java kernel driven by Jupyter's own client library (jupyter_client), as a notebook would.

Run by the Maven integration test JupyterClientIT, or by hand after `mvn package`:
    /usr/bin/python3 -m unittest -v kernel/src/test/python/test_kernel.py
Environment:
    NONLINEAR_KERNEL_JAR  the kernel jar (default kernel/target/nonlinear-kernel.jar)
    NONLINEAR_JAVA        the java executable (default: java on the PATH)
    NONLINEAR_START_RUNS  how many kernel starts StartupTest makes (default 50)
"""
import base64
import datetime
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

from kernel_session import JAVA, TIMEOUT, install_kernel, start_installed


_prefix = None
_kernels_dir = None


def setUpModule():
    global _prefix, _kernels_dir
    _prefix = install_kernel("nonlinear-test-kernel-")
    _kernels_dir = os.path.join(_prefix, "share", "jupyter", "kernels")


def tearDownModule():
    if _prefix:
        shutil.rmtree(_prefix, ignore_errors=True)


def start_kernel(env=None):
    """A kernel from the freshly installed kernelspec only (never the user's installed kernels)."""
    return start_installed(_prefix, env)


def stop_kernel(manager, client):
    client.stop_channels()
    manager.shutdown_kernel(now=False)


class Cell:
    """What one execute_request produced: the reply and the IOPub outputs, in order."""

    def __init__(self, client, code, timeout=TIMEOUT):
        self.outputs = []
        self.reply = client.execute_interactive(code, timeout=timeout, output_hook=self._collect)

    def _collect(self, msg):
        if msg["msg_type"] in ("stream", "display_data", "update_display_data", "execute_result", "error"):
            self.outputs.append(msg)

    @property
    def status(self):
        return self.reply["content"]["status"]

    def of_type(self, msg_type):
        return [m["content"] for m in self.outputs if m["msg_type"] == msg_type]

    def data(self):
        """The mime bundle of the first display_data or execute_result."""
        for m in self.outputs:
            if m["msg_type"] in ("display_data", "execute_result"):
                return m["content"]["data"]
        raise AssertionError(f"no display in {self.outputs}")

    def stdout(self):
        return "".join(c["text"] for c in self.of_type("stream") if c["name"] == "stdout")

    def error(self):
        errors = self.of_type("error")
        if not errors:
            raise AssertionError(f"no error output in {self.outputs}")
        return errors[0]


class KernelTest(unittest.TestCase):
    """One kernel for all the tests of this class; every test runs its own cells."""

    @classmethod
    def setUpClass(cls):
        cls.manager, cls.client = start_kernel()

    @classmethod
    def tearDownClass(cls):
        stop_kernel(cls.manager, cls.client)

    def run_cell(self, code, timeout=TIMEOUT):
        return Cell(self.client, textwrap.dedent(code).strip("\n"), timeout)

    def shell_reply(self, msg_id):
        """The reply to one request (jupyter_client 7 has reply=True only for some requests)."""
        reply = self.client.get_shell_msg(timeout=TIMEOUT)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.client.get_shell_msg(timeout=TIMEOUT)
        return reply

    def test_expression_value_is_the_execute_result(self):
        cell = self.run_cell("1+1")
        self.assertEqual(cell.status, "ok")
        self.assertEqual(cell.of_type("execute_result")[0]["data"]["text/plain"], "2")

    def test_trailing_semicolon_hides_the_value(self):
        cell = self.run_cell('"hidden".length();')
        self.assertEqual(cell.status, "ok")
        self.assertEqual(cell.of_type("execute_result"), [])

    def test_stdout_and_stderr_stream_while_the_cell_runs(self):
        cell = self.run_cell("""
            System.out.println("hello");
            System.err.println("warning");
            System.out.print("no newline");
        """)
        self.assertEqual(cell.status, "ok")
        self.assertEqual(cell.stdout(), "hello\nno newline")
        self.assertIn("warning", "".join(c["text"] for c in cell.of_type("stream") if c["name"] == "stderr"))

    def test_output_arrives_before_the_cell_ends(self):
        started = time.monotonic()
        arrivals = []

        def hook(msg):
            if msg["msg_type"] == "stream":
                arrivals.append(time.monotonic() - started)

        self.client.execute_interactive('System.out.println("first"); Thread.sleep(1500); System.out.println("second");',
                                        timeout=TIMEOUT, output_hook=hook)
        total = time.monotonic() - started
        self.assertGreaterEqual(len(arrivals), 2, "two separate stream messages")
        self.assertLess(arrivals[0], total - 1.0, "the first line is streamed before the sleep ends")

    def test_print_then_display_keeps_the_order(self):
        cell = self.run_cell("""
            System.out.println("before");
            display("shown");
            System.out.println("after");
        """)
        kinds = [(m["msg_type"], m["content"].get("text", m["content"].get("data", {}).get("text/plain")))
                 for m in cell.outputs]
        self.assertEqual(kinds, [("stream", "before\n"), ("display_data", "shown"), ("stream", "after\n")])
        self.assertEqual(cell.of_type("execute_result"), [], "the display id returned by display() is not shown")

    def test_compile_error_is_friendly(self):
        cell = self.run_cell("int x = 1;\nint y = nope + x;")
        self.assertEqual(cell.status, "error")
        error = cell.error()
        self.assertEqual(error["ename"], "CompileError")
        self.assertEqual(error["evalue"], "cannot find symbol")
        text = "\n".join(error["traceback"])
        self.assertIn("line 2: cannot find symbol", text)
        self.assertIn("    int y = nope + x;", text)
        caret_line = [line for line in error["traceback"] if "^" in line][0]
        self.assertEqual(caret_line.index("^") - len("\x1b[1;31m"), len("    int y = "))

    def test_runtime_exception_is_friendly(self):
        self.run_cell("int half(int n) {\n    return 100 / n;\n}")
        cell = self.run_cell("half(0)")
        self.assertEqual(cell.status, "error")
        error = cell.error()
        self.assertEqual(error["ename"], "UncaughtException")
        self.assertEqual(error["evalue"], "java.lang.ArithmeticException: / by zero")
        text = "\n".join(error["traceback"])
        self.assertIn("at half (Cell In[", text)
        for internal in ("jdk.jshell", "jdk.internal", "dev.nonlinear.kernel", "java.lang.reflect"):
            self.assertNotIn(internal, text)

    def test_chart_is_png_and_svg_on_request(self):
        self.run_cell("""
            XYChart chart = new XYChartBuilder().width(300).height(200).title("relu").build();
            chart.addSeries("relu", new double[] {-1, 0, 1}, new double[] {0, 0, 1});
        """)
        png = self.run_cell("chart").data()
        self.assertTrue(base64.b64decode(png["image/png"]).startswith(b"\x89PNG\r\n\x1a\n"))
        svg = self.run_cell('display(chart, "image/svg+xml");').data()
        self.assertIn("<svg", svg["image/svg+xml"])

    def test_table_is_html(self):
        cell = self.run_cell('Table.create("t", DoubleColumn.create("x", 1, 2), StringColumn.create("s", "<a>", "b"))')
        data = cell.data()
        self.assertIn("<table", data["text/html"])
        self.assertIn("&lt;a&gt;", data["text/html"])
        self.assertIn("text/plain", data)

    def test_buffered_image_is_png(self):
        data = self.run_cell("new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB)").data()
        self.assertTrue(base64.b64decode(data["image/png"]).startswith(b"\x89PNG"))

    def test_animated_gif_is_gif(self):
        data = self.run_cell("""
            var a = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var b = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            b.setRGB(3, 3, 0xff0000);
            AnimatedGif.of(List.of(a, b), 100)
        """).data()
        self.assertTrue(base64.b64decode(data["image/gif"]).startswith(b"GIF89a"))

    def test_html_object_is_html(self):
        self.assertEqual(self.run_cell('Html.of("<b>bold</b>")').data()["text/html"], "<b>bold</b>")

    def test_update_display_replaces_in_place(self):
        cell = self.run_cell("""
            String id = display("step 1");
            updateDisplay(id, "step 2");
        """)
        shown = cell.of_type("display_data")[0]
        updated = cell.of_type("update_display_data")[0]
        self.assertEqual(updated["transient"]["display_id"], shown["transient"]["display_id"])
        self.assertEqual(updated["data"]["text/plain"], "step 2")

    def test_live_display_from_library_code(self):
        cell = self.run_cell("""
            LiveDisplay live = new LiveDisplay(java.time.Duration.ZERO);
            for (int epoch = 1; epoch <= 3; epoch++) live.progress(epoch, 3, "epoch " + epoch);
        """)
        self.assertEqual(len(cell.of_type("display_data")), 1)
        updates = cell.of_type("update_display_data")
        self.assertEqual(len(updates), 2)
        self.assertIn("100%", updates[-1]["data"]["text/plain"])

    def test_completion(self):
        reply = self.client.complete("Sys", 3, reply=True, timeout=TIMEOUT)["content"]
        self.assertIn("System", reply["matches"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (0, 3))

    def test_is_complete(self):
        def status(code):
            return self.shell_reply(self.client.is_complete(code))["content"]["status"]

        self.assertEqual(status("int x = "), "incomplete")
        self.assertEqual(status("int x = 1;"), "complete")
        self.assertEqual(status("for (int i = 0; i < 3; i++) {"), "incomplete")

    def test_inspect(self):
        reply = self.client.inspect("Math.abs(", 9, detail_level=0, reply=True, timeout=TIMEOUT)["content"]
        self.assertTrue(reply["found"])
        self.assertIn("abs(", reply["data"]["text/plain"])

    def test_interrupt_stops_an_endless_loop(self):
        msg_id = self.client.execute("while (true) { }")
        time.sleep(1.5)
        self.manager.interrupt_kernel()
        reply = self.shell_reply(msg_id)
        self.assertIn(reply["content"]["status"], ("error", "aborted"))
        self.assertEqual(reply["content"].get("ename"), "Interrupted")
        after = self.run_cell("40 + 2")
        self.assertEqual(after.of_type("execute_result")[0]["data"]["text/plain"], "42")

    def run_all(self, cells, **options):
        """As Run All does: every request is sent before the first reply arrives."""
        ids = [self.client.execute(code, **options) for code in cells]
        return [self.shell_reply(msg_id)["content"]["status"] for msg_id in ids]

    def test_run_all_stops_at_the_first_error(self):
        statuses = self.run_all(["int beforeFailure = 1;",
                                 'throw new IllegalStateException("stop here");',
                                 "int queuedBehindFailure = 2;"])
        self.assertEqual(statuses, ["ok", "error", "aborted"])
        # A cell run after the error was seen does run; the aborted one never ran.
        self.assertEqual(self.run_cell("beforeFailure + 1").of_type("execute_result")[0]["data"]["text/plain"], "2")
        self.assertEqual(self.run_cell("queuedBehindFailure").error()["evalue"], "cannot find symbol")

    def send_dated(self, code, clock_offset):
        """An execute_request from a client whose clock is off by clock_offset (a timedelta)."""
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": True}
        msg = self.client.session.msg("execute_request", content)
        msg["header"]["date"] = msg["header"]["date"] + clock_offset
        self.client.shell_channel.send(msg)
        return msg["header"]["msg_id"]

    def test_run_all_stops_even_when_the_browsers_clock_is_behind(self):
        behind = datetime.timedelta(minutes=-10)
        ids = [self.send_dated(code, behind) for code in ("int skewedBefore = 1;", 'throw new IllegalStateException("x");',
                                                          "int skewedQueued = 2;")]
        self.assertEqual([self.shell_reply(i)["content"]["status"] for i in ids], ["ok", "error", "aborted"])
        # The learner fixes the cell and runs it: later than the failure on the browser's own clock, though
        # still "before" it on the kernel's.
        time.sleep(0.3)
        rerun = self.send_dated("int skewedRerun = 3;", behind)
        self.assertEqual(self.shell_reply(rerun)["content"]["status"], "ok")

    def test_stop_on_error_false_runs_every_cell(self):
        statuses = self.run_all(['throw new IllegalStateException("keep going");', "int ranAnyway = 3;"],
                                stop_on_error=False)
        self.assertEqual(statuses, ["error", "ok"])
        self.assertEqual(self.run_cell("ranAnyway").of_type("execute_result")[0]["data"]["text/plain"], "3")

    def test_time_magic(self):
        cell = self.run_cell("%%time\nint s = 0;\nfor (int i = 0; i < 1000; i++) s += i;\ns")
        self.assertEqual(cell.of_type("execute_result")[0]["data"]["text/plain"], "499500")
        self.assertIn("Wall time:", cell.stdout())

    def test_load_and_jars_magics(self):
        work = Path(tempfile.mkdtemp(dir=_prefix))
        (work / "setup.jsh").write_text('int loaded = 7;\nSystem.out.println("setup done");\n')
        source = work / "src" / "demo" / "Hello.java"
        source.parent.mkdir(parents=True)
        source.write_text('package demo;\npublic class Hello { public String greet() { return "hello from a jar"; } }\n')
        java_home = Path(JAVA).resolve().parent
        classes = work / "classes"
        subprocess.run([str(java_home / "javac"), "-d", str(classes), str(source)], check=True)
        (work / "libs").mkdir()
        subprocess.run([str(java_home / "jar"), "cf", str(work / "libs" / "hello.jar"), "-C", str(classes), "."], check=True)
        cell = self.run_cell(f'%load {work / "setup.jsh"}\nloaded * 6')
        self.assertIn("setup done", cell.stdout())
        self.assertEqual(cell.of_type("execute_result")[0]["data"]["text/plain"], "42")
        cell = self.run_cell(f'%jars {work / "libs"}/*.jar\nnew demo.Hello().greet()')
        self.assertEqual(cell.status, "ok", cell.outputs)
        self.assertEqual(cell.of_type("execute_result")[0]["data"]["text/plain"], "hello from a jar")

    def test_unknown_magic_is_an_error(self):
        cell = self.run_cell("%nosuchmagic 1")
        self.assertEqual(cell.error()["ename"], "MagicError")


class TimeLimitTest(unittest.TestCase):
    def test_a_cell_over_the_limit_is_stopped_and_the_kernel_stays_usable(self):
        manager, client = start_kernel({"NONLINEAR_CELL_TIMEOUT_SECONDS": "2"})
        try:
            quick = Cell(client, "Thread.sleep(300); 1")
            self.assertEqual(quick.status, "ok")
            started = time.monotonic()
            slow = Cell(client, "long n = 0;\nwhile (true) { n++; }")
            self.assertLess(time.monotonic() - started, 15)
            self.assertEqual(slow.status, "error")
            self.assertEqual(slow.error()["ename"], "TimeLimitExceeded")
            self.assertEqual(slow.error()["evalue"], "cell exceeded the time limit of 2 s")
            after = Cell(client, "n > 0")
            self.assertEqual(after.of_type("execute_result")[0]["data"]["text/plain"], "true")
        finally:
            stop_kernel(manager, client)


class StartupTest(unittest.TestCase):
    """Consecutive starts, each one kernel_info + one cell; a start that times out is a hang."""

    def test_many_starts_never_hang(self):
        runs = int(os.environ.get("NONLINEAR_START_RUNS", "50"))
        times, hangs = [], []
        for run in range(runs):
            started = time.monotonic()
            manager = None
            try:
                manager = KernelManager(kernel_name="java",
                                        kernel_spec_manager=KernelSpecManager(kernel_dirs=[_kernels_dir]))
                manager.start_kernel(cwd=_prefix)
                client = manager.client()
                client.start_channels()
                client.wait_for_ready(timeout=30)
                reply = client.execute_interactive("1+1", timeout=30, output_hook=lambda m: None)
                self.assertEqual(reply["content"]["status"], "ok")
                times.append(time.monotonic() - started)
                client.stop_channels()
            except (RuntimeError, TimeoutError) as hang:
                hangs.append(f"start {run + 1}: {type(hang).__name__}: {hang}")
            finally:
                if manager is not None and manager.has_kernel:
                    manager.shutdown_kernel(now=True)
        if times:
            print(f"\n{runs} starts: {len(hangs)} hangs; start -> first cell result: "
                  f"median {statistics.median(times):.2f} s, max {max(times):.2f} s", file=sys.stderr)
        self.assertEqual(hangs, [])


if __name__ == "__main__":
    unittest.main()
