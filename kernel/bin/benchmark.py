#!/usr/bin/python3
"""Start-up and per-cell latency of the Java kernel, measured through jupyter_client.

    /usr/bin/python3 kernel/bin/benchmark.py [--starts 10] [--cells 50] [--no-cds]

start -> first cell: from KernelManager.start_kernel() until the reply to "1+1" (target <= 3 s)
cell round trip:     execute "1+1" and wait for its reply, in a warm kernel (target <= 200 ms)
Not a test: the numbers depend on the machine and its load.
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPO = Path(__file__).resolve().parents[2]


def start(kernels_dir):
    manager = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[kernels_dir]))
    began = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    ready = time.perf_counter() - began
    reply = client.execute_interactive("1+1", timeout=60, output_hook=lambda m: None)
    first_cell = time.perf_counter() - began
    assert reply["content"]["status"] == "ok", reply
    return manager, client, ready, first_cell


def describe(name, seconds, unit=1.0, suffix="s"):
    values = sorted(s * unit for s in seconds)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    fmt = "{:.0f}" if suffix == "ms" else "{:.2f}"
    print(f"{name:<22} median {fmt.format(statistics.median(values))} {suffix}, "
          f"p90 {fmt.format(p90)} {suffix}, min {fmt.format(values[0])} {suffix}, max {fmt.format(values[-1])} {suffix}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", default=str(REPO / "kernel" / "target" / "nonlinear-kernel.jar"))
    parser.add_argument("--java", default=shutil.which("java") or "java")
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--cells", type=int, default=50)
    parser.add_argument("--no-cds", action="store_true", help="install without the class-data-sharing archive")
    args = parser.parse_args()

    prefix = tempfile.mkdtemp(prefix="nonlinear-bench-")
    try:
        command = [args.java, "-jar", args.jar, "install", "--prefix", prefix] + (["--no-cds"] if args.no_cds else [])
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        kernels_dir = str(Path(prefix) / "share" / "jupyter" / "kernels")

        readies, firsts = [], []
        for _ in range(args.starts):
            manager, client, ready, first = start(kernels_dir)
            readies.append(ready)
            firsts.append(first)
            client.stop_channels()
            manager.shutdown_kernel(now=True)

        manager, client, _, _ = start(kernels_dir)
        round_trips = []
        for i in range(args.cells + 5):
            began = time.perf_counter()
            client.execute_interactive("1+1", timeout=60, output_hook=lambda m: None)
            if i >= 5:  # the first few cells still warm up the JIT
                round_trips.append(time.perf_counter() - began)
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    finally:
        shutil.rmtree(prefix, ignore_errors=True)

    with open("/proc/loadavg") as load:
        print(f"machine load average: {load.read().split()[0]}  ({'no CDS' if args.no_cds else 'with CDS archive'})")
    describe("kernel_info answered", readies)
    describe("start -> first cell", firsts)
    describe("cell round trip", round_trips, 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
