#!/bin/sh
# Grades one shard of a class's submissions: run by each pod of the Indexed Job in grade-job.yaml, or by hand.
#   nonlinear-grade-shard grade ASSIGNMENT    grades the students with (position in sorted list) % SHARDS == INDEX
#   nonlinear-grade-shard merge ASSIGNMENT    joins the shards: graded/gradebook.csv and graded/feedback/
# Layout under GRADING_DIR (default /grading, a volume every pod mounts):
#   ASSIGNMENT/source/ASSIGNMENT.ipynb           the instructor's notebook
#   ASSIGNMENT/submitted/<student>/ASSIGNMENT.ipynb
#   ASSIGNMENT/graded/shard-<i>/                 one grader output per shard; merge writes ASSIGNMENT/graded/
# INDEX defaults to JOB_COMPLETION_INDEX (set by Kubernetes for Indexed Jobs), SHARDS to 1.
set -eu
mode=${1:?usage: nonlinear-grade-shard grade|merge ASSIGNMENT}
a=${2:?assignment name}
base=${GRADING_DIR:-/grading}/$a
grade=${NONLINEAR_GRADE:-/opt/nonlinear/grader/bin/nonlinear-grade}
case "$mode" in
grade)
    index=${INDEX:-${JOB_COMPLETION_INDEX:-0}}
    shards=${SHARDS:-1}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir "$work/submitted"
    i=0
    for d in $(ls "$base/submitted" | sort); do
        if [ $((i % shards)) -eq "$index" ]; then cp -r "$base/submitted/$d" "$work/submitted/$d"; fi
        i=$((i + 1))
    done
    echo "shard $index of $shards: $(ls "$work/submitted" | wc -l) of $i submissions"
    exec "$grade" grade "$base/source/$a.ipynb" "$work/submitted" "$base/graded/shard-$index" --parallel "${PARALLEL:-1}" ${GRADE_OPTIONS:-}
    ;;
merge)
    out=$base/graded
    mkdir -p "$out/feedback"
    first=yes
    for s in "$out"/shard-*; do
        [ -f "$s/gradebook.csv" ] || { echo "merge: $s has no gradebook" >&2; exit 1; }
        if [ $first = yes ]; then cat "$s/gradebook.csv"; first=no; else tail -n +2 "$s/gradebook.csv"; fi
        cp "$s"/feedback/*.html "$out/feedback/" 2>/dev/null || true
    done > "$out/gradebook.csv.new"
    mv "$out/gradebook.csv.new" "$out/gradebook.csv"
    echo "merged: $out/gradebook.csv ($(($(wc -l < "$out/gradebook.csv") - 1)) students), feedback in $out/feedback"
    ;;
*) echo "nonlinear-grade-shard: grade or merge" >&2; exit 2 ;;
esac
