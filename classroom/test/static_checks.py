#!/usr/bin/python3
"""Fast checks of the classroom files that cannot run here (no cluster, no Docker): they parse, and what they
name exists. Part of classroom/test/run.sh; about a second."""
import json
import os
import py_compile
import re
import shlex
import subprocess
import sys
import tempfile

import yaml

KIT = os.path.realpath(os.path.join(os.path.dirname(__file__), "..", ".."))
K8S = os.path.join(KIT, "classroom", "k8s")
failures = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures.append(what)


def dockerfile_instructions(path):
    lines, cur = [], ""
    for raw in open(path):
        line = raw.rstrip("\n")
        if not cur and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            cur += line[:-1] + " "
            continue
        cur += line
        lines.append(cur.strip())
        cur = ""
    return [(l.split(None, 1)[0].upper(), l.split(None, 1)[1] if " " in l else "") for l in lines]


def main():
    # Python and shell files parse.
    for f in ["classroom/bin/nonlinear-classroom", "classroom/bin/nonlinear-student", "classroom/idle_culler.py",
              "classroom/jupyterhub_config.py", "classroom/test/test_classroom.py"]:
        try:
            py_compile.compile(os.path.join(KIT, f), cfile=os.path.join(tempfile.gettempdir(), "nl-check.pyc"), doraise=True)
            check(True, f"{f} compiles")
        except py_compile.PyCompileError as e:
            check(False, f"{f} compiles: {e}")
    for f in ["classroom/k8s/grade-shard.sh", "classroom/test/run.sh"]:
        check(subprocess.run(["sh" if f.endswith("grade-shard.sh") else "bash", "-n", os.path.join(KIT, f)]).returncode == 0,
              f"{f} parses")

    # The hub's configuration loads against a settings file and defines what the hub needs.
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "hub"))
        open(os.path.join(tmp, "hub", "admin-token"), "w").write("x" * 64)
        conf = {"kit": KIT, "root": tmp, "group": "root", "ip": "127.0.0.1", "port": 8000, "hub_port": 8001,
                "proxy_api_port": 8002, "bin_dir": "/usr/local/bin", "kernel_prefix": "/usr/local", "memory_mb": 1536,
                "heap_mb": 768, "nproc": 1024, "idle_timeout": 3600, "max_submission_mb": 20}
        json.dump(conf, open(os.path.join(tmp, "classroom.json"), "w"))
        os.environ["NONLINEAR_CLASSROOM_CONFIG"] = os.path.join(tmp, "classroom.json")
        from traitlets.config import Config
        c = Config()
        ns = {"get_config": lambda: c, "__file__": os.path.join(KIT, "classroom", "jupyterhub_config.py")}
        exec(compile(open(ns["__file__"]).read(), ns["__file__"], "exec"), ns)
        check(c.JupyterHub.port == 8000 and c.Spawner.cmd == ["/usr/bin/jupyterhub-singleuser"],
              "jupyterhub_config.py loads: port, single-user command")
        check({s["name"] for s in c.JupyterHub.services} == {"classroom-admin", "idle-culler"},
              "jupyterhub_config.py: the admin and idle-culler services")
        culler = [s for s in c.JupyterHub.services if s["name"] == "idle-culler"][0]["command"][1]
        check(os.path.isfile(culler), f"the idle culler it runs exists ({os.path.relpath(culler, KIT)})")

    # The Dockerfile: known instructions; every COPY source from the build context exists; the stage outputs
    # it copies are the jars the Maven build makes.
    df = os.path.join(K8S, "Dockerfile")
    ins = dockerfile_instructions(df)
    known = {"FROM", "RUN", "COPY", "ADD", "ENV", "USER", "WORKDIR", "EXPOSE", "ENTRYPOINT", "CMD", "LABEL", "ARG"}
    check(all(k in known for k, _ in ins), f"Dockerfile: {len(ins)} instructions, all known")
    dests = set()
    for k, rest in ins:
        if k != "COPY":
            continue
        parts = shlex.split(rest)
        from_stage = any(p.startswith("--from=") for p in parts)
        parts = [p for p in parts if not p.startswith("--")]
        srcs, dest = parts[:-1], parts[-1]
        dests.add(dest)
        for s in srcs:
            path = os.path.join(KIT, s[len("/kit/"):]) if from_stage else os.path.join(KIT, s)
            exists = os.path.exists(path) or (from_stage and os.path.isfile(os.path.join(os.path.dirname(os.path.dirname(path)), "pom.xml")))
            check(exists, f"Dockerfile COPY {s} exists in the repository" + (" (a build output)" if from_stage else ""))
    check(any(k == "CMD" and "jupyterhub-singleuser" in r for k, r in ins), "Dockerfile runs jupyterhub-singleuser")
    tag_match = re.search(r"docker build -f classroom/k8s/Dockerfile -t (\S+) \.", open(df).read())
    image = tag_match.group(1) if tag_match else None
    check(image is not None, f"Dockerfile names its image: {image}")

    readme = open(os.path.join(KIT, "README.md")).read()
    check(f"-t {image} ." in readme and "classroom/k8s/values.yaml" in readme and "classroom/k8s/grade-job.yaml" in readme,
          "README says how to build the image, install the chart and run the grading Job")

    # The Zero to JupyterHub values file.
    values = yaml.safe_load(open(os.path.join(K8S, "values.yaml")))
    su = values["singleuser"]
    check(f"{su['image']['name']}:{su['image']['tag']}" == image, "values.yaml uses the Dockerfile's image")
    check(values["cull"]["enabled"] and su["memory"]["limit"], "values.yaml: culling on, a memory limit per student")
    hook = su["lifecycleHooks"]["postStart"]["exec"]["command"]
    check(hook[-2] in dests or os.path.dirname(hook[-2]) + "/" in dests, f"values.yaml's start hook {hook[-2]} is in the image")
    mnist = su["extraEnv"]["NONLINEAR_MNIST_DIR"]
    check(os.path.isdir(os.path.join(KIT, "notebooks", os.path.relpath(mnist, "/srv/nonlinear/course"))),
          f"values.yaml's NONLINEAR_MNIST_DIR ({mnist}) is the shipped MNIST copied into the image")
    check(su["defaultUrl"] == "/tree/nonlinear", "values.yaml opens the student's copy of the course")

    # The grading Job.
    docs = list(yaml.safe_load_all(open(os.path.join(K8S, "grade-job.yaml"))))
    job = next(d for d in docs if d["kind"] == "Job")
    pvc = next(d for d in docs if d["kind"] == "PersistentVolumeClaim")
    pod = job["spec"]["template"]["spec"]
    ctr = pod["containers"][0]
    check(ctr["image"] == image, "grade-job.yaml uses the same image")
    check(job["spec"]["completionMode"] == "Indexed" and str(job["spec"]["completions"]) ==
          next(e["value"] for e in ctr["env"] if e["name"] == "SHARDS"), "grade-job.yaml: an Indexed Job, SHARDS = completions")
    check("/usr/local/bin/" + ctr["command"][0] in dests, f"grade-job.yaml's command {ctr['command'][0]} is in the image")
    check(pod["volumes"][0]["persistentVolumeClaim"]["claimName"] == pvc["metadata"]["name"], "grade-job.yaml mounts its claim")
    check(pod.get("automountServiceAccountToken") is False, "grading pods get no service-account token")
    check(os.path.isfile(os.path.join(KIT, "notebooks", "assignments", ctr["command"][2] + ".ipynb")),
          f"grade-job.yaml grades an assignment that exists ({ctr['command'][2]})")

    print(f"static checks: {'FAILED ' + str(len(failures)) if failures else 'all passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
