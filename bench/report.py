#!/usr/bin/python3
"""Reads the RESULT lines that bench/run-all.sh collected and prints the comparison table
(median of each cell over the rounds), with a description of the machine.

Usage: /usr/bin/python3 bench/report.py bench/last-run.log [--write bench/RESULTS.md]
"""
import argparse
import datetime
import os
import platform
import statistics
import subprocess

NAMES = {"java": "Java (this library)", "numpy": "numpy + OpenBLAS", "torch": "PyTorch"}


def parse(path):
    results, jvm = [], None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("JVM "):
                jvm = line
            elif line.startswith("RESULT "):
                results.append(dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv))
    return results, jvm


def median_of(results, **match):
    values = [float(r["median_s"]) for r in results
              if all(r.get(k) == str(v) for k, v in match.items()) and "median_s" in r]
    return (statistics.median(values), len(values)) if values else (None, 0)


def first_line(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[0]
    except Exception:
        return "?"


def machine():
    cpu, flags = "?", set()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name") and cpu == "?":
                    cpu = line.split(":", 1)[1].strip()
                if line.startswith("flags") and not flags:
                    flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    simd = "AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else "AVX" if "avx" in flags else "SSE"
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    osname = platform.platform()
    try:
        with open("/etc/os-release") as f:
            osname = dict(l.strip().split("=", 1) for l in f if "=" in l).get("PRETTY_NAME", osname).strip('"')
    except OSError:
        pass
    blas = os.path.realpath("/usr/lib/x86_64-linux-gnu/libblas.so.3")
    versions = first_line(["/usr/bin/python3", "-c",
                           "import numpy, torch; print('numpy', numpy.__version__, '/ torch', torch.__version__)"])
    return [
        "CPU: %s, %d logical cores, %s; %.0f GiB memory; %s" % (cpu, os.cpu_count() or 0, simd, mem_gib, osname),
        "Python %s, %s; BLAS: %s" % (platform.python_version(), versions, blas),
        "Load average when the report was made: %s" % (" ".join("%.2f" % x for x in os.getloadavg())),
    ]


def best_of(results, **match):
    """The fastest single timed epoch over all rounds: closest to the speed on an idle machine."""
    values = [float(t) for r in results if all(r.get(k) == str(v) for k, v in match.items())
              for t in r.get("times", "").split(",") if t]
    return min(values) if values else None


def fmt(seconds, best=None):
    if seconds is None:
        return "—"
    return "%.2f s" % seconds + (" (best %.2f)" % best if best is not None else "")


def rate(samples, seconds):
    return "{:,.0f}/s".format(samples / seconds) if seconds else "—"


def ratio(java, other):
    if java is None or other is None:
        return "—"
    if abs(java / other - 1) < 0.05:
        return "%.2f (about the same)" % (java / other)
    return "%.2f (Java %.1f× %s)" % (java / other, max(java, other) / min(java, other),
                                     "faster" if java < other else "slower")


def table(results, dtype, impls):
    s64 = next((int(r["samples"]) for r in results if r.get("batch") == "64"), 60000)
    s1 = next((int(r["samples"]) for r in results if r.get("batch") == "1"), 10000)
    lines = ["| implementation (%s) | batch 64, %s samples: epoch | samples/s | batch 1, %s samples: epoch | samples/s |"
             % (dtype, "{:,}".format(s64), "{:,}".format(s1)),
             "|---|---|---|---|---|"]
    cells = {}
    for impl in impls:
        t64, n = median_of(results, impl=impl, dtype=dtype, batch=64)
        t1, _ = median_of(results, impl=impl, dtype=dtype, batch=1)
        if t64 is None and t1 is None:
            continue
        cells[impl] = (t64, t1)
        b64 = best_of(results, impl=impl, dtype=dtype, batch=64)
        b1 = best_of(results, impl=impl, dtype=dtype, batch=1)
        lines.append("| %s | %s | %s | %s | %s |" % (NAMES[impl], fmt(t64, b64), rate(s64, t64), fmt(t1, b1),
                                                   rate(s1, t1)))
    if "java" in cells:
        for other in ("numpy", "torch"):
            if other in cells:
                lines.append("| Java / %s (time ratio) | %s | | %s | |" % (
                    NAMES[other].split()[0], ratio(cells["java"][0], cells[other][0]),
                    ratio(cells["java"][1], cells[other][1])))
    return lines, cells


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--write")
    args = parser.parse_args()
    results, jvm = parse(args.log)
    rounds = max(1, median_of(results, impl="java", dtype="float64", batch=64)[1])
    out = ["## Training speed: Java (this library) vs numpy + OpenBLAS vs PyTorch", "",
           "One epoch of the 784-128(ReLU)-64(ReLU)-10(softmax) MLP, plain SGD (lr 0.01), categorical "
           "cross-entropy fused with softmax, seeded synthetic data; time of the training loop after a "
           "warm-up epoch, median of the repeats%s, with the fastest single epoch in brackets. "
           "Ratios are Java's median time divided by the other's (below 1: Java is faster)."
           % (" and of %d rounds" % rounds if rounds > 1 else ""), ""]
    main_lines, _ = table(results, "float64", ("java", "numpy", "torch"))
    out += main_lines
    matmul_lines = []
    for impl, label in (("java", "Library matrix product"), ("numpy", "numpy + OpenBLAS (dgemm)")):
        gflops = [float(r["gflops"]) for r in results if r.get("kind") == "matmul" and r.get("impl") == impl]
        if gflops:
            n = next(r["n"] for r in results if r.get("kind") == "matmul")
            matmul_lines.append("- %s %s × %s (float64): %.1f GFLOPS (median; best %.1f)."
                                % (label, n, n, statistics.median(gflops), max(gflops)))
    training = [float(r["training_gflops"]) for r in results
                if r.get("impl") == "java" and r.get("batch") == "64" and "training_gflops" in r]
    if training:
        matmul_lines.append("- Java training at batch 64: %.1f GFLOPS in the products (median)."
                            % statistics.median(training))
    if matmul_lines:
        out += [""] + matmul_lines
    f32, cells = table(results, "float32", ("numpy", "torch"))
    if cells:
        out += ["", "Side note, float32 (the Java library computes in doubles only):", ""] + f32
    out += ["", "Machine and software:", ""] + ["- " + l for l in machine()]
    if jvm:
        out.append("- " + jvm)
    out.append("- Measured %s with `bench/run-all.sh`." % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    out += ["", "How to reproduce and what the numbers mean:", "",
            "- `bench/run-all.sh --rounds 3 --write` installs the Debian packages it needs, builds, runs "
            "`dev.nonlinear.bench.TrainingBenchmark` (via `mvn -pl lib -Pbench -DskipTests package`), "
            "`bench/numpy_mlp.py` and `bench/torch_mlp.py`, and rewrites this file.",
            "- numpy uses OpenBLAS with its default 2 threads; PyTorch runs with `torch.set_num_threads(2)` and "
            "`OPENBLAS_NUM_THREADS=1`. The Java library splits products of at least 2^17 multiply-adds over "
            "both cores; batch 1 runs on one thread.",
            "- The Java kernels need `--add-modules=jdk.incubator.vector` (the benchmark passes it). Without "
            "it the library falls back to scalar kernels (about 3-4x slower products).",
            "- The machine may be shared with other jobs: rerun with more `--rounds` when the load average "
            "above is high; each cell is the median over rounds."]
    text = "\n".join(out) + "\n"
    print(text)
    if args.write:
        kept = playground_section(args.write)
        with open(args.write, "w") as f:
            f.write("# Benchmark results\n\nWritten by `bench/run-all.sh --write`; the latest run replaces "
                    "this file.\n\n" + text + kept)
        print("Written to %s" % args.write)


def playground_section(path):
    """The Playground lab's section (measured by `run-all.sh --playground`, written by hand), kept on rewrite."""
    try:
        with open(path) as f:
            old = f.read()
    except FileNotFoundError:
        return ""
    at = old.find("\n## Playground lab")
    return old[at:] if at >= 0 else ""


if __name__ == "__main__":
    main()
