# JupyterHub for a class with the Nonlinear kit (JupyterHub 3.0.0 as Debian 12 ships it).
# Started by `nonlinear-classroom start`, which sets NONLINEAR_CLASSROOM_CONFIG (the settings `setup` wrote).
#
# - Students log in with their Unix account (PAM); only members of the class's group are admitted.
# - Each student's server runs as that student (LocalProcessSpawner), in the notebook folder ~ ,
#   opening ~/nonlinear: their own copy of the course, made on first login from the read-only originals.
# - Limits per student, applied as root just before the server drops to the student's uid:
#   RLIMIT_NPROC (processes and threads of that uid), and a memory cgroup (v1 or v2, where the kernel offers
#   one) holding the server and every kernel it starts. The kernelspec caps each JVM's heap (-Xmx).
# - Idle kernels are shut down by the server, idle servers by the idle-culler service.
import grp
import json
import os
import pwd
import resource
import subprocess
import sys

from jupyterhub.spawner import LocalProcessSpawner

c = get_config()  # noqa: F821 (provided by JupyterHub)

with open(os.environ.get("NONLINEAR_CLASSROOM_CONFIG", "/etc/nonlinear-classroom/classroom.json")) as f:
    conf = json.load(f)
root = conf["root"]
hub_dir = os.path.join(root, "hub")
here = os.path.dirname(os.path.abspath(__file__))

c.JupyterHub.ip = conf["ip"]
c.JupyterHub.port = conf["port"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = conf["hub_port"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{conf['proxy_api_port']}"
c.ConfigurableHTTPProxy.command = ["/usr/bin/configurable-http-proxy"]
os.environ.setdefault("NODE_PATH", "/usr/share/nodejs")  # Debian's proxy under Node 20
c.JupyterHub.db_url = "sqlite:///" + os.path.join(hub_dir, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(hub_dir, "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = os.path.join(hub_dir, "jupyterhub-hub.pid")
c.JupyterHub.cleanup_servers = True

c.Authenticator.allowed_users = set()
c.PAMAuthenticator.allowed_groups = {conf["group"]}
c.PAMAuthenticator.open_sessions = False

# The teacher's tools (and the test) talk to the hub with this token, as a service with the admin role.
with open(os.path.join(hub_dir, "admin-token")) as f:
    admin_token = f.read().strip()
c.JupyterHub.services = [
    {"name": "classroom-admin", "api_token": admin_token},
    {"name": "idle-culler",
     "command": ["/usr/bin/python3", os.path.join(here, "idle_culler.py"), f"--timeout={conf['idle_timeout']}",
                 f"--every={max(30, min(300, conf['idle_timeout'] // 4))}"]},
]
c.JupyterHub.load_roles = [
    {"name": "admin", "services": ["classroom-admin"]},
    {"name": "idle-culler", "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
     "services": ["idle-culler"]},
]

students_group = conf["group"]
kernel_share = os.path.join(conf["kernel_prefix"], "share", "jupyter")


def cgroup_for(user):
    """A memory (and pids) cgroup for one student, or None where this kernel offers none we may write to.
    cgroup v2: under the root cgroup, /sys/fs/cgroup/nonlinear/<user>; v1: beside the hub's own cgroup."""
    mem = conf["memory_mb"] << 20
    made = []
    try:
        if os.path.exists("/sys/fs/cgroup/cgroup.controllers"):
            base = "/sys/fs/cgroup/nonlinear"
            os.makedirs(base, exist_ok=True)
            for d in ("/sys/fs/cgroup", base):
                with open(os.path.join(d, "cgroup.subtree_control"), "w") as f:
                    f.write("+memory +pids")
            d = os.path.join(base, user)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "memory.max"), "w") as f:
                f.write(str(mem))
            with open(os.path.join(d, "memory.swap.max"), "w") as f:
                f.write("0")
            return [os.path.join(d, "cgroup.procs")]
        for ctl, limit_file, value in (("memory", "memory.limit_in_bytes", mem),
                                       ("pids", "pids.max", conf["nproc"])):
            with open("/proc/self/cgroup") as f:
                own = next(line.split(":", 2)[2].strip() for line in f if line.split(":")[1] == ctl)
            d = os.path.join("/sys/fs/cgroup", ctl, own.lstrip("/"), "nonlinear", user)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, limit_file), "w") as f:
                f.write(str(value))
            made.append(os.path.join(d, "cgroup.procs"))
        return made
    except (OSError, StopIteration) as e:
        print(f"nonlinear: no cgroup for {user} ({e}); only the JVM heap cap and RLIMIT_NPROC apply",
              file=sys.stderr)
        return made or None


class ClassroomSpawner(LocalProcessSpawner):
    def make_preexec_fn(self, name):
        drop_to_user = super().make_preexec_fn(name)
        procs = cgroup_for(name) or []
        nproc = conf["nproc"]

        def preexec():
            # Still root here, in the child, before exec: join the student's cgroup, cap their processes,
            # then become the student (LocalProcessSpawner's own preexec).
            for p in procs:
                with open(p, "w") as f:
                    f.write(str(os.getpid()))
            resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            drop_to_user()

        return preexec


def first_login(spawner):
    """As the student (never as root in their home): copy the course and fetch released assignments."""
    p = pwd.getpwnam(spawner.user.name)
    if p.pw_uid == 0 or spawner.user.name not in students_of_class():
        raise ValueError(f"{spawner.user.name} is not a student of this class")
    os.chmod(p.pw_dir, 0o700)
    subprocess.run(["/usr/bin/python3", os.path.join(conf["bin_dir"], "nonlinear-student"), "init"],
                   user=p.pw_uid, group=p.pw_gid, extra_groups=[g.gr_gid for g in grp.getgrall() if p.pw_name in g.gr_mem],
                   env={"HOME": p.pw_dir, "USER": p.pw_name, "PATH": "/usr/bin:/bin",
                        "NONLINEAR_CLASSROOM_CONFIG": os.environ["NONLINEAR_CLASSROOM_CONFIG"]},
                   cwd=p.pw_dir, check=False, timeout=60)


def students_of_class():
    g = grp.getgrnam(students_group)
    return set(g.gr_mem) | {u.pw_name for u in pwd.getpwall() if u.pw_gid == g.gr_gid}


c.JupyterHub.spawner_class = ClassroomSpawner
c.Spawner.pre_spawn_hook = first_login
c.Spawner.cmd = ["/usr/bin/jupyterhub-singleuser"]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/tree/nonlinear"
c.Spawner.mem_limit = f"{conf['memory_mb']}M"   # advisory for LocalProcessSpawner (MEM_LIMIT); the cgroup enforces
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.environment = {
    "NONLINEAR_CLASSROOM_CONFIG": os.environ["NONLINEAR_CLASSROOM_CONFIG"],
    "JUPYTER_PATH": kernel_share,
    "PATH": f"{conf['bin_dir']}:/usr/local/bin:/usr/bin:/bin",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}
c.Spawner.args = [
    # Kernels idle for 20 minutes are shut down by the server itself (a JVM each: the biggest memory user).
    "--MappingKernelManager.cull_idle_timeout=1200",
    "--MappingKernelManager.cull_interval=120",
    "--NotebookApp.shutdown_no_activity_timeout=%d" % conf["idle_timeout"],
]
