package dev.nonlinear.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        int threads = 0;
        String uid = null;
        try {
            uid = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Uid:"))
                    .map(l -> l.split("\\s+")[1]).findFirst().orElse(null);
            try (var entries = Files.list(Path.of("/proc"))) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (!entry.getFileName().toString().matches("\\d+")) {
                        continue;
                    }
                    try {
                        String owner = null;
                        int count = 0;
                        for (String line : Files.readAllLines(entry.resolve("status"))) {
                            if (line.startsWith("Uid:")) {
                                owner = line.split("\\s+")[1];
                            } else if (line.startsWith("Threads:")) {
                                count = Integer.parseInt(line.split("\\s+")[1]);
                            }
                        }
                        if (owner != null && owner.equals(uid)) {
                            threads += count;
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // the process ended meanwhile
                    }
                }
            }
        } catch (IOException e) {
            return 4096; // cannot tell: leave plenty of room
        }
        return threads;
    }
}
