#!/usr/bin/python3
"""Execute every notebook under notebooks/ with the freshly built Java kernel, or with IJava.

This includes the instructor versions in notebooks/assignments/ (solutions filled in); student versions made by
`nonlinear-grade release` (cells with nbgrader checksums) are skipped.

A notebook fails when any cell has an error output or writes to stderr, when a cell shows a value
nobody meant to show (see meaningless_value), or when it cannot be run at all (kernel died, cell
timed out). Executed copies go to --out; with --html every executed notebook is also rendered to
HTML for reading without Jupyter.

The kernel is installed into a temporary folder and only that kernelspec is used, so kernels
installed for the user (another "java" kernel, an old build) never interfere.

With --ijava JAR the notebooks run on IJava instead, installed as IJava's own installer does
(kernel.json argv: java -jar JAR {connection_file}, no JVM options), each with the README's IJava
setup cell put first (its paths adjusted for notebooks in subfolders such as assignments/).

Run with Debian's Python (/usr/bin/python3), which has nbclient:
    /usr/bin/python3 kernel/bin/run-notebooks.py [--html build/html]
    /usr/bin/python3 kernel/bin/run-notebooks.py --ijava ../shared/ijava/ijava-1.3.0.jar
The last line is "N passed, N failed"; the exit code is 0 only if nothing failed.
"""
import argparse
import fnmatch
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APT_PACKAGES = "jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel"
REPO = Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;]*m")

try:
    import nbformat
    from nbclient import NotebookClient
    from jupyter_client.kernelspec import KernelSpecManager
except ImportError as missing:  # pragma: no cover - depends on the machine
    sys.exit(f"run-notebooks: {missing}. Install Jupyter with: sudo apt-get install -y {APT_PACKAGES}")


def install_kernel(jar, java, prefix, timeout=None):
    """Installs the kernelspec "java" under prefix/share/jupyter/kernels; returns that kernels dir."""
    command = [java, "-jar", str(jar), "install", "--prefix", str(prefix)]
    if timeout:
        command += ["--timeout", str(timeout)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return Path(prefix) / "share" / "jupyter" / "kernels"


def install_ijava(jar, java, jvm_options, prefix):
    """Installs IJava as kernelspec "java" (the name IJava's installer gives it, and the one the notebooks
    ask for), with the kernel.json IJava's installer writes: no JVM options unless jvm_options are given
    (the README's recipe for the Vector API). Returns the kernels dir."""
    kernel_dir = Path(prefix) / "share" / "jupyter" / "kernels" / "java"
    kernel_dir.mkdir(parents=True)
    spec = {"argv": [java, *jvm_options, "-jar", str(jar), "{connection_file}"],
            "display_name": "Java", "language": "java", "interrupt_mode": "message", "env": {}}
    (kernel_dir / "kernel.json").write_text(json.dumps(spec, indent=2), encoding="utf-8")
    return kernel_dir.parent


def readme_setup_cells(readme):
    """The README's IJava setup cells: its fenced blocks that start with a %jars line. The first one is
    for notebooks in notebooks/; a second one, if there is one, is the README's version for notebooks/assignments/."""
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", readme.read_text(encoding="utf-8"), re.M | re.S)
    cells = [block.strip() for block in blocks if block.startswith("%jars ")]
    if not cells:
        sys.exit(f"run-notebooks: no IJava setup cell (a ``` block starting with %jars) in {readme}")
    return cells


def setup_cell_for(cell, depth):
    """The setup cell, written for notebooks/, for a notebook `depth` folders below it: one more ../ in
    front of every path of its %jars and %load lines (the kernel resolves them from the notebook's folder)."""
    if depth == 0:
        return cell
    lines = []
    for line in cell.splitlines():
        magic, *paths = line.split() or [""]
        if magic in ("%jars", "%load"):
            line = " ".join([magic] + [posixpath.normpath(posixpath.join(*[".."] * depth, p)) for p in paths])
        lines.append(line)
    return "\n".join(lines)


def find_notebooks(root, only=None):
    return sorted(p for p in Path(root).rglob("*.ipynb")
                  if ".ipynb_checkpoints" not in p.parts and not is_student_version(p)
                  and (only is None or fnmatch.fnmatch(p.relative_to(root).as_posix(), only)))


def is_student_version(path):
    """A student version made by `nonlinear-grade release` (its cells carry nbgrader checksums):
    its solutions are stubs that throw, so it is not run. Instructor versions are run like any notebook."""
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - an unreadable notebook is reported when it is run
        return False
    return any("checksum" in cell.get("metadata", {}).get("nbgrader", {}) for cell in nb.cells)


# Object.toString's default, "class@hash": java.io.PrintStream@1b2c3d4, [D@5e6f7a, a lambda's
# REPL.$JShell$12$$Lambda$99/0x0000000800c0b000@1a2b3c, or text that starts with it, as
# BufferedImage's "BufferedImage@1b2c3d: type = 1 ...". Nothing a learner should see as a result.
DEFAULT_TO_STRING = re.compile(r"[\w$.\[/;]+@[0-9a-f]+\b")


def code_only(source):
    """Java source without comments, string contents and magic lines, enough to tell how a cell ends."""
    source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("%"))
    out, i, n = [], 0, len(source)
    while i < n:
        if source.startswith('"""', i):                      # text block
            end = source.find('"""', i + 3)
            out.append('""')
            i = n if end < 0 else end + 3
        elif source[i] in "\"'":                             # string or char literal
            j = i + 1
            while j < n and source[j] not in (source[i], "\n"):
                j += 2 if source[j] == "\\" else 1
            out.append(source[i] * 2)
            i = j + 1
        elif source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            out.append(source[i])
            i += 1
    return "".join(out)


