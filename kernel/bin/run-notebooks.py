#!/usr/bin/python3
"""Execute every notebook under notebooks/ with the freshly built Java kernel.

This includes the instructor versions in notebooks/assignments/ (solutions filled in); student versions made by
`nonlinear-grade release` (cells with nbgrader checksums) are skipped.

A notebook fails when any cell has an error output or writes to stderr, or when it cannot be
run at all (kernel died, cell timed out). Executed copies go to --out; with --html every
executed notebook is also rendered to HTML for reading without Jupyter.

The kernel is installed from the jar into a temporary prefix and only that kernelspec is
used, so kernels installed for the user (another "java" kernel, an old build) never interfere.

Run with Debian's Python (/usr/bin/python3), which has nbclient:
    /usr/bin/python3 kernel/bin/run-notebooks.py [--html build/html]
The last line is "N passed, N failed"; the exit code is 0 only if nothing failed.
"""
import argparse
import os
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


def find_notebooks(root):
    return sorted(p for p in Path(root).rglob("*.ipynb")
                  if ".ipynb_checkpoints" not in p.parts and not is_student_version(p))


def is_student_version(path):
    """A student version made by `nonlinear-grade release` (its cells carry nbgrader checksums):
    its solutions are stubs that throw, so it is not run. Instructor versions are run like any notebook."""
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - an unreadable notebook is reported when it is run
        return False
    return any("checksum" in cell.get("metadata", {}).get("nbgrader", {}) for cell in nb.cells)


def problems_in(nb):
    """Error outputs and stderr text of an executed notebook, as readable lines."""
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                trace = ANSI.sub("", "\n".join(output.get("traceback", []))) or f"{output.ename}: {output.evalue}"
                found.append(f"cell {index}: error\n{indent(trace)}")
            elif output.output_type == "stream" and output.name == "stderr":
                found.append(f"cell {index}: wrote to stderr\n{indent(output.text)}")
    return found


def indent(text):
    return "\n".join("      " + line for line in text.rstrip().splitlines())


def check_kernelspec(kernels_dir):
    """JUPYTER_PATH comes first in Jupyter's search, so "java" must resolve to the one just installed."""
    found = Path(KernelSpecManager().get_kernel_spec("java").resource_dir).resolve()
    if found != (Path(kernels_dir) / "java").resolve():
        sys.exit(f"run-notebooks: kernelspec 'java' resolves to {found}, not to the one just installed")


def run_notebook(path, timeout):
    nb = nbformat.read(path, as_version=4)
    # nbclient starts the kernel, and shuts it down at the end, because it owns the kernel manager.
    client = NotebookClient(nb, kernel_name="java", timeout=timeout, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def render_html(nb, target):
    from nbconvert import HTMLExporter
    body, _ = HTMLExporter().from_notebook_node(nb)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notebooks", default=str(REPO / "notebooks"), help="folder searched recursively (default: notebooks/)")
    parser.add_argument("--jar", default=str(REPO / "kernel" / "target" / "nonlinear-kernel.jar"), help="kernel jar to install and use")
    parser.add_argument("--java", default=shutil.which("java") or "java", help="java executable that runs the kernel")
    parser.add_argument("--out", default=str(REPO / "build" / "notebooks"), help="where executed copies are written")
    parser.add_argument("--html", metavar="DIR", help="also render every executed notebook to HTML in DIR")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may take (default 600)")
    args = parser.parse_args()

    notebooks_dir = Path(args.notebooks).resolve()
    jar = Path(args.jar).resolve()
    if not jar.is_file():
        sys.exit(f"run-notebooks: {jar} not found; build it first with: mvn -B -q package -DskipTests")
    notebooks = find_notebooks(notebooks_dir)
    if not notebooks:
        print(f"no notebooks under {notebooks_dir}")
        print("0 passed, 0 failed")
        return 1

    prefix = Path(tempfile.mkdtemp(prefix="nonlinear-kernelspec-"))
    passed = failed = 0
    try:
        kernels_dir = install_kernel(jar, args.java, prefix)
        # Jupyter looks in JUPYTER_PATH before the user's and the system's folders.
        os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")
        check_kernelspec(kernels_dir)
        print(f"kernel: {kernels_dir / 'java'}")
        for path in notebooks:
            relative = path.relative_to(notebooks_dir)
            start = time.monotonic()
            try:
                nb = run_notebook(path, args.timeout)
                problems = problems_in(nb)
            except Exception as error:  # kernel died, cell timeout, invalid notebook...
                nb, problems = None, [f"could not run: {type(error).__name__}: {ANSI.sub('', str(error))}"]
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
