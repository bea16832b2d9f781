package dev.nonlinear.grader;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.nonlinear.grader.Submissions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile submissions of assignment 01, one per kind of attack on the grader, graded in one run
 * beside an honest student. Each must get the score its real answers earn, with the status and
 * reason the gradebook should show; the honest row must be untouched, and afterwards nothing a
 * submission started may still run and no temporary folder may be left.
 */
class AdversarialIT {
    /** Wrong values, but a derivative consistent with them: the gradient checks pass (2 + 2 points). */
    private static final List<String> WRONG = List.of("return 0;", "return 0;");
    private static final List<String> ELU_WRONG_SLOPE = List.of(ELU.get(0), "return x > 0 ? 1 : alpha;");

    @TempDir
    Path temp;

    @Test
    void hostileSubmissionsGetWhatTheirAnswersEarn() throws Exception {
        Path instructor = instructor();
        JsonObject student = released(temp);
        Path submitted = temp.resolve("submitted");
        Path out = temp.resolve("graded");
        Set<Path> tempFoldersBefore = gradingTempFolders();

        try (ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = listen(listener);
            int port = listener.getLocalPort();

            save(submitted, "honest", solved(student, LEAKY, ELU));

            // Full marks by shadowing what a test cell uses: a kit class, a JDK class, an exception.
            save(submitted, "shadow-gradientcheck", withCellAfter(solved(student, LEAKY, ELU_WRONG_SLOPE), "leaky_relu", """
                    class GradientCheck {
                        record Result(boolean passed) { }
                        static Result check(Object activation, double... points) { return new Result(true); }
                    }"""));
            save(submitted, "shadow-math", withCellAfter(solved(student, List.of("return x > 0 ? x : 0.0;", LEAKY.get(1)), ELU),
                    "leaky_relu", """
                    class Math {
                        static double abs(double x) { return 0; }
                        static double exp(double x) { return java.lang.Math.exp(x); }
                    }"""));
            save(submitted, "shadow-assertionerror", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    class AssertionError extends RuntimeException {
                        AssertionError(String message) { super(message); Thread.currentThread().stop(); }
                    }"""));
            // A test that is cut short without an exception the kernel can report.
            save(submitted, "thread-stop", solved(student,
                    List.of("if (x < 0) Thread.currentThread().stop();\n        return x;", LEAKY.get(1)), ELU));
            save(submitted, "evil-exception", solved(student,
                    List.of("if (x < 0) throw new Evil();\n        return x;", LEAKY.get(1)), ELU));
            prepend(submitted.resolve("evil-exception"), "leaky_relu", """
                    class Evil extends RuntimeException {
                        @Override public String getMessage() { throw new IllegalStateException("no message"); }
                        @Override public String toString() { throw new IllegalStateException("no text"); }
                    }
                    """);
            // Reaching the kernel or JShell's machinery from inside.
            save(submitted, "reflection", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    String report = "";
                    try { Class.forName("sun.misc.Unsafe"); report += "unsafe "; } catch (Throwable t) { report += "no-unsafe "; }
                    try {
                        var m = Class.forName("jdk.jshell.execution.DirectExecutionControl").getDeclaredMethod("clientCodeEnter");
                        m.setAccessible(true);
                        report += "jshell-open";
                    } catch (Throwable t) { report += "jshell-closed"; }
                    System.out.println(report);"""));
            // Reading what only the grader may read; writing what only the grader may write.
            save(submitted, "read-secrets", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    var found = new ArrayList<String>();
                    for (String file : List.of("%s", "%s")) {
                        try { Files.readString(Path.of(file)); found.add(file); } catch (Exception e) { }
                    }
                    try (var procs = Files.list(Path.of("/proc"))) {
                        for (Path p : (Iterable<Path>) procs::iterator) {
                            try {
                                for (String word : Files.readString(p.resolve("cmdline")).split("\\u0000")) {
                                    if (word.endsWith(".ipynb") || word.endsWith(".json") || word.endsWith(".py")) found.add(word);
                                }
                            } catch (Exception e) { }
                        }
                    } catch (Exception noProc) { }
                    for (String dir : List.of("/tmp", "/run", "/root", "/home")) {
                        try (var files = Files.walk(Path.of(dir), 4)) {
                            files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".ipynb")).forEach(f -> found.add(f.toString()));
                        } catch (Exception e) { }
                    }
                    System.out.println("FOUND " + found);""".formatted(instructor, temp.resolve("release").resolve(NAME))));
            // The kernel itself reads files for %load: not while grading.
            Path readSecrets = submitted.resolve("read-secrets");
            save(submitted, "read-secrets", withCellAfter(read(readSecrets.resolve(NAME)), "leaky_relu", "%load " + instructor));
            save(submitted, "write-results", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    var wrote = new ArrayList<String>();
                    for (String file : List.of("%1$s/gradebook.csv", "%1$s/results/honest.json", "%1$s/feedback/honest.html", "%1$s/planted.txt")) {
                        try { Files.writeString(Path.of(file), "forged"); wrote.add(file); } catch (Exception e) { }
                    }
                    System.out.println("WROTE " + wrote);""".formatted(out)));
            // Killing the grader, other kernels; processes that outlive grading; the network.
            save(submitted, "kill", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    long me = ProcessHandle.current().pid();
                    ProcessHandle.allProcesses().filter(p -> p.pid() != me).forEach(p -> p.destroyForcibly());
                    for (long pid = 2; pid < 5000; pid++) ProcessHandle.of(pid).ifPresent(p -> { if (p.pid() != me) p.destroyForcibly(); });
                    System.out.println("killed what I could see");"""));
            save(submitted, "outlive", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    Files.writeString(Path.of("/tmp/Sleeper.java"), "class Sleeper { public static void main(String[] a) throws Exception { Thread.sleep(600_000); } }");
                    new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx32m", "/tmp/Sleeper.java").start();
                    Thread.sleep(3000);
                    System.out.println("sleeper started");"""));
            // Forging the kernel's replies: write into the socket to the kernel through /proc/self/fd.
            save(submitted, "forge-replies", withCellAfter(solved(student, LEAKY, ELU), "leaky_relu", """
                    int opened = 0;
                    for (String folder : List.of("/proc/self/fd/", "/dev/fd/")) {
                        for (int fd = 0; fd < 64; fd++) {
                            try (var out = new java.io.FileOutputStream(folder + fd)) {
                                out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                                opened++;
                            } catch (Exception e) {
                                // not reachable
                            }
                        }
                    }
                    System.out.println("descriptors written: " + opened);"""));
            save(submitted, "network", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    try (var socket = new java.net.Socket()) {
                        socket.connect(new java.net.InetSocketAddress("127.0.0.1", %d), 2000);
                        System.out.println("CONNECTED");
                    } catch (Exception e) {
                        System.out.println("no network: " + e.getClass().getSimpleName());
                    }""".formatted(port)));
            // Outputs too large to keep; resources exhausted.
            JsonObject huge = withCellAfter(solved(student, LEAKY, ELU), "test_elu_gradient",
                    "for (int i = 0; i < 300_000; i++) System.out.println(\"z\".repeat(60));");
            huge = withCellAfter(huge, "test_elu_gradient", "\"x\".repeat(30_000_000)");
            huge = withCellAfter(huge, "test_elu_gradient", "throw new RuntimeException(\"y\".repeat(30_000_000));");
            save(submitted, "huge-output", huge);
            save(submitted, "memory", withCellAfter(solved(student, WRONG, WRONG), "leaky_relu", """
                    var hog = new ArrayList<long[]>();
                    while (true) hog.add(new long[10_000_000]);"""));
            save(submitted, "disk", withCellAfter(solved(student, LEAKY, ELU), "test_elu_gradient", """
                    long written = 0;
                    try (var file = new FileOutputStream("/tmp/fill")) {
                        byte[] block = new byte[1 << 20];
                        while (written < 1L << 30) { file.write(block); written += block.length; }
                        System.out.println("wrote 1 GB");
                    } catch (IOException e) {
                        System.out.println("disk limit reached after " + (written >> 20) + " MB");
                    }"""));

            Output grade = cli("grade", instructor.toString(), submitted.toString(), out.toString(),
                    "--timeout", "90", "--parallel", "2", "--memory", "512", "--hide-hidden-tests");
            System.out.println(grade.text());
            assertEquals(0, grade.exit(), grade.text());
            assertEquals(0, connections.get(), "a submission reached a socket outside its sandbox");
        }

        Map<String, Map<String, String>> book = gradebook(out.resolve("gradebook.csv"));
        assertEquals(16, book.size(), book.keySet().toString());
        expect(book, "honest", "8", "ok", "");
        expect(book, "shadow-gradientcheck", "2", "tampering", "tampering: declares GradientCheck");
        assertEquals("0", book.get("shadow-gradientcheck").get("test_leaky_relu_gradient"));
        expect(book, "shadow-math", "2", "tampering", "tampering: declares Math");
        expect(book, "shadow-assertionerror", "0", "tampering", "tampering: declares AssertionError");
        expect(book, "thread-stop", "4", "ok", "");
        expect(book, "evil-exception", "4", "ok", "");
        expect(book, "reflection", "4", "ok", "");
        expect(book, "read-secrets", "4", "ok", "");
        expect(book, "write-results", "4", "ok", "");
        // It sees only its own sandbox; the thread ids it finds there are its own JVM's.
        expect(book, "kill", "4", "ok", ""); // it sees no process: no /proc, a PID namespace of its own
        expect(book, "forge-replies", "8", "ok", "");
        expect(book, "outlive", "4", "ok", "");
        expect(book, "network", "4", "ok", "");
        expect(book, "huge-output", "8", "ok", "");
        expect(book, "memory", "0", "kernel died", "kernel died");
        expect(book, "disk", "8", "ok", "");

        // In the sandbox, Thread.stop is an exception like any other (JShell's local engine would
        // have reported the cell as finished).
        assertTrue(feedback(out, "thread-stop").contains("ThreadDeath"), feedback(out, "thread-stop"));
        assertTrue(output(out, "reflection").contains("no-unsafe jshell-closed"), output(out, "reflection"));
        assertTrue(output(out, "read-secrets").contains("FOUND []"), output(out, "read-secrets"));
        String readSecrets = Files.readString(out.resolve("graded/read-secrets").resolve(NAME));
        assertTrue(readSecrets.contains("%load is not available here"), readSecrets);
        assertFalse(readSecrets.contains("BEGIN SOLUTION"), "the instructor's notebook leaked");
        assertTrue(output(out, "write-results").contains("WROTE []"), output(out, "write-results"));
        assertTrue(output(out, "network").contains("no network"), output(out, "network"));
        assertTrue(output(out, "forge-replies").contains("descriptors written: 0"), output(out, "forge-replies"));
        assertTrue(output(out, "disk").contains("disk limit reached"), output(out, "disk"));
        assertFalse(Files.exists(out.resolve("planted.txt")));
        assertFalse(feedback(out, "honest").contains("forged"));
        for (String name : List.of("feedback/huge-output.html", "graded/huge-output/" + NAME)) {
            long size = Files.size(out.resolve(name));
            assertTrue(size < 10_000_000, name + " is " + size + " bytes");
        }
        for (String name : book.keySet()) { // --hide-hidden-tests: no page shows a hidden test
            assertFalse(feedback(out, name).contains("ELU(-50)"), name + "'s page shows a hidden test");
        }

        List<String> leftovers = ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains("SandboxAgent") || line.contains("GradingKernel") || line.contains("Sleeper")
                        || line.contains("bwrap"))
                .collect(Collectors.toList());
        assertEquals(List.of(), leftovers, "processes left running");
        Set<Path> left = gradingTempFolders();
        left.removeAll(tempFoldersBefore);
        assertEquals(Set.of(), left, "temporary folders left behind");
    }

    /** Accepts (and counts) connections until the socket is closed. */
    private static AtomicInteger listen(ServerSocket listener) {
        AtomicInteger count = new AtomicInteger();
        Thread thread = new Thread(() -> {
            while (!listener.isClosed()) {
                try (var ignored = listener.accept()) {
                    count.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (java.io.IOException e) {
                    return;
                }
            }
        }, "listener");
        thread.setDaemon(true);
        thread.start();
        return count;
    }

    private static Set<Path> gradingTempFolders() throws java.io.IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("nonlinear-grading-"))
                    .collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }
}