def meaningless_value(cell, output):
    """Why an execute_result shows nothing a learner should see, or None when it is fine.

    On the kit's kernel a trailing `;` hides a cell's value; IJava shows the value of the last
    expression anyway (the PrintStream that printf returns, the StringBuilder of append, the Table of
    addColumns...). So a value shown by a cell that ends with `;` was not meant to be seen, whatever it is."""
    text = output.get("data", {}).get("text/plain", "")
    text = "".join(text) if isinstance(text, list) else text
    shown = text if len(text) <= 80 else text[:77] + "..."
    if DEFAULT_TO_STRING.match(text.strip()):
        return f"shows {shown!r}, a default Object.toString()"
    if code_only(cell.source).rstrip().endswith(";"):
        return (f"shows {shown!r} although it ends with ';': IJava shows a cell's last expression even after"
                " ';', so end the cell with a statement (e.g. System.out.println) instead")
    return None


def problems_in(nb, setup_cells=0):
    """Error outputs, stderr text and meaningless values of an executed notebook, as readable lines.
    Cells are numbered as in the notebook without the setup_cells put in front of it."""
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        name = "setup cell" if index < setup_cells else f"cell {index - setup_cells}"
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                trace = ANSI.sub("", "\n".join(output.get("traceback", []))) or f"{output.ename}: {output.evalue}"
                found.append(f"{name}: error\n{indent(trace)}")
            elif output.output_type == "stream" and output.name == "stderr":
                found.append(f"{name}: wrote to stderr\n{indent(output.text)}")
            elif output.output_type == "execute_result":
                why = meaningless_value(cell, output)
                if why:
                    found.append(f"{name}: {why}")
                elif is_graded_test(cell):
                    found.append(f"{name}: a graded test cell shows a value ({output.get('data', {}).get('text/plain', '')!r}),"
                                 " which nbgrader would read as its score: end it with a statement")
    return found


def is_graded_test(cell):
    """An nbgrader test cell (graded, not a solution): its score comes from its outputs."""
    nbgrader = cell.get("metadata", {}).get("nbgrader", {})
    return nbgrader.get("grade", False) and not nbgrader.get("solution", False)


