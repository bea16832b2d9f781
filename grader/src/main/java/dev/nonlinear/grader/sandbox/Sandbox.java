package dev.nonlinear.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The command that starts a submission's JVM (the {@link SandboxAgent}) in a sandbox of its own,
 * with Debian's bubblewrap ({@code bwrap}):
 * <ul>
 *   <li>no /proc: nothing to find the kernel's socket by, nor other processes;</li>
 *   <li>an unprivileged user: when the grader runs as root, a user id of its own per parallel slot
 *       (so one submission's processes never count against another's limit);</li>
 *   <li>its own user, PID, IPC, UTS, mount and network namespaces: no network at all, no other
 *       process visible (the grader, the kernel, other students' JVMs);</li>
 *   <li>a read-only view of the system libraries, the JDK and the grader's jar (which holds the
 *       library) and nothing else: no shell, no instructor notebook, no output folder;</li>
 *   <li>an empty private home and /tmp (size-limited tmpfs, gone when the sandbox ends);</li>
 *   <li>limits: heap, metaspace, processes, file size, open files; everything inside is killed
 *       when the kernel that started it ends ({@code --die-with-parent}, PID namespace).</li>
 * </ul>
 * With {@code isolated == false} ({@code --no-sandbox}) the same JVM starts as a plain child process.
 *
 * @param jvm       the java executable (its JDK is made visible read-only)
 * @param jar       the jar holding the agent and the library
 * @param memoryMb  the agent's heap
 * @param uid       user id to switch to (when the grader is root), or null to stay as we are
 * @param isolated  false for --no-sandbox
 */
public record Sandbox(Path jvm, Path jar, int memoryMb, Integer uid, boolean isolated) {

    /** Debian's bubblewrap; the property lets tests play a machine without it. */
    static final String BWRAP = System.getProperty("nonlinear.bwrap", "/usr/bin/bwrap");
    static final String PRLIMIT = "/usr/bin/prlimit";
    static final String SETPRIV = "/usr/bin/setpriv";
    static final String HOME = "/home/student";
    static final long TMPFS_BYTES = 64L << 20;
    /** Above the tmpfs size: a full disk (an IOException) comes before the size signal that ends the JVM. */
    static final long MAX_FILE_BYTES = 128L << 20;
    static final int MAX_PROCESSES = 256; // threads count too: a JVM needs ~20
    static final int MAX_OPEN_FILES = 1024;

    /** The JDK's own shared libraries (libjli, libjvm's neighbours), beside its bin/java. */
    Path jdkLibraries() throws IOException {
        return jvm.toRealPath().getParent().getParent().resolve("lib");
    }

    /** The agent JVM: no jdk.unsupported (sun.misc.Unsafe), no attaching, no perf-data file. */
    List<String> javaCommand(Path socket) {
        return List.of(jvm.toString(),
                "-Xmx" + memoryMb + "m", "-XX:MaxMetaspaceSize=256m", "-XX:MaxDirectMemorySize=64m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+DisableAttachMechanism",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=/tmp", "-Duser.home=" + HOME,
                "--add-modules=jdk.incubator.vector",
                "--limit-modules=java.se,jdk.jshell,jdk.incubator.vector,jdk.charsets,jdk.localedata,jdk.zipfs",
                "-cp", jar.toString(), SandboxAgent.class.getName(), socket.toString());
    }

