#!/usr/bin/env bash
# One command for the speed comparison: installs what is missing (Debian packages), builds the
# library, runs the same training work in Java (the library), numpy + OpenBLAS and PyTorch, and
# prints a table of epoch times with the ratios Java/numpy and Java/PyTorch.
#
#   bench/run-all.sh [--rounds N] [--repeats N] [--float32] [--write] [--quick]
#
#   --rounds N   run the three benchmarks N times in turn and report the median of each cell
#                (the machine may be shared; default 1)
#   --repeats N  timed epochs per configuration inside each benchmark, after a warm-up (default 3)
#   --float32    also run numpy and PyTorch in float32, as a side note (Java uses doubles)
#   --write      also write the table and the machine description to bench/RESULTS.md
#   --quick      a tenth of the samples, to check that everything runs
#   --playground only the Playground lab's frame rate (PlaygroundBenchmark, Java alone), then stop
#
# JAVA_HOME selects the JDK (default: the one on PATH); the raw output goes to bench/last-run.log.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=1
repeats=3
float32=0
write=0
scale=1
playground=0
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --repeats) repeats="$2"; shift 2 ;;
        --float32) float32=1; shift ;;
        --write) write=1; shift ;;
        --quick) scale=10; shift ;;
        --playground) playground=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$playground" -eq 1 ]; then
    echo "Building the library and running the Playground lab benchmark (one frame = step() + picture())..."
    mvn -q -B -pl bench -am -Pplayground -DskipTests package 2>&1 | grep -E '^(PLAYGROUND|JVM)'
    exit 0
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages: JDK and Maven for the library; numpy, OpenBLAS (numpy falls back to the ~20x
# slower reference BLAS without it) and PyTorch for the reference scripts.
packages=(openjdk-17-jdk-headless maven python3 python3-numpy libopenblas0-pthread python3-torch)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PY=/usr/bin/python3
samples64=$((60000 / scale))
samples1=$((10000 / scale))
log=bench/last-run.log
: > "$log"

echo "Building the library..."
mvn -q -B -pl bench -am -DskipTests package

for round in $(seq 1 "$rounds"); do
    echo "Round $round/$rounds: Java (the library)..."
    mvn -q -B -pl bench -am -Pbench -DskipTests package \
        -Dbench.args="--repeats=$repeats --samples64=$samples64 --samples1=$samples1" 2>&1 \
        | grep -E '^(RESULT|JVM)' | tee -a "$log"
    echo "Round $round/$rounds: numpy..."
    "$PY" bench/numpy_mlp.py --repeats "$repeats" --samples64 "$samples64" --samples1 "$samples1" | tee -a "$log"
    echo "Round $round/$rounds: PyTorch..."
    "$PY" bench/torch_mlp.py --repeats "$repeats" --samples64 "$samples64" --samples1 "$samples1" | tee -a "$log"
    if [ "$float32" -eq 1 ]; then
        "$PY" bench/numpy_mlp.py --dtype float32 --repeats "$repeats" --samples64 "$samples64" --samples1 "$samples1" | tee -a "$log"
        "$PY" bench/torch_mlp.py --dtype float32 --repeats "$repeats" --samples64 "$samples64" --samples1 "$samples1" | tee -a "$log"
    fi
done

echo
if [ "$write" -eq 1 ]; then
    "$PY" bench/report.py "$log" --write bench/RESULTS.md
else
    "$PY" bench/report.py "$log"
fi
