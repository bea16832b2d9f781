#!/usr/bin/python3
"""End-to-end test of the kit on JupyterHub for a class (run as root; `bash classroom/test/run.sh`).

Sets up a throwaway class under a temporary root (its own group, three student accounts, a hub on a free port
of 127.0.0.1), logs each student in through the hub's REST API, starts their servers, runs a notebook in each with
the kit's kernel over the server's websocket, then release -> fetch -> submit (from inside each student's kernel)
-> collect -> grade -> feedback, and checks that students cannot read each other's work, the exchange's
permissions, the late mark, the per-student limits, and the idle culler. Everything it made is removed at the end,
whatever happened. CLASSROOM_STUDENTS=N runs N students (and prints memory per student): the measurement behind the
README's numbers.
"""
import asyncio
import csv
import datetime as dt
import grp
import json
import os
import pwd
import secrets
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

KIT = os.path.realpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLASSROOM = os.path.join(KIT, "classroom", "bin", "nonlinear-classroom")
ASSIGNMENT_SRC = os.path.join(KIT, "notebooks", "assignments", "01-leaky-relu-and-elu.ipynb")
A = "01-leaky-relu-and-elu"
N = int(os.environ.get("CLASSROOM_STUDENTS", "3"))
T0 = time.time()
failures = []


def log(msg):
    print(f"[{time.time() - T0:6.1f}s] {msg}", flush=True)


def check(cond, what):
    log(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures.append(what)
    return cond


def free_port_block():
    for _ in range(50):
        base = 20000 + secrets.randbelow(20000)
        ok = True
        for p in (base, base + 1, base + 2):
            with socket.socket() as s:
                try:
                    s.bind(("127.0.0.1", p))
                except OSError:
                    ok = False
        if ok:
            return base
    raise RuntimeError("no free ports")


class Hub:
    def __init__(self, port, admin_token):
        self.base = f"http://127.0.0.1:{port}"
        self.port = port
        self.admin = admin_token

    def call(self, method, path, token=None, body=None, raw=False):
        req = urllib.request.Request(self.base + path, method=method,
                                     data=None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode()),
                                     headers={"Authorization": f"token {token or self.admin}"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                data = r.read()
                return r.status, (data if raw else (json.loads(data) if data else None))
        except urllib.error.HTTPError as e:
            return e.code, e.read()


async def run_cells(hub, user, token, kernel_id, cells, timeout=120):
    """Runs code cells one by one over the kernel's websocket; returns [(status, text, errors)]."""
    url = f"ws://127.0.0.1:{hub.port}/user/{user}/api/kernels/{kernel_id}/channels"
    ws = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {token}"}))
    session = uuid.uuid4().hex
    results = []
    try:
        for code in cells:
            msg_id = uuid.uuid4().hex
            await ws.write_message(json.dumps({
                "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session, "username": user,
                           "version": "5.3", "date": dt.datetime.now(dt.timezone.utc).isoformat()},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True}}))
            text, errors, status, idle = [], [], None, False
            deadline = time.time() + timeout
            while status is None or not idle:
                raw = await asyncio.wait_for(ws.read_message(), timeout=max(1, deadline - time.time()))
                if raw is None:
                    raise RuntimeError("websocket closed")
                if isinstance(raw, bytes):
                    continue
                m = json.loads(raw)
                if m.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                t, content = m["msg_type"], m["content"]
                if t == "stream":
                    (errors if content["name"] == "stderr" else text).append(content["text"])
                elif t in ("execute_result", "display_data"):
                    text.append(content["data"].get("text/plain", ""))
                elif t == "error":
                    errors.append(f"{content['ename']}: {content['evalue']}")
                elif t == "status" and content["execution_state"] == "idle":
                    idle = True
                elif t == "execute_reply":
                    status = content["status"]
            results.append((status, "".join(text), errors))
    finally:
        ws.close()
    return results


def java_str(s):
    return json.dumps(s)


