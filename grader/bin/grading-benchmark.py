#!/usr/bin/python3
"""How long grading a class takes: N correct submissions of one assignment, graded in one command.

    /usr/bin/python3 grader/bin/grading-benchmark.py [--students 20] [--parallel 2] [--compare] [ASSIGNMENT]

Releases the assignment (default notebooks/assignments/01-leaky-relu-and-elu.ipynb), writes N
submissions as a student would hand them in (the released notebook with the instructor's solutions
typed into the solution cells), runs `nonlinear-grade grade` on them and reports the wall-clock
time, the CPU time of the whole run and the time per submission (`--compare` grades twice, in the
sandbox and with `--no-sandbox`, and reports the sandbox's overhead per submission). Fails if any submission does not
get full marks, so a fast but wrong run is not reported as a result. Target: 20 submissions in
under 2 minutes on 2 cores. Not a test: the numbers depend on the machine and its load.
Build first: mvn -B -q package -DskipTests.
"""
import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GRADE = REPO / "grader" / "bin" / "nonlinear-grade"


def solutions_by_id(notebook):
    return {cell["metadata"]["nbgrader"]["grade_id"]: cell["source"]
            for cell in notebook["cells"]
            if cell["metadata"].get("nbgrader", {}).get("solution")}


def write_submissions(instructor, student, folder, count):
    """The student version with every solution cell answered as the instructor did."""
    answers = solutions_by_id(json.loads(instructor.read_text()))
    released = json.loads(student.read_text())
    for cell in released["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell["source"] = answers[grade_id]
    for number in range(1, count + 1):
        target = folder / f"student{number:02d}" / student.name
        target.parent.mkdir(parents=True)
        target.write_text(json.dumps(released, indent=1))


def run(args):
    print("$ " + " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True)


def grade(args, work, sandboxed):
    """Grades the submissions into a fresh folder; returns (wall seconds, CPU seconds of children)."""
    graded = work / ("graded" if sandboxed else "graded-no-sandbox")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    run([GRADE, "grade", args.assignment, work / "submitted", graded, "--parallel", args.parallel]
        + ([] if sandboxed else ["--no-sandbox"]))
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)

    with open(graded / "gradebook.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    short = [r["student"] for r in rows if r["total"] != r["max"] or r["status"] != "ok"]
    if len(rows) != args.students or short:
        sys.exit(f"grading-benchmark: expected {args.students} full-mark rows, got {len(rows)} rows; "
                 f"not full marks: {', '.join(short) or 'none'}")
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("assignment", nargs="?", type=Path,
                        default=REPO / "notebooks" / "assignments" / "01-leaky-relu-and-elu.ipynb")
    parser.add_argument("--students", type=int, default=20)
    parser.add_argument("--parallel", type=int, default=2)
    parser.add_argument("--no-sandbox", action="store_true",
                        help="grade without the sandbox (as `grade --no-sandbox`)")
    parser.add_argument("--compare", action="store_true",
                        help="grade twice, in the sandbox and without, and report the sandbox's overhead")
    args = parser.parse_args()
    if args.students < 1:
        parser.error(f"--students must be at least 1, got {args.students}")

    work = Path(tempfile.mkdtemp(prefix="nonlinear-grading-bench-"))
    try:
        run([GRADE, "release", args.assignment, work / "release"])
        write_submissions(args.assignment, work / "release" / args.assignment.name,
                          work / "submitted", args.students)
        modes = [True, False] if args.compare else [not args.no_sandbox]
        measured = {sandboxed: grade(args, work, sandboxed) for sandboxed in modes}

        print()
        print(f"{args.students} submissions of {args.assignment.name}, --parallel {args.parallel}, "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end")
        for sandboxed, (wall, cpu) in measured.items():
            print("in the sandbox:" if sandboxed else "without a sandbox (--no-sandbox):")
            print(f"  wall clock        {wall:7.1f} s   (target < 120 s for 20)")
            print(f"  CPU, all processes{cpu:7.1f} s")
            print(f"  per submission    {wall / args.students:7.2f} s wall, {cpu / args.students:.2f} s CPU")
        if args.compare:
            (wall_in, cpu_in), (wall_out, cpu_out) = measured[True], measured[False]
            print(f"sandbox overhead per submission: {(wall_in - wall_out) / args.students:+.2f} s wall, "
                  f"{(cpu_in - cpu_out) / args.students:+.2f} s CPU")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
