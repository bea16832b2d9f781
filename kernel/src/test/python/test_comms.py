"""Jupyter comms in the Java kernel, at the message level, driven by jupyter_client as a front end
(the notebook's widget manager) would: comm_open, comm_msg and comm_close in both directions,
comm_info_request, an unknown target, parent headers, binary buffers, and a comm_msg handled while
a cell is busy.

Run by the Maven integration test CommsIT, or by hand after `mvn package`:
    /usr/bin/python3 -m unittest -v kernel/src/test/python/test_comms.py
Environment: NONLINEAR_KERNEL_JAR, NONLINEAR_JAVA as for test_kernel.py.
"""
import os
import queue
import shutil
import subprocess
import tempfile
import textwrap
import time
import unittest
import uuid
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPO = Path(__file__).resolve().parents[4]
JAR = Path(os.environ.get("NONLINEAR_KERNEL_JAR", REPO / "kernel" / "target" / "nonlinear-kernel.jar"))
JAVA = os.environ.get("NONLINEAR_JAVA") or shutil.which("java") or "java"
TIMEOUT = 60

# Targets the kernel registers for these tests: an echo, and one whose messages set a flag.
SETUP = """
import dev.nonlinear.display.*;
import java.util.concurrent.atomic.*;
AtomicBoolean go = new AtomicBoolean();
AtomicReference<Object> lastFromFrontEnd = new AtomicReference<>();
AtomicReference<Object> closedWith = new AtomicReference<>();
Comms.registerTarget("test.echo", (comm, open) -> {
    comm.send(Map.of("opened_with", open.data()));
    comm.onMessage(m -> comm.send(new CommMessage(Map.of("echo", m.data(), "buffers", m.buffers().size()),
                                                  Map.of(), m.buffers())));
    comm.onClose(m -> closedWith.set(m.data()));
});
Comms.registerTarget("test.flag", (comm, open) -> comm.onMessage(m -> {
    go.set(true);
    comm.send(Map.of("ack", true));
}));
Comms.registerTarget("test.other", (comm, open) -> { });
"""


class CommsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not JAR.is_file():
            raise unittest.SkipTest(f"{JAR} missing: run mvn package first")
        cls.prefix = tempfile.mkdtemp(prefix="nonlinear-test-comms-")
        subprocess.run([JAVA, "-jar", str(JAR), "install", "--prefix", cls.prefix], check=True, stdout=subprocess.DEVNULL)
        kernels = os.path.join(cls.prefix, "share", "jupyter", "kernels")
        cls.manager = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[kernels]))
        env = dict(os.environ)
        env.pop("NONLINEAR_CELL_TIMEOUT_SECONDS", None)
        cls.manager.start_kernel(env=env, cwd=cls.prefix)
        cls.client = cls.manager.client()
        cls.client.start_channels()
        cls.client.wait_for_ready(timeout=TIMEOUT)
        cls.seen = []
        cls.targets_registered = False

    def setUp(self):
        if not self.targets_registered:
            reply, _ = self.execute(SETUP)
            self.assertEqual(reply["content"]["status"], "ok", reply)
            type(self).targets_registered = True

    @classmethod
    def tearDownClass(cls):
        cls.client.stop_channels()
        cls.manager.shutdown_kernel(now=False)
        shutil.rmtree(cls.prefix, ignore_errors=True)

    # -- the front end's side ------------------------------------------------------------

    def send_shell(self, msg_type, content, buffers=None):
        msg = self.client.session.msg(msg_type, content)
        self.client.session.send(self.client.shell_channel.socket, msg, buffers=buffers or [])
        return msg["header"]["msg_id"]

    def open_comm(self, target, data=None):
        comm_id = uuid.uuid4().hex
        msg_id = self.send_shell("comm_open", {"comm_id": comm_id, "target_name": target, "data": data or {}})
        return comm_id, msg_id

    def shell_reply(self, msg_id):
        while True:
            reply = self.client.get_shell_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def iopub(self, predicate, timeout=TIMEOUT):
        """The first IOPub message (seen before or arriving now) for which predicate holds."""
        deadline = time.monotonic() + timeout
        checked = 0
        while True:
            for msg in self.seen[checked:]:
                if predicate(msg):
                    return msg
            checked = len(self.seen)
            left = deadline - time.monotonic()
            if left <= 0:
                self.fail(f"no such IOPub message within {timeout} s; seen: {[m['msg_type'] for m in self.seen[-20:]]}")
            try:
                self.seen.append(self.client.get_iopub_msg(timeout=min(left, 1)))
            except queue.Empty:
                pass

    def comm_msg(self, comm_id, msg_type="comm_msg", **content):
        return self.iopub(lambda m: m["msg_type"] == msg_type and m["content"].get("comm_id") == comm_id
                          and all(m["content"]["data"].get(k) == v for k, v in content.items()))

    def idle_after(self, msg_id):
        return self.iopub(lambda m: m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"
                          and m["parent_header"].get("msg_id") == msg_id)

    def execute(self, code, wait=True):
        msg_id = self.client.execute(textwrap.dedent(code).strip("\n"))
        if not wait:
            return msg_id
        reply = self.shell_reply(msg_id)
        self.idle_after(msg_id)
        stdout = "".join(m["content"]["text"] for m in self.seen
                         if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream")
        return reply, stdout

    def comm_info(self, target=None):
        reply = self.shell_reply(self.client.comm_info(target) if target else self.client.comm_info())
        self.assertEqual(reply["content"]["status"], "ok")
        return reply["content"]["comms"]

    # -- the tests --------------------------------------------------------------------------

    def test_front_end_opens_a_comm_and_the_target_gets_its_data(self):
        comm_id, open_id = self.open_comm("test.echo", {"hello": "kernel", "n": 3})
        reply = self.comm_msg(comm_id)
        self.assertEqual(reply["content"]["data"], {"opened_with": {"hello": "kernel", "n": 3}})
        self.assertEqual(reply["parent_header"]["msg_id"], open_id, "outside a cell: the comm's last message")
        self.idle_after(open_id)

    def test_comm_msg_both_ways_with_buffers(self):
        comm_id, _ = self.open_comm("test.echo")
        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {"x": [1, 2.5, None, True]}},
                                 buffers=[b"\x00\x01\x02"])
        echo = self.comm_msg(comm_id, buffers=1)
        self.assertEqual(echo["content"]["data"]["echo"], {"x": [1, 2.5, None, True]})
        self.assertEqual([bytes(b) for b in echo["buffers"]], [b"\x00\x01\x02"])
        self.assertEqual(echo["parent_header"]["msg_id"], msg_id)
        self.iopub(lambda m: m["msg_type"] == "status" and m["content"]["execution_state"] == "busy"
                   and m["parent_header"].get("msg_id") == msg_id)
        self.idle_after(msg_id)

    def test_comm_info_lists_open_comms_all_or_by_target(self):
        echo_id, _ = self.open_comm("test.echo")
        other_id, other_open = self.open_comm("test.other")
        self.idle_after(other_open)
        everything = self.comm_info()
        self.assertEqual(everything[echo_id], {"target_name": "test.echo"})
        self.assertEqual(everything[other_id], {"target_name": "test.other"})
        others = self.comm_info("test.other")
        self.assertIn(other_id, others)
        self.assertEqual({c["target_name"] for c in others.values()}, {"test.other"})

    def test_unknown_target_is_answered_with_comm_close(self):
        comm_id, open_id = self.open_comm("no.such.target", {"a": 1})
        close = self.comm_msg(comm_id, msg_type="comm_close")
        self.assertEqual(close["parent_header"]["msg_id"], open_id)
        self.idle_after(open_id)
        self.assertNotIn(comm_id, self.comm_info())

    def test_front_end_closes_a_comm(self):
        comm_id, _ = self.open_comm("test.echo")
        close_id = self.send_shell("comm_close", {"comm_id": comm_id, "data": {"bye": 1}})
        self.idle_after(close_id)
        self.assertNotIn(comm_id, self.comm_info())
        _, out = self.execute("System.out.println(closedWith.get());")
        self.assertEqual(out.strip(), "{bye=1}")

    def test_kernel_opens_sends_receives_and_closes(self):
        reply, out = self.execute("""
            Comm k = Comms.open("frontend.target", new CommMessage(Map.of("x", 1), Map.of("version", "2.0"), List.of()));
            k.onMessage(m -> lastFromFrontEnd.set(m.data()));
            System.out.println(k.id());
        """)
        self.assertEqual(reply["content"]["status"], "ok")
        comm_id = out.strip()
        opened = self.iopub(lambda m: m["msg_type"] == "comm_open" and m["content"]["comm_id"] == comm_id)
        self.assertEqual(opened["content"]["target_name"], "frontend.target")
        self.assertEqual(opened["content"]["data"], {"x": 1})
        self.assertEqual(opened["metadata"], {"version": "2.0"})
        self.assertEqual(opened["parent_header"]["msg_id"], reply["parent_header"]["msg_id"], "during a cell: the cell")
        self.assertEqual(self.comm_info("frontend.target"), {comm_id: {"target_name": "frontend.target"}})

        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {"value": 7}})
        self.idle_after(msg_id)
        _, out = self.execute('System.out.println(lastFromFrontEnd.get()); k.send(Map.of("value", 8));')
        self.assertEqual(out.strip(), "{value=7}")
        self.comm_msg(comm_id, value=8)

        reply, _ = self.execute('k.close(); System.out.println(k.isOpen());')
        close = self.comm_msg(comm_id, msg_type="comm_close")
        self.assertEqual(close["parent_header"]["msg_id"], reply["parent_header"]["msg_id"])
        self.assertNotIn(comm_id, self.comm_info())

    def test_comm_msg_is_handled_while_a_cell_is_busy(self):
        comm_id, open_id = self.open_comm("test.flag")
        self.idle_after(open_id)
        cell_id = self.execute("""
            long start = System.nanoTime();
            while (!go.get() && System.nanoTime() - start < 20_000_000_000L) {
                Thread.sleep(10);
            }
            System.out.println(go.get() ? "flag seen" : "timed out");
        """, wait=False)
        self.iopub(lambda m: m["msg_type"] == "execute_input" and m["parent_header"].get("msg_id") == cell_id)
        time.sleep(0.5)  # the cell is in its loop now
        msg_id = self.send_shell("comm_msg", {"comm_id": comm_id, "data": {"go": True}})
        ack = self.comm_msg(comm_id, ack=True)
        self.assertEqual(ack["parent_header"]["msg_id"], cell_id, "during a cell: the cell's parent header")
        self.idle_after(msg_id)
        reply = self.shell_reply(cell_id)
        self.assertEqual(reply["content"]["status"], "ok")
        self.idle_after(cell_id)
        out = "".join(m["content"]["text"] for m in self.seen
                      if m["parent_header"].get("msg_id") == cell_id and m["msg_type"] == "stream")
        self.assertEqual(out.strip(), "flag seen")


if __name__ == "__main__":
    unittest.main()