def shell_cell(*argv):
    """A Java cell running a command as the student, printing its output and exit code."""
    args = ", ".join(java_str(a) for a in argv)
    return (f'var pb = new ProcessBuilder({args}).redirectErrorStream(true);\n'
            f'var pr = pb.start(); var out = new String(pr.getInputStream().readAllBytes());\n'
            f'System.out.println(out + "exit=" + pr.waitFor());')


def read_denied_cell(path):
    return (f'try {{ java.nio.file.Files.readAllBytes(java.nio.file.Path.of({java_str(path)})); System.out.println("READ"); }}'
            f' catch (java.nio.file.AccessDeniedException e) {{ System.out.println("DENIED"); }}')


def list_denied_cell(path):
    return (f'try (var s = java.nio.file.Files.list(java.nio.file.Path.of({java_str(path)}))) {{ System.out.println("LISTED " + s.count()); }}'
            f' catch (java.nio.file.AccessDeniedException e) {{ System.out.println("DENIED"); }}')


def student_processes(uid):
    pids = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                if os.stat(f"/proc/{d}").st_uid == uid:
                    pids.append(int(d))
            except OSError:
                pass
    return pids


def rss_mb(pids):
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def solved_submission(released_path):
    answers = {c["metadata"]["nbgrader"]["grade_id"]: c["source"]
               for c in json.load(open(ASSIGNMENT_SRC))["cells"] if c["metadata"].get("nbgrader", {}).get("solution")}
    nb = json.load(open(released_path))
    for c in nb["cells"]:
        gid = c["metadata"].get("nbgrader", {}).get("grade_id")
        if gid in answers:
            c["source"] = answers[gid]
    return nb


