#!/usr/bin/env bash
# End-to-end test: every notebook, run as a learner runs it — in the classic Jupyter Notebook UI,
# in headless Chromium, on the kit's Java kernel freshly installed from the built jar.
#
#   1. installs what it needs if missing: Debian's chromium (apt-get, with sudo when not root),
#      playwright-core (npm ci in e2e/), the kernel jar (mvn -B -q package -DskipTests)
#   2. installs the kernelspec into a temporary prefix, copies notebooks/ to a temporary directory
#      (nothing in the repository changes), starts /usr/bin/jupyter notebook on 127.0.0.1, a free port,
#      with a random token
#   3. runs e2e/run.mjs: per notebook Cell → Run All, then checks plots, tables, quiz cards, an
#      answer typed into an answer cell, and that no cell shows an error or stderr output
#   4. always stops the server and removes the temporary files
#
# usage: bash e2e/run.sh [NOTEBOOK-PREFIX...]     e.g. bash e2e/run.sh 01 05
# Screenshots: build/e2e/screenshots/NN-name.png (full page, after Run All).
# E2E_NOTEBOOKS_FROM=DIR tests a copy of DIR instead of notebooks/ (e.g. to see a failure report).
# E2E_UPDATE_DOCS_SCREENSHOT=1 also copies the README picture to docs/screenshot.png.
# Last line of output: "N passed, N failed"; exit status 0 only when nothing failed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export PYDEVD_DISABLE_FILE_VALIDATION=1

fail_setup() {
    echo "e2e: $*" >&2
    echo "0 passed, 1 failed"
    exit 1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- what the test needs ---------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
[ -x /usr/bin/jupyter ] && /usr/bin/python3 -c 'import notebook' 2>/dev/null || missing+=(jupyter-notebook)
[ -e /usr/share/jupyter/nbextensions/jupyter-js-widgets/extension.js ] || missing+=(jupyter-nbextension-jupyter-js-widgets)
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        || fail_setup "could not install ${missing[*]}"
fi

if [ ! -d e2e/node_modules/playwright-core ]; then
    echo "==> npm ci (e2e/)"
    (cd e2e && npm ci --no-audit --no-fund --loglevel=error) || fail_setup "npm ci in e2e/ failed"
fi

jar=kernel/target/nonlinear-kernel.jar
if [ ! -f "$jar" ]; then
    echo "==> building the kernel jar (mvn -B -q package -DskipTests)"
    mvn -B -q package -DskipTests || fail_setup "the build failed"
fi

# --- a server of our own, on temporary copies ------------------------------------------------
tmp="$(mktemp -d -t nonlinear-e2e.XXXXXX)"
server_pid=
test_pid=
cleanup() {
    if [ -n "$test_pid" ] && kill -0 "$test_pid" 2>/dev/null; then
        kill "$test_pid" 2>/dev/null || true   # playwright closes its browser on SIGTERM
        wait "$test_pid" 2>/dev/null || true
    fi
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

java -jar "$jar" install --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 \
    || { cat "$tmp/install.log" >&2; fail_setup "installing the kernelspec into $tmp/prefix failed"; }
[ -f "$tmp/prefix/share/jupyter/kernels/java/kernel.json" ] \
    || fail_setup "no kernelspec at $tmp/prefix/share/jupyter/kernels/java after install --prefix"
cp -r "${E2E_NOTEBOOKS_FROM:-notebooks}" "$tmp/notebooks"

# Only our kernelspec and a clean configuration: JUPYTER_PATH comes first in Jupyter's search
# path; the config/data/runtime dirs keep the user's own settings (and kernels) out of the test.
export JUPYTER_PATH="$tmp/prefix/share/jupyter"
export JUPYTER_CONFIG_DIR="$tmp/config" JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime"
export IPYTHONDIR="$tmp/ipython"

port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
token="$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))')"
server_args=(notebook --no-browser --ip 127.0.0.1 --port "$port" --port-retries 0
    --notebook-dir "$tmp/notebooks" --NotebookApp.token="$token" --NotebookApp.password=''
    --NotebookApp.open_browser=False --NotebookApp.disable_check_xsrf=False)
[ "$(id -u)" -eq 0 ] && server_args+=(--allow-root)
/usr/bin/jupyter "${server_args[@]}" >"$tmp/server.log" 2>&1 &
server_pid=$!

base="http://127.0.0.1:$port"
server_up() {
    /usr/bin/python3 -c 'import sys, urllib.request
r = urllib.request.Request(sys.argv[1] + "/api/status", headers={"Authorization": "token " + sys.argv[2]})
urllib.request.urlopen(r, timeout=2)' "$base" "$token" 2>/dev/null
}
for _ in $(seq 150); do
    server_up && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; fail_setup "the notebook server exited"; }
    sleep 0.2
done
server_up || { cat "$tmp/server.log" >&2; fail_setup "the notebook server did not answer on $base within 30 s"; }
echo "==> notebook server on $base (notebooks: $tmp/notebooks, kernelspec: $JUPYTER_PATH/kernels/java)"

status=0
rm -f build/e2e/summary.txt
# In the background and waited for, so that Ctrl+C or a CI timeout stops the test (and its browser) at once.
E2E_BASE_URL="$base" E2E_TOKEN="$token" E2E_KERNEL_DIR="$JUPYTER_PATH/kernels/java" \
    E2E_NOTEBOOK_DIR="$tmp/notebooks" E2E_OUT="$repo/build/e2e" E2E_REPO="$repo" \
    node e2e/run.mjs "$@" &
test_pid=$!
wait "$test_pid" || status=$?
test_pid=
if [ "$status" -ne 0 ]; then
    echo "--- last lines of the notebook server log ($tmp/server.log) ---"
    tail -n 40 "$tmp/server.log" || true
    # run.mjs printed "N passed, N failed" unless it crashed; repeat it so it stays the last line.
    tail -n 1 "$repo/build/e2e/summary.txt" 2>/dev/null || echo "0 passed, 1 failed"
fi
exit "$status"
