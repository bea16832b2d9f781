#!/usr/bin/env bash
# The classroom's tests (as root, on Debian 12 with the kit built: mvn -B -q package -DskipTests):
#   1. static checks of the hub config, the Dockerfile, the Zero to JupyterHub values and the grading Job
#   2. the end-to-end test: a throwaway class of three on JupyterHub at 127.0.0.1 (test_classroom.py)
# About 2.5 minutes on 2 cores. Installs jupyterhub and node-configurable-http-proxy if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PYDEVD_DISABLE_FILE_VALIDATION=1
if [ "$(id -u)" -ne 0 ]; then
    echo "classroom/test/run.sh: run as root (the test creates and removes Unix accounts)" >&2
    exit 1
fi
missing=()
for p in jupyterhub node-configurable-http-proxy python3-yaml; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
for jar in kernel/target/nonlinear-kernel.jar grader/target/nonlinear-grader.jar; do
    [ -f "$jar" ] || { echo "classroom/test/run.sh: $jar missing; build first: mvn -B -q package -DskipTests" >&2; exit 1; }
done
start=$(date +%s)
/usr/bin/python3 classroom/test/static_checks.py
/usr/bin/python3 classroom/test/test_classroom.py
echo "classroom tests took $(( $(date +%s) - start )) s"
