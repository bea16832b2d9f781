"""Jupyter comms in the Java kernel, at the message level, driven by jupyter_client as a front end
(the notebook's widget manager) would: comm_open, comm_msg and comm_close in both directions,
comm_info_request, an unknown target, parent headers, binary buffers, and a comm_msg handled while
a cell is busy.

Run by the Maven integration test CommsIT, or by hand after `mvn package`:
    /usr/bin/python3 -m unittest -v kernel/src/test/python/test_comms.py
Environment: NONLINEAR_KERNEL_JAR, NONLINEAR_JAVA as for test_kernel.py.
"""
import time
import unittest

from kernel_session import KernelSession

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


class CommsTest(KernelSession):
    SETUP = SETUP

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