def stdout_of(cell):
    return "".join(o.text for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stdout")


def indent(text):
    return "\n".join("      " + line for line in text.rstrip().splitlines())


def check_kernelspec(kernels_dir):
    """JUPYTER_PATH comes first in Jupyter's search, so "java" must resolve to the one just installed."""
    found = Path(KernelSpecManager().get_kernel_spec("java").resource_dir).resolve()
    if found != (Path(kernels_dir) / "java").resolve():
        sys.exit(f"run-notebooks: kernelspec 'java' resolves to {found}, not to the one just installed")


def run_notebook(path, timeout, setup_cell=None, kernel_log=None):
    """Executes the notebook (with setup_cell put first); the kernel process's own stderr goes to
    kernel_log if given (IJava logs every start and stop of its message loops there)."""
    nb = nbformat.read(path, as_version=4)
    if setup_cell is not None:
        nb.cells.insert(0, nbformat.v4.new_code_cell(setup_cell))
    # nbclient starts the kernel, and shuts it down at the end, because it owns the kernel manager.
    client = NotebookClient(nb, kernel_name="java", timeout=timeout, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    if kernel_log is None:
        client.execute()
    else:
        kernel_log.parent.mkdir(parents=True, exist_ok=True)
        with open(kernel_log, "w", encoding="utf-8") as log:
            client.execute(stderr=log)
    return nb


def render_html(nb, target):
    from nbconvert import HTMLExporter
    body, _ = HTMLExporter().from_notebook_node(nb)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notebooks", default=str(REPO / "notebooks"), help="folder searched recursively (default: notebooks/)")
    parser.add_argument("--only", metavar="GLOB", help="run only the notebooks whose path below --notebooks matches, e.g. '00-*'")
    parser.add_argument("--jar", default=str(REPO / "kernel" / "target" / "nonlinear-kernel.jar"), help="kernel jar to install and use")
    parser.add_argument("--ijava", metavar="JAR", help="run the notebooks on IJava from this jar instead, with the README's setup cell")
    parser.add_argument("--ijava-jvm-option", metavar="OPTION", action="append", default=[],
                        help="a JVM option for IJava's kernel.json, before -jar (repeatable; IJava's installer writes none)")
    parser.add_argument("--expect-backend", choices=["vector", "scalar"],
                        help="with --ijava: fail unless the setup cell reports these matrix products (Products.vectorized())")
    parser.add_argument("--readme", default=str(REPO / "README.md"), help="where the IJava setup cell is read from")
    parser.add_argument("--java", default=shutil.which("java") or "java", help="java executable that runs the kernel")
    parser.add_argument("--out", default=str(REPO / "build" / "notebooks"), help="where executed copies are written")
    parser.add_argument("--html", metavar="DIR", help="also render every executed notebook to HTML in DIR")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may take (default 600)")
    args = parser.parse_args()
    if args.expect_backend and not args.ijava:
        parser.error("--expect-backend reads the output of the IJava setup cell: use it with --ijava")

    notebooks_dir = Path(args.notebooks).resolve()
    jar = Path(args.ijava or args.jar).resolve()
    if not jar.is_file():
        sys.exit(f"run-notebooks: {jar} not found" + ("" if args.ijava else "; build it first with: mvn -B -q package -DskipTests"))
    setup = None
    if args.ijava:
        setup = readme_setup_cells(Path(args.readme))
        # The README's second cell, for assignments, must be what the rule "one more ../" makes of the first.
        if len(setup) > 1 and setup[1] != setup_cell_for(setup[0], 1):
            sys.exit("run-notebooks: the README's IJava setup cell for notebooks/assignments/ should be\n"
                     f"{indent(setup_cell_for(setup[0], 1))}\nbut is\n{indent(setup[1])}")
    notebooks = find_notebooks(notebooks_dir, args.only)
    if not notebooks:
        print(f"no notebooks under {notebooks_dir}" + (f" matching {args.only}" if args.only else ""))
        print("0 passed, 0 failed")
        return 1

    prefix = Path(tempfile.mkdtemp(prefix="nonlinear-kernelspec-"))
    passed = failed = 0
    try:
        if args.ijava:
            kernels_dir = install_ijava(jar, args.java, args.ijava_jvm_option, prefix)
        else:
            kernels_dir = install_kernel(jar, args.java, prefix)
        # Jupyter looks in JUPYTER_PATH before the user's and the system's folders.
        os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")
        check_kernelspec(kernels_dir)
        print(f"kernel: {kernels_dir / 'java'}" + (f" (IJava: {jar})" if args.ijava else ""))
        for path in notebooks:
            relative = path.relative_to(notebooks_dir)
            setup_cell = setup_cell_for(setup[0], len(relative.parts) - 1) if setup else None
            kernel_log = Path(args.out) / relative.with_suffix(".kernel.log") if args.ijava else None
            start = time.monotonic()
            try:
                nb = run_notebook(path, args.timeout, setup_cell, kernel_log)
                problems = problems_in(nb, 1 if setup_cell else 0)
                if setup_cell and args.expect_backend:
                    said = stdout_of(nb.cells[0])
                    if f"matrix products: {args.expect_backend}" not in said.lower():
                        problems.append(f"setup cell: expected 'matrix products: {args.expect_backend}', it said\n{indent(said)}")
            except Exception as error:  # kernel died, cell timeout, invalid notebook...
                nb, problems = None, [f"could not run: {type(error).__name__}: {ANSI.sub('', str(error))}"]
                if kernel_log is not None:
                    problems.append(f"the kernel's own output: {kernel_log}")
            seconds = time.monotonic() - start
            if nb is not None:
                executed = Path(args.out) / relative
                executed.parent.mkdir(parents=True, exist_ok=True)
                nbformat.write(nb, executed)
                if args.html:
                    render_html(nb, Path(args.html) / relative.with_suffix(".html"))
            if problems:
                failed += 1
                print(f"FAIL {relative} ({seconds:.1f} s)")
                for problem in problems:
                    print(f"   {problem}")
            else:
                passed += 1
                print(f"PASS {relative} ({seconds:.1f} s)")
    finally:
        shutil.rmtree(prefix, ignore_errors=True)
    if args.html:
        print(f"HTML written to {Path(args.html).resolve()}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