def main():
    if os.geteuid() != 0:
        print("test_classroom: run as root (it creates throwaway Unix accounts)", file=sys.stderr)
        return 2
    tag = secrets.token_hex(3)
    group = f"nlc{tag}"
    names = [f"nlc{tag}{chr(ord('a') + i)}" if i < 26 else f"nlc{tag}s{i}" for i in range(N)]
    root = tempfile.mkdtemp(prefix="nonlinear-classroom-")
    os.chmod(root, 0o755)
    conf_path = os.path.join(root, "classroom.json")
    env = dict(os.environ, NONLINEAR_CLASSROOM_CONFIG=conf_path, PYDEVD_DISABLE_FILE_VALIDATION="1")
    port = free_port_block()

    def classroom(*args, check_rc=True):
        r = subprocess.run(["/usr/bin/python3", CLASSROOM] + list(args), env=env, capture_output=True, text=True)
        if check_rc and r.returncode != 0:
            raise RuntimeError(f"nonlinear-classroom {' '.join(args)} failed:\n{r.stdout}\n{r.stderr}")
        return r

    try:
        log(f"class {group}: {', '.join(names)}; root {root}; hub on 127.0.0.1:{port}")
        classroom("setup", "--root", root, "--group", group, "--port", str(port), "--ip", "127.0.0.1",
                  "--bin-dir", os.path.join(root, "bin"), "--kernel-prefix", os.path.join(root, "kernel"),
                  "--no-apt", "--no-start", "--memory", "1536", "--heap", "512", "--nproc", "1024")
        conf = json.load(open(conf_path))
        out = classroom("add-students", *names).stdout
        passwords = dict(line.split("\t") for line in out.strip().splitlines())
        check(sorted(passwords) == sorted(names), "add-students created the accounts and printed their passwords")
        for n in names:
            check(stat.S_IMODE(os.stat(pwd.getpwnam(n).pw_dir).st_mode) == 0o700, f"{n}'s home is 0700")
        course = os.path.join(root, "course")
        check(not os.path.exists(os.path.join(course, "assignments")), "the course copy holds no instructor notebooks")
        check(all(stat.S_IMODE(os.stat(os.path.join(course, f)).st_mode) == 0o444 for f in os.listdir(course)
                  if f.endswith(".ipynb")), "course originals are read-only (0444, root's)")
        spec = json.load(open(os.path.join(root, "kernel", "share", "jupyter", "kernels", "java", "kernel.json")))
        check("-Xmx512m" in spec["argv"], "kernelspec caps the JVM heap (-Xmx512m)")

        t = time.time()
        classroom("start", "--background")
        log(f"hub started in {time.time() - t:.1f} s")
        hub = Hub(port, open(os.path.join(root, "hub", "admin-token")).read().strip())

        # Real login through the hub's login form (PAM) for one student, and a wrong password refused.
        def form_login(user, password):
            data = urllib.parse.urlencode({"username": user, "password": password}).encode()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
            try:
                r = opener.open(urllib.request.Request(hub.base + "/hub/login", data=data), timeout=120)
                return r.geturl()
            except urllib.error.HTTPError as e:
                return f"HTTP {e.code}"
        import urllib.parse
        check("/hub/login" in form_login(names[0], "wrong-password") or "403" in form_login(names[0], "x"),
              "a wrong password is refused")

        # Release with a deadline in the future (moved before the last student submits).
        due = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        classroom("release", ASSIGNMENT_SRC, "--due", due)
        inbound = os.path.join(root, "exchange", "inbound", A)
        st = os.stat(inbound)
        check(stat.S_IMODE(st.st_mode) == 0o1733 and st.st_uid == 0, "inbound is root's, mode 1733")

        # Each student: hub user, a token from the REST API, server started with the student's own token.
        tokens = {}
        t = time.time()
        for n in names:
            code, _ = hub.call("POST", f"/hub/api/users/{n}")
            check(code in (201, 409), f"hub user {n} created ({code})")
            code, tok = hub.call("POST", f"/hub/api/users/{n}/tokens", body={"note": "classroom test"})
            tokens[n] = tok["token"]
            code, me = hub.call("GET", "/hub/api/user", token=tokens[n])
            check(me.get("name") == n, f"{n}'s token identifies {n}")
            code, _ = hub.call("POST", f"/hub/api/users/{n}/server", token=tokens[n])
            check(code in (201, 202), f"{n} starts their server ({code})")
        for n in names:
            for _ in range(240):
                code, u = hub.call("GET", f"/hub/api/users/{n}")
                if u.get("servers", {}).get("", {}).get("ready"):
                    break
                time.sleep(0.5)
            check(u.get("servers", {}).get("", {}).get("ready"), f"{n}'s server is ready")
        log(f"{N} servers ready in {time.time() - t:.1f} s")

        culler_running = False
        for d in os.listdir("/proc"):
            try:
                if d.isdigit() and b"idle_culler.py\0--timeout=3600" in open(f"/proc/{d}/cmdline", "rb").read():
                    culler_running = True
            except OSError:
                pass
        check(culler_running, "the hub runs the idle-culler service (--timeout=3600)")
        r = classroom("status")
        check(all(n in r.stdout for n in names) and "running" in r.stdout and A in r.stdout,
              "nonlinear-classroom status lists the students, their servers and the assignment")

        # The first student also logs in through the form with their password (PAM) and lands on their server.
        url = form_login(names[0], passwords[names[0]])
        check(f"/user/{names[0]}/" in url, f"{names[0]} logs in with their password (PAM) and lands on their server ({url})")

        # The server runs as the student, with the limits.
        for n in names:
            uid = pwd.getpwnam(n).pw_uid
            pids = student_processes(uid)
            check(bool(pids), f"{n}'s server runs as uid {uid}")
            limits = open(f"/proc/{pids[0]}/limits").read()
            check(any(l.startswith("Max processes") and l.split()[2] == "1024" for l in limits.splitlines()),
                  f"{n}'s processes: RLIMIT_NPROC 1024")
        cg = [l.split(":", 2)[2].strip() for l in open(f"/proc/{student_processes(pwd.getpwnam(names[0]).pw_uid)[0]}/cgroup")
              if l.split(":")[1] in ("memory", "")]
        log(f"{names[0]}'s cgroups: {cg}")
        check(any(c.endswith(f"/nonlinear/{names[0]}") for c in cg), f"{names[0]}'s server is in its own memory cgroup")

        # Course copy and the assignment in each home, made as the student.
        for n in names:
            code, listing = hub.call("GET", f"/user/{n}/api/contents/nonlinear", token=tokens[n])
            files = {x["name"] for x in listing.get("content", [])} if code == 200 else set()
            check("00-start-here.ipynb" in files, f"{n} has their working copy of the course ({len(files)} entries)")
            mine = os.path.join(pwd.getpwnam(n).pw_dir, "assignments", A, A + ".ipynb")
            check(os.path.exists(mine) and os.stat(mine).st_uid == pwd.getpwnam(n).pw_uid,
                  f"{n} got the released assignment on login, owned by them")
        other = names[1]
        code, _ = hub.call("GET", f"/user/{other}/api/contents/nonlinear", token=tokens[names[0]])
        check(code in (403, 404) or code >= 300, f"{names[0]}'s token cannot open {other}'s server ({code})")

        # The first student submits a solved copy (written through their server's contents API).
        released = os.path.join(root, "exchange", "outbound", A, A + ".ipynb")
        nb = solved_submission(released)
        code, _ = hub.call("PUT", f"/user/{names[0]}/api/contents/assignments/{A}/{A}.ipynb", token=tokens[names[0]],
                           body={"type": "notebook", "format": "json", "content": nb})
        check(code in (200, 201), f"{names[0]} saves their solved notebook through the hub ({code})")

        # In every student's kernel: the start-here notebook, then the security checks and the submission.
        code, nbjson = hub.call("GET", f"/user/{names[0]}/api/contents/nonlinear/00-start-here.ipynb", token=tokens[names[0]])
        start_cells = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                       for c in nbjson["content"]["cells"] if c["cell_type"] == "code"]
        start_cells = [c for c in start_cells if "answer(\"?\")" not in c]
        kernels = {}
        for n in names:
            code, k = hub.call("POST", f"/user/{n}/api/kernels", token=tokens[n], body={"name": "java"})
            check(code == 201, f"{n} starts a Java kernel ({code})")
            kernels[n] = k["id"]

        async def student_session(i, n):
            res = await run_cells(hub, n, tokens[n], kernels[n], start_cells)
            bad = [(j, r) for j, r in enumerate(res) if r[0] != "ok" or r[2]]
            check(not bad, f"{n}: 00-start-here ran in their kernel, {len(res)} cells, no error"
                  + (f" {bad[:2]}" if bad else ""))
            victim = names[(i + 1) % len(names)]
            victim_home = pwd.getpwnam(victim).pw_dir
            cells = [read_denied_cell(os.path.join(victim_home, "nonlinear", "00-start-here.ipynb")),
                     list_denied_cell(victim_home),
                     list_denied_cell(inbound),
                     read_denied_cell(os.path.join(root, "teacher", A, "source", A + ".ipynb"))]
            res = await run_cells(hub, n, tokens[n], kernels[n], cells)
            outs = [r[1].strip() for r in res]
            check(outs == ["DENIED"] * 4, f"{n} cannot read {victim}'s notebook or list their home, the inbound folder, "
                  f"the instructor's notebook: {outs}")
            return res

        t = time.time()
        async def all_sessions():
            return await asyncio.gather(*(student_session(i, n) for i, n in enumerate(names)))
        asyncio.run(all_sessions())
        log(f"{N} notebooks and checks in {time.time() - t:.1f} s")

        # Memory per student, measured while every student has a server and a kernel that ran a notebook.
        per = {n: rss_mb(student_processes(pwd.getpwnam(n).pw_uid)) for n in names}
        log("RSS per student (server + Java kernel): " + ", ".join(f"{n} {v:.0f} MB" for n, v in per.items())
            + f"; mean {sum(per.values()) / len(per):.0f} MB")
        usage = f"/sys/fs/cgroup/memory/{cg[0].lstrip('/')}/memory.usage_in_bytes" if cg else ""
        if usage and os.path.exists(usage):
            log(f"{names[0]}'s memory cgroup: usage {int(open(usage).read()) >> 20} MB of "
                f"{int(open(usage.replace('usage_in_bytes', 'limit_in_bytes')).read()) >> 20} MB")

        # The memory cgroup holds: a process of the student's that takes 2 GB (more than the 1536 MB limit) is
        # killed, and the student's kernel goes on.
        hog = shell_cell("/usr/bin/python3", "-c", "x = bytearray(2000 << 20); print('allocated')")
        res = asyncio.run(run_cells(hub, names[0], tokens[names[0]], kernels[names[0]], [hog, "1 + 1"]))
        check("allocated" not in res[0][1] and "exit=137" in res[0][1] and res[1][1].strip() == "2",
              f"{names[0]}'s 2 GB process is killed by the memory limit (exit 137), their kernel goes on: "
              f"{res[0][1].strip()!r}")

        async def submissions():
            # First student: resubmits (first the blank copy, then the solved one saved above).
            for n in names[:-1]:
                if n == names[0]:
                    shutil_copy_as = [shell_cell("nonlinear-submit", A, released)]
                    res = await run_cells(hub, n, tokens[n], kernels[n], shutil_copy_as)
                    await asyncio.sleep(1.1)
                res = await run_cells(hub, n, tokens[n], kernels[n], [shell_cell("nonlinear-submit", A)])
                check("submitted" in res[0][1] and "exit=0" in res[0][1], f"{n} submits from their kernel: {res[0][1].strip()}")

        asyncio.run(submissions())
        # The teacher moves the deadline to now; the last student submits after it, and plants traps.
        time.sleep(1.1)
        classroom("release", ASSIGNMENT_SRC, "--due", dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
        time.sleep(1.1)
        late = names[-1]
        late_home = pwd.getpwnam(late).pw_dir
        trap_cells = [
            f'java.nio.file.Files.createSymbolicLink(java.nio.file.Path.of({java_str(inbound + "/trap.ipynb")}), '
            f'java.nio.file.Path.of({java_str(os.path.join(root, "teacher", A, "source", A + ".ipynb"))})); System.out.println("planted")',
            f'java.nio.file.Files.createSymbolicLink(java.nio.file.Path.of({java_str(late_home + "/feedback")}), '
            f'java.nio.file.Path.of("/etc")); System.out.println("planted")',
            shell_cell("nonlinear-submit", A),
        ]
        res = asyncio.run(run_cells(hub, late, tokens[late], kernels[late], trap_cells))
        check("LATE" in res[2][1], f"{late} submits after the deadline and is told it is late: {res[2][1].strip()}")

        # Collect: the owner decides who submitted, ctime when; the symlink is refused.
        r = classroom("collect", A)
        log("collect:\n" + r.stdout)
        rows = {row["student"]: row for row in csv.DictReader(open(os.path.join(root, "teacher", A, "collected.csv")))}
        for n in names[:-1]:
            check(rows[n]["status"] == "on time", f"{n}: collected, on time")
        check(rows[late]["status"] == "late", f"{late}: collected, marked late")
        check(rows[names[0]]["submissions"] == "2", f"{names[0]}: two submissions seen, the later one kept")
        check("rejected trap.ipynb" in r.stdout, "the planted symlink in inbound is refused")
        sub = os.path.join(root, "teacher", A, "submitted", names[0], A + ".ipynb")
        check(os.path.isfile(sub), "collected as submitted/<student>/<notebook>.ipynb")

        t = time.time()
        classroom("grade", A, "--parallel", "2")
        log(f"graded {N} submissions in {time.time() - t:.1f} s")
        grades = {row["student"]: row for row in csv.DictReader(open(os.path.join(root, "teacher", A, "grades.csv")))}
        check(grades[names[0]]["total"] == grades[names[0]]["max"], f"{names[0]} (solved): full marks {grades[names[0]]['total']}/{grades[names[0]]['max']}")
        check(float(grades[names[1]]["total"]) < float(grades[names[1]]["max"]), f"{names[1]} (blank): {grades[names[1]]['total']}")
        check(grades[late]["late"] == "yes" and grades[names[0]]["late"] == "no", "grades.csv marks the late submission")

        r = classroom("feedback", A)
        log("feedback:\n" + r.stdout)
        for n in names[:-1]:
            p = pwd.getpwnam(n)
            page = os.path.join(p.pw_dir, "feedback", A + ".html")
            ok = os.path.isfile(page) and os.stat(page).st_uid == p.pw_uid and stat.S_IMODE(os.stat(page).st_mode) == 0o600
            check(ok, f"{n}'s feedback page is in their home, theirs, 0600")
            code, html = hub.call("GET", f"/user/{n}/files/feedback/{A}.html", token=tokens[n], raw=True)
            check(code == 200 and b"<html" in html.lower()[:2000], f"{n} opens their feedback through the hub ({code})")
        check(not os.path.exists(f"/etc/{A}.html") and not os.path.exists(f"/etc/{A}.html.tmp"),
              f"{late}'s ~/feedback -> /etc link wrote nothing into /etc")

        # The grading Jobs' script (classroom/k8s/grade-shard.sh) on the same submissions: 2 shards, then merged.
        t = time.time()
        shard_env = dict(env, GRADING_DIR=os.path.join(root, "teacher"), SHARDS="2",
                         NONLINEAR_GRADE=os.path.join(KIT, "grader", "bin", "nonlinear-grade"))
        shard_sh = os.path.join(KIT, "classroom", "k8s", "grade-shard.sh")
        for i in (0, 1):
            r = subprocess.run(["sh", shard_sh, "grade", A], env=dict(shard_env, INDEX=str(i)), capture_output=True, text=True)
            check(r.returncode == 0, f"grade-shard.sh shard {i} of 2: {r.stdout.splitlines()[:1]}")
        r = subprocess.run(["sh", shard_sh, "merge", A], env=shard_env, capture_output=True, text=True)
        merged = {row["student"]: row["total"] for row in csv.DictReader(open(os.path.join(root, "teacher", A, "graded", "gradebook.csv")))}
        check(merged == {n: grades[n]["total"] for n in names}, f"sharded grading gives the same totals ({time.time() - t:.0f} s): {merged}")

        # The idle culler: one pass with timeout 0 stops every server.
        cull_env = dict(os.environ, JUPYTERHUB_API_URL=f"{hub.base}/hub/api", JUPYTERHUB_API_TOKEN=hub.admin)
        subprocess.run(["/usr/bin/python3", os.path.join(KIT, "classroom", "idle_culler.py"), "--timeout", "0", "--once"],
                       env=cull_env, check=True)
        for _ in range(60):
            running = [n for n in names if hub.call("GET", f"/hub/api/users/{n}")[1].get("servers")]
            if not running:
                break
            time.sleep(0.5)
        check(not running, f"the idle culler stopped every server (left: {running})")
    except Exception as e:
        import traceback
        traceback.print_exc()
        failures.append(f"exception: {e}")
        log_file = os.path.join(root, "hub", "jupyterhub.log")
        if os.path.exists(log_file):
            print("---- hub log (tail) ----\n" + "".join(open(log_file, errors="replace").readlines()[-60:]))
    finally:
        subprocess.run(["/usr/bin/python3", CLASSROOM, "stop"], env=env, capture_output=True)
        for n in names:
            try:
                pwd.getpwnam(n)
            except KeyError:
                continue
            subprocess.run(["pkill", "-KILL", "-u", n], capture_output=True)
            time.sleep(0.3)
            subprocess.run(["userdel", "--remove", n], capture_output=True)
        subprocess.run(["groupdel", group], capture_output=True)
        for ctl in ("memory", "pids"):
            for line in open("/proc/self/cgroup"):
                parts = line.strip().split(":", 2)
                if parts[1] == ctl:
                    base = os.path.join("/sys/fs/cgroup", ctl, parts[2].lstrip("/"), "nonlinear")
                    for n in names:
                        try:
                            os.rmdir(os.path.join(base, n))
                        except OSError:
                            pass
                    try:
                        os.rmdir(base)   # only if no other class uses it
                    except OSError:
                        pass
        shutil.rmtree(root, ignore_errors=True)
        leftovers = [n for n in names if subprocess.run(["id", n], capture_output=True).returncode == 0]
        with socket.socket() as s:
            port_free = s.connect_ex(("127.0.0.1", port)) != 0
        check(not leftovers and port_free, f"cleaned up: accounts removed, port {port} closed")
    log(f"{'FAILED: ' + str(len(failures)) if failures else 'all passed'} in {time.time() - T0:.0f} s")
    for f in failures:
        print("  failed: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
