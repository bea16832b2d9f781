"""A Java kernel started once per test class, and a front end's side of the conversation
(jupyter_client sending shell messages and reading IOPub), shared by test_comms.py and
test_widgets.py. Environment: NONLINEAR_KERNEL_JAR, NONLINEAR_JAVA as for test_kernel.py.
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
TIMEOUT = 60  # seconds for any single reply; a hang fails the test instead of blocking the build

def install_kernel(prefix_name):
    """Installs the built kernel into a fresh temporary prefix (removed by the caller); returns the prefix."""
    if not JAR.is_file():
        raise unittest.SkipTest(f"{JAR} missing: run mvn package first")
    prefix = tempfile.mkdtemp(prefix=prefix_name)
    subprocess.run([JAVA, "-jar", str(JAR), "install", "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
    return prefix


def start_installed(prefix, extra_env=None):
    """Starts the kernel installed in {prefix} (only that kernelspec, never the user's installed kernels), without a
    cell time limit or a widget setting from the caller's environment. Returns (kernel manager, started client)."""
    kernels = os.path.join(prefix, "share", "jupyter", "kernels")
    manager = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[kernels]))
    env = dict(os.environ)
    env.pop("NONLINEAR_CELL_TIMEOUT_SECONDS", None)
    env.pop("NONLINEAR_WIDGETS", None)
    env.update(extra_env or {})
    manager.start_kernel(env=env, cwd=prefix)
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    return manager, client


def start_kernel(prefix_name, extra_env=None):
    """install_kernel, then start_installed: returns (prefix, kernel manager, started client)."""
    prefix = install_kernel(prefix_name)
    return (prefix,) + start_installed(prefix, extra_env)


class KernelSession(unittest.TestCase):
    """Starts the kernel; a subclass sets SETUP, code run once before its first test."""
    SETUP = ""
    KERNEL_ENV = {}

    @classmethod
    def setUpClass(cls):
        cls.prefix, cls.manager, cls.client = start_kernel("nonlinear-test-", cls.KERNEL_ENV)
        cls.seen = []
        cls.targets_registered = False

    def setUp(self):
        if not self.targets_registered:
            reply, _ = self.execute(self.SETUP)
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
