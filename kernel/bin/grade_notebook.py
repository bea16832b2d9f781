#!/usr/bin/python3
"""Execute ONE notebook for the grader (dev.nonlinear.kernel.grading.GradingCli calls this).

    /usr/bin/python3 grade_notebook.py NOTEBOOK OUT_NOTEBOOK STATUS_JSON --kernel NAME --timeout SECONDS

Runs the code cells top to bottom in a fresh kernel, like nbgrader's autograde: errors in a
cell don't stop the run. The whole notebook gets TIMEOUT seconds of wall-clock time; when it
runs out, or the kernel dies (System.exit, out of memory), the run stops there. The executed
notebook is written to OUT_NOTEBOOK and a summary to STATUS_JSON:

    {"status": "ok" | "timeout" | "kernel died" | "failed", "reason": "...", "executed": [cell indices]}

Cells not listed under "executed" never ran (the grader scores them 0). The kernelspec NAME is
looked up through JUPYTER_PATH, which the grader points at its own temporary kernelspec.
"""
import argparse
import json
import re
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;]*m")
MAX_TEXT = 20_000      # characters kept of one output's text (an exception storm can print megabytes)
MAX_OUTPUTS = 50       # outputs kept per cell; errors and stderr are always kept


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notebook")
    parser.add_argument("out")
    parser.add_argument("status")
    parser.add_argument("--kernel", default="java")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--cwd", default=None, help="working directory of the kernel")
    args = parser.parse_args()

    executed = []
    status, reason = "ok", ""
    nb = None
    try:
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellTimeoutError, DeadKernelError

        nb = nbformat.read(args.notebook, as_version=4)
        deadline = time.monotonic() + args.timeout
        client = NotebookClient(nb, kernel_name=args.kernel, timeout=int(args.timeout), allow_errors=True,
                                startup_timeout=120,
                                resources={"metadata": {"path": args.cwd}} if args.cwd else {})
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    status, reason = "timeout", f"time limit of {args.timeout:g} s reached before cell {index}"
                    break
                client.timeout = max(1, int(remaining))
                try:
                    client.execute_cell(cell, index)
                    executed.append(index)
                except CellTimeoutError:
                    status, reason = "timeout", f"time limit of {args.timeout:g} s reached in cell {index}"
                    break
                except DeadKernelError:
                    status, reason = "kernel died", f"the kernel died in cell {index} (System.exit, crash or out of memory)"
                    break
                finally:
                    trim_outputs(cell)
    except Exception as error:  # noqa: BLE001 - anything else is recorded, never raised
        if status == "ok":
            name = type(error).__name__
            if name == "DeadKernelError":
                status, reason = "kernel died", "the kernel died: " + ANSI.sub("", str(error))[:500]
            else:
                status, reason = "failed", f"{name}: {ANSI.sub('', str(error))[:500]}"
    if nb is not None:
        import nbformat
        nbformat.write(nb, args.out)
    with open(args.status, "w", encoding="utf-8") as out:
        json.dump({"status": status, "reason": reason, "executed": executed}, out)
    return 0


def trim_outputs(cell):
    outputs = cell.get("outputs", [])
    for output in outputs:
        if output.get("output_type") == "stream" and len(output.get("text", "")) > MAX_TEXT:
            output["text"] = output["text"][:MAX_TEXT] + "\n… (output cut by the grader)\n"
        if output.get("output_type") == "error" and len(output.get("traceback", [])) > 200:
            output["traceback"] = output["traceback"][:200]
    if len(outputs) > MAX_OUTPUTS:
        important = [o for o in outputs if o.get("output_type") == "error"
                     or (o.get("output_type") == "stream" and o.get("name") == "stderr")]
        kept = {id(o) for o in important}
        others = [o for o in outputs if id(o) not in kept]
        cell["outputs"] = important[:MAX_OUTPUTS] + others[:max(0, MAX_OUTPUTS - len(important))]


if __name__ == "__main__":
    sys.exit(main())
