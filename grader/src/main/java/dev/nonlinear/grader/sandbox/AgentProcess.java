package dev.nonlinear.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The sandbox's process, started from a thread that lives as long as it does. Why a thread of its
 * own: bwrap's {@code --die-with-parent} kills the sandbox when the <em>thread</em> that started
 * it ends (Linux's parent-death signal follows the creating thread), not only the process.
 */
final class AgentProcess {
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private final Path log;
    private volatile Process process;

    private AgentProcess(Path log) {
        this.log = log;
    }

    static AgentProcess start(List<String> command, Path log) throws IOException {
        AgentProcess agent = new AgentProcess(log);
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread owner = new Thread(() -> {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                agent.process = process;
                started.complete(process);
                process.waitFor();
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                agent.exited.complete(null);
            }
        }, "sandbox-owner");
        owner.setDaemon(true);
        owner.start();
        try {
            started.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IOException("cannot start the sandbox (" + command.get(0) + "): " + e.getCause().getMessage(), e.getCause());
        }
        return agent;
    }

    CompletableFuture<Void> exited() {
        return exited;
    }

    void kill() {
        Process p = process;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** The last lines the sandbox printed (JVM start-up errors, bwrap's complaints). */
    String logTail() {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - 2000);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).strip().lines().toList();
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /**
     * How many threads this user runs now: the process limit (RLIMIT_NPROC) counts every thread of
     * every process of the user, so a sandbox that keeps our user must get room above these.
     */
    static int processesOfThisUser() {
        try (var entries = Files.list(Path.of("/proc"))) {
            String uid = field(statusOf(Path.of("/proc/self")), "Uid:");
            return entries.filter(entry -> entry.getFileName().toString().matches("\\d+"))
                    .mapToInt(process -> {
                        try {
                            Map<String, String> status = statusOf(process); // one read: the process may end any time
                            return uid.equals(field(status, "Uid:")) ? Integer.parseInt(field(status, "Threads:")) : 0;
                        } catch (IOException | RuntimeException ended) {
                            return 0; // the process ended meanwhile
                        }
                    }).sum();
        } catch (IOException | RuntimeException e) {
            return 4096; // cannot tell: leave plenty of room
        }
    }

    /** A process's {@code /proc/PID/status}: each line's name and first value, e.g. "Uid:" → "1000" from {@code "Uid:\t1000\t1000\t1000\t1000"}. */
    private static Map<String, String> statusOf(Path process) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(process.resolve("status"))) {
            String[] words = line.split("\\s+");
            if (words.length > 1) {
                fields.putIfAbsent(words[0], words[1]);
            }
        }
        return fields;
    }

    private static String field(Map<String, String> status, String name) throws IOException {
        String value = status.get(name);
        if (value == null) {
            throw new IOException("/proc status without a " + name + " line");
        }
        return value;
    }
}