    /** The whole command line: limits, user switch, bwrap, java. */
    public List<String> command(Path socket, int processesAlreadyRunning) throws IOException {
        List<String> command = new ArrayList<>();
        if (!isolated) {
            command.addAll(javaCommand(socket));
            return command;
        }
        // prlimit's process limit counts every process of the user: when we stay our own user
        // (not root), leave room for those that already run.
        int processes = MAX_PROCESSES + (uid == null ? processesAlreadyRunning : 0);
        command.addAll(List.of(PRLIMIT, "--nproc=" + processes, "--fsize=" + MAX_FILE_BYTES, "--core=0",
                "--nofile=" + MAX_OPEN_FILES, "--"));
        if (uid != null) {
            command.addAll(List.of(SETPRIV, "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs", "--"));
        }
        command.add(BWRAP);
        command.addAll(List.of("--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
                "--hostname", "sandbox", "--clearenv",
                "--setenv", "HOME", HOME, "--setenv", "LANG", "C.UTF-8", "--setenv", "PATH", "/usr/bin",
                "--setenv", "LD_LIBRARY_PATH", jdkLibraries().toString()));
        // No /proc: through /proc/self/fd (and /dev/fd) the student's code could write into the
        // socket to the kernel and forge its replies. Without /proc the JVM needs LD_LIBRARY_PATH
        // to find libjli (the loader resolves $ORIGIN through /proc/self/exe).
        // The empty folders first: the grader's own files may live under /tmp, and a tmpfs mounted
        // after them would hide the jar and the socket.
        command.addAll(List.of("--dev", "/dev",
                "--size", Long.toString(TMPFS_BYTES), "--tmpfs", "/tmp",
                "--size", Long.toString(TMPFS_BYTES), "--tmpfs", HOME));
        for (Path path : readOnlyPaths(socket)) {
            command.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        for (String link : List.of("/lib", "/lib64", "/bin")) {
            Path path = Path.of(link);
            if (Files.isSymbolicLink(path)) { // merged /usr: /lib -> usr/lib
                command.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), link));
            }
        }
        command.addAll(List.of("--chdir", HOME, "--"));
        command.addAll(javaCommand(socket));
        return command;
    }

    /**
     * What the agent may read: shared libraries, fonts (charts), the JDK with whatever its
     * symbolic links point at (Debian keeps its configuration in /etc/java-17-openjdk), the jar,
     * and the folder holding the socket.
     */
    Set<Path> readOnlyPaths(Path socket) throws IOException {
        Set<Path> paths = new TreeSet<>();
        for (String system : List.of("/usr/lib", "/usr/lib64", "/usr/share/fonts", "/usr/share/fontconfig",
                "/etc/fonts", "/etc/ld.so.cache")) {
            if (Files.exists(Path.of(system))) {
                paths.add(Path.of(system));
            }
        }
        Path home = jvm.toRealPath().getParent().getParent();
        paths.add(home);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isSymbolicLink(file) && Files.exists(file)) {
                    Path target = file.toRealPath();
                    Path folder = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : target.getParent();
                    paths.add(folder);
                }
            }
        }
        paths.add(jar.toRealPath().getParent());
        paths.add(socket.getParent());
        // A folder inside another one already bound is visible through it.
        Set<Path> outermost = new TreeSet<>();
        for (Path path : paths) {
            if (paths.stream().noneMatch(other -> !other.equals(path) && path.startsWith(other))) {
                outermost.add(path);
            }
        }
        return outermost;
    }

    /**
     * Null when sandboxes can be made here; otherwise why not.
     *
     * @param uid the user the sandboxes will run as (when the grader is root), or null
     */
    public static String unavailableBecause(Integer uid) {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return "the sandbox needs Linux (bubblewrap); this is " + System.getProperty("os.name");
        }
        if (!Files.isExecutable(Path.of(BWRAP))) {
            return BWRAP + " is missing: install Debian's bubblewrap (sudo apt-get install -y bubblewrap)";
        }
        for (String tool : List.of(PRLIMIT, SETPRIV)) {
            if (!Files.isExecutable(Path.of(tool))) {
                return tool + " is missing (Debian's util-linux)";
            }
        }
        try {
            List<String> probeCommand = new ArrayList<>();
            if (uid != null) {
                probeCommand.addAll(List.of(SETPRIV, "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
            }
            probeCommand.addAll(List.of(BWRAP, "--unshare-all", "--unshare-user", "--die-with-parent",
                    "--ro-bind", "/", "/", "--", "/bin/true"));
            Process probe = new ProcessBuilder(probeCommand).redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!probe.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || probe.exitValue() != 0) {
                probe.destroyForcibly();
                return "bwrap cannot create a sandbox here (user namespaces disabled?): " + output.strip();
            }
        } catch (IOException e) {
            return "bwrap cannot start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }
}
