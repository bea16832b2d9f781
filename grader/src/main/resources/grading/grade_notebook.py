#!/usr/bin/python3
"""Execute ONE notebook for the grader (dev.nonlinear.grader.Grader unpacks this from its jar and calls it).

    /usr/bin/python3 grade_notebook.py NOTEBOOK OUT_NOTEBOOK STATUS_JSON --kernel NAME --timeout SECONDS

Runs the code cells top to bottom in a fresh kernel, like nbgrader's autograde: errors in a
cell don't stop the run. The whole notebook gets TIMEOUT seconds of wall-clock time; when it
runs out, or the kernel dies (System.exit, out of memory), the run stops there. The executed
notebook is written to OUT_NOTEBOOK and a summary to STATUS_JSON:

    {"status": "ok" | "timeout" | "kernel died" | "failed", "reason": "...", "executed": [cell indices],
     "replies": {"<cell index>": "ok" | "error" | "aborted"}}

Cells not listed under "executed" never ran (the grader scores them 0); "replies" holds the status
of each cell's execute_reply as the kernel sent it to this client, the grader's verdict on the cell.
The kernelspec NAME is looked up through JUPYTER_PATH, which the grader points at its own
temporary kernelspec. Every output kept is capped (MAX_TEXT per output, MAX_NOTEBOOK in all), so
no submission can blow up the executed notebook or the feedback page.
"""
import argparse
import json
import re
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;]*m")
MAX_TEXT = 100_000      # characters kept of one output's text, data value or traceback
MAX_OUTPUTS = 50        # outputs kept per cell; errors and stderr are always kept
MAX_NOTEBOOK = 5_000_000  # characters of output kept in the whole notebook
TRUNCATED = "\n… truncated by the grader\n"


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
    replies = {}
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

        def record_reply(cell, cell_index, execute_reply):
            replies[str(cell_index)] = (execute_reply or {}).get("content", {}).get("status", "no reply")

        client.on_cell_executed = record_reply
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
        trim_notebook(nb)
        nbformat.write(nb, args.out)
    with open(args.status, "w", encoding="utf-8") as out:
        json.dump({"status": status, "reason": reason, "executed": executed, "replies": replies}, out)
    return 0


def capped(text, limit=MAX_TEXT):
    return text if len(text) <= limit else text[:limit] + TRUNCATED


def trim_outputs(cell):
    """Every kind of output capped: streams, results and displays (each MIME value), errors."""
    outputs = cell.get("outputs", [])
    for output in outputs:
        kind = output.get("output_type")
        if kind == "stream":
            output["text"] = capped(output.get("text", ""))
        elif kind in ("execute_result", "display_data"):
            data = output.get("data", {})
            for mime in list(data):
                value = data[mime]
                text = value if isinstance(value, str) else json.dumps(value)
                if len(text) > MAX_TEXT:
                    data[mime] = capped(text) if mime.startswith("text/") else None
            for mime in [m for m, v in data.items() if v is None]:
                del data[mime]
            if not data:
                data["text/plain"] = "(output larger than %d characters: left out by the grader)" % MAX_TEXT
        elif kind == "error":
            output["ename"] = capped(output.get("ename", ""), 1000)
            output["evalue"] = capped(output.get("evalue", ""))
            lines, room = [], MAX_TEXT
            for line in output.get("traceback", [])[:200]:
                lines.append(capped(line, room))
                room -= len(lines[-1])
                if room <= 0:
                    break
            output["traceback"] = lines
    if len(outputs) > MAX_OUTPUTS:
        important = [o for o in outputs if o.get("output_type") == "error"
                     or (o.get("output_type") == "stream" and o.get("name") == "stderr")]
        kept = {id(o) for o in important}
        others = [o for o in outputs if id(o) not in kept]
        cell["outputs"] = important[:MAX_OUTPUTS] + others[:max(0, MAX_OUTPUTS - len(important))]


def output_size(output):
    return len(json.dumps(output))


def trim_notebook(nb):
    """Past MAX_NOTEBOOK characters of output, later outputs are replaced by a note."""
    import nbformat
    room = MAX_NOTEBOOK
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            size = output_size(output)
            if size <= room:
                kept.append(output)
                room -= size
            else:
                room = 0
                kept.append(nbformat.v4.new_output("stream", name="stdout",
                            text="… output left out: the notebook's outputs exceed the grader's limit\n"))
                break
        cell["outputs"] = kept


if __name__ == "__main__":
    sys.exit(main())
