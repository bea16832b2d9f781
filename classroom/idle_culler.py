#!/usr/bin/python3
"""Stops students' servers idle for longer than --timeout seconds (a JupyterHub service, run by the hub).

Debian 12 has no jupyterhub-idle-culler package; this is the same idea in the standard library: every
--every seconds it lists the users through the hub's REST API (JUPYTERHUB_API_URL, JUPYTERHUB_API_TOKEN, both set
by the hub for a managed service) and stops each server whose last_activity is older than the timeout.
The role in jupyterhub_config.py gives it only list:users, read:users:activity, read:servers, delete:servers.
--once runs one pass and exits (the classroom test uses it).
"""
import argparse
import datetime as dt
import json
import os
import sys
import time
import urllib.request


def call(method, path):
    req = urllib.request.Request(os.environ["JUPYTERHUB_API_URL"].rstrip("/") + path, method=method,
                                 headers={"Authorization": "token " + os.environ["JUPYTERHUB_API_TOKEN"]})
    with urllib.request.urlopen(req, timeout=30) as r:
        body = r.read()
        return json.loads(body) if body else None


def parse(ts):
    return dt.datetime.fromisoformat(ts.replace("Z", "+00:00")) if ts else None


def cull(timeout):
    now = dt.datetime.now(dt.timezone.utc)
    stopped = []
    for user in call("GET", "/users?state=active"):
        for name, server in (user.get("servers") or {}).items():
            if not server.get("ready") or server.get("pending"):
                continue
            last = parse(server.get("last_activity")) or parse(server.get("started"))
            if last and (now - last).total_seconds() > timeout:
                path = f"/users/{user['name']}/server" + (f"s/{name}" if name else "")
                call("DELETE", path)
                stopped.append(user["name"])
                print(f"idle-culler: stopped {user['name']}'s server, idle since {last.isoformat()}", flush=True)
    return stopped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=int, default=3600)
    ap.add_argument("--every", type=int, default=300)
    ap.add_argument("--once", action="store_true")
    a = ap.parse_args()
    while True:
        try:
            cull(a.timeout)
        except Exception as e:  # the hub restarting: try again next round
            print(f"idle-culler: {e}", file=sys.stderr, flush=True)
        if a.once:
            return
        time.sleep(a.every)


if __name__ == "__main__":
    main()
