package dev.nonlinear.grader;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grades every submission of one assignment: {@code SUBMISSIONS/<student>/<name>.ipynb}, where
 * {@code <name>.ipynb} is the instructor notebook's file name. Writes into OUT:
 * <pre>
 *   gradebook.csv                 student,total,max,&lt;grade_id&gt;...,status,reason
 *   feedback/&lt;student&gt;.html       the executed notebook with the score of every graded cell
 *   graded/&lt;student&gt;/&lt;name&gt;.ipynb  the executed notebook
 *   results/&lt;student&gt;.json       what the gradebook is made of; a re-run skips students whose
 *                                 submission and instructor notebook are unchanged
 * </pre>
 * Each submission runs in its own Python process (nbclient) with a fresh grading kernel, whose
 * cells run in a sandboxed JVM of their own ({@link dev.nonlinear.grader.sandbox.Sandbox}), under a
 * wall-clock limit; a submission that fails in any way is recorded, never fatal. Scores come only
 * from what the kernel replied to the grader's own client: the sandbox sees none of the files here.
 */
final class Grader {
    static final String KERNEL_NAME = "nonlinear-grading";

    final Path instructorFile;
    final Path submissions;
    final Path out;
    boolean force;
    /** Feedback shows hidden tests' results but not their code (nbgrader shows both). */
    boolean hideHiddenTests;
    int timeoutSeconds = 300;
    int memoryMb = 1024;
    int parallel = 1;
    /** False with --no-sandbox: the submission's JVM runs as a plain process of ours (trusted code only). */
    boolean sandboxed = true;
    String python = System.getenv().getOrDefault("NONLINEAR_PYTHON", "/usr/bin/python3");
    PrintStream log = System.out;

    private NotebookFile instructor;
    private NotebookFile released;
    private String instructorHash;
    private List<Cell> gradedCells;
    private Path jupyterPath;
    private Path helper;
    private Path runtime;
    private Path sockets;
    private Path privateRoot;
    private Tampering tampering;
    private final java.util.concurrent.BlockingQueue<Integer> slots = new java.util.concurrent.LinkedBlockingQueue<>();
    private final boolean root = isRoot();
    /** When the grader runs as root, slot k's sandbox runs as this user id + k (unprivileged, its own limits). */
    static final int SANDBOX_UID_BASE = 2_100_000_000;

    Grader(Path instructorFile, Path submissions, Path out) {
        this.instructorFile = instructorFile.toAbsolutePath().normalize();
        this.submissions = submissions.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
    }


    /** Grades all submissions; returns the gradebook file. */
    Path run() throws IOException, InterruptedException {
        if (sandboxed) {
            String why = dev.nonlinear.grader.sandbox.Sandbox.unavailableBecause(root ? SANDBOX_UID_BASE : null);
            if (why != null) {
                throw new IOException("cannot grade in a sandbox: " + why + "\n"
                        + "Student code would run with your rights. Only for code you trust: grade --no-sandbox");
            }
        }
        instructor = NotebookFile.read(instructorFile);
        released = Assignment.release(instructor);
        instructorHash = Assignment.sha256(Files.readAllBytes(instructorFile));
        gradedCells = instructor.cells().stream().filter(Cell::isGraded).collect(Collectors.toList());
        Files.createDirectories(out.resolve("results"));

        Map<String, Path> students = findSubmissions();
        log.printf("%d submissions in %s%n", students.size(), submissions);
        Map<String, GradeResult> results = new TreeMap<>();
        Map<String, Path> toGrade = new TreeMap<>();
        for (Map.Entry<String, Path> entry : students.entrySet()) {
            GradeResult previous = force ? null : previousResult(entry.getKey(), entry.getValue());
            if (previous != null) {
                results.put(entry.getKey(), previous);
                log.printf("skip  %s: already graded (%s/%s, %s); --force grades again%n", entry.getKey(),
                        GradeResult.number(previous.total), GradeResult.number(previous.max), previous.status);
            } else {
                toGrade.put(entry.getKey(), entry.getValue());
            }
        }
        Path temporary = Files.createTempDirectory("nonlinear-grading-");
        for (int slot = 0; slot < Math.max(1, parallel); slot++) {
            slots.add(slot);
        }
        try {
            if (!toGrade.isEmpty()) {
                setUpKernel(temporary);
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
            try {
                List<Future<GradeResult>> futures = new ArrayList<>();
                for (Map.Entry<String, Path> entry : toGrade.entrySet()) {
                    futures.add(pool.submit(() -> {
                        GradeResult result = gradeSafely(entry.getKey(), entry.getValue());
                        synchronized (results) {
                            results.put(result.student, result);
                            writeGradebook(results);
                        }
                        log.printf("graded %s: %s/%s %s%s (%.1f s)%n", result.student, GradeResult.number(result.total),
                                GradeResult.number(result.max), result.status, result.reason.isEmpty() ? "" : " - " + result.reason,
                                result.seconds);
                        return result;
                    }));
                }
                for (Future<GradeResult> future : futures) {
                    try {
                        future.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("grading failed", e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            if (tampering != null) {
                tampering.close();
            }
            if (System.getenv("NONLINEAR_GRADING_KEEP_TEMP") == null) { // set it to debug the grader itself
                deleteTree(temporary);
            }
        }
        synchronized (results) {
            return writeGradebook(results);
        }
    }

    /** Student name to submitted notebook: one folder per student, holding the assignment's file. */
    Map<String, Path> findSubmissions() throws IOException {
        if (!Files.isDirectory(submissions)) {
            throw new IOException(submissions + " is not a folder");
        }
        Map<String, Path> students = new TreeMap<>();
        try (Stream<Path> entries = Files.list(submissions)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && !name.startsWith(".")) {
                    students.put(name, entry.resolve(instructorFile.getFileName().toString()));
                }
            }
        }
        return students;
    }

    private GradeResult previousResult(String student, Path submission) {
        Path file = resultFile(student);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            GradeResult previous = NotebookFile.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), GradeResult.class);
            String hash = Files.isRegularFile(submission) ? Assignment.sha256(Files.readAllBytes(submission)) : "missing";
            boolean sameFeedback = previous != null && previous.hiddenTestsHidden == hideHiddenTests
                    && previous.sandboxed == sandboxed;
            return sameFeedback && hash.equals(previous.submissionHash) && instructorHash.equals(previous.instructorHash)
                    ? previous : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: grade again
        }
    }

    private Path resultFile(String student) {
        return out.resolve("results").resolve(student + ".json");
    }

    /** Grades one submission; any failure becomes the result's status, never an exception. */
    GradeResult gradeSafely(String student, Path submission) {
        long start = System.nanoTime();
        GradeResult result = new GradeResult();
        result.student = student;
        result.instructorHash = instructorHash;
        result.hiddenTestsHidden = hideHiddenTests;
        result.sandboxed = sandboxed;
        for (Cell cell : gradedCells) {
            result.scores.put(cell.gradeId(), 0.0);
            result.max += cell.points();
        }
        Integer slot = null;
        try {
            slot = slots.take();
            grade(submission, slot, result);
        } catch (Exception e) {
            result.status = "failed";
            result.reason = join(result.reason, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (slot != null) {
                killLeftovers(slot);
                slots.add(slot);
            }
        }
        if (!sandboxed) {
            result.reason = join(result.reason, "graded without a sandbox (--no-sandbox)");
        }
        result.total = result.scored();
        result.seconds = (System.nanoTime() - start) / 1e9;
        try {
            NotebookFile.writeAtomically(resultFile(student), NotebookFile.GSON.toJson(result) + "\n");
        } catch (IOException e) {
            log.println("could not write the result of " + student + ": " + e.getMessage());
        }
        return result;
    }

    private void grade(Path submission, int slot, GradeResult result) throws IOException, InterruptedException {
        Path feedback = out.resolve("feedback").resolve(result.student + ".html");
        if (!Files.isRegularFile(submission)) {
            result.submissionHash = "missing";
            result.status = "missing";
            result.reason = "no " + submission.getFileName() + " in " + submission.getParent().getFileName() + "/";
            NotebookFile.writeAtomically(feedback, FeedbackPage.html(result, null, gradedCells));
            return;
        }
        result.submissionHash = Assignment.sha256(Files.readAllBytes(submission));
        NotebookFile student;
        try {
            student = NotebookFile.read(submission);
        } catch (IOException e) {
            result.status = "corrupt file";
            result.reason = e.getMessage();
            NotebookFile.writeAtomically(feedback, FeedbackPage.html(result, null, gradedCells));
            return;
        }
        String kernel = student.kernelName();
        if (!"java".equals(kernel)) {
            result.reason = join(result.reason, "notebook asked for kernel '" + kernel + "'; ran with the Java kernel");
        }
        Merge merge = Merge.of(instructor, released, student);
        merge.notes.forEach(note -> result.reason = join(result.reason, note));
        NotebookFile merged = merge.notebook;
        merged.setKernel(KERNEL_NAME, "Java (Nonlinear grading)");
        Map<String, Set<String>> tampered;
        synchronized (this) { // one parser for all submissions; it is not thread-safe
            if (tampering == null) {
                tampering = new Tampering();
            }
            tampered = tampering.check(merged, merge.studentCells, instructor);
        }

        // Everything of this submission's run stays in the grader's private folder: the sandbox
        // sees only the socket folder, which belongs to its user.
        Path work = Files.createTempDirectory(privateRoot, "submission-");
        Path socketDir = Files.createTempDirectory(sockets, "s-");
        if (root && sandboxed) {
            Files.setAttribute(socketDir, "unix:uid", SANDBOX_UID_BASE + slot);
            Files.setAttribute(socketDir, "unix:gid", SANDBOX_UID_BASE + slot);
        }
        Path input = work.resolve("input.ipynb");
        Path executed = work.resolve("executed.ipynb");
        Path status = work.resolve("status.json");
        Path kernelDir = Files.createDirectories(work.resolve("kernel"));
        merged.write(input);
        List<String> command = List.of(python, helper.toString(), input.toString(), executed.toString(), status.toString(),
                "--kernel", KERNEL_NAME, "--timeout", Integer.toString(timeoutSeconds),
                "--cwd", kernelDir.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("helper.log").toFile());
        builder.environment().put("JUPYTER_PATH", jupyterPath.toString());
        builder.environment().put("JUPYTER_RUNTIME_DIR", work.resolve("runtime").toString()); // connection files
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("NONLINEAR_SANDBOX_SOCKETS", socketDir.toString());
        builder.environment().put("NONLINEAR_SANDBOX_LOG", work.resolve("sandbox.log").toString());
        if (root && sandboxed) {
            builder.environment().put("NONLINEAR_SANDBOX_UID", Integer.toString(SANDBOX_UID_BASE + slot));
        } else {
            builder.environment().remove("NONLINEAR_SANDBOX_UID");
        }
        Process process = builder.start();
        // The helper enforces the limit itself; this is the backstop (kernel start-up, a hung client).
        boolean done = process.waitFor(timeoutSeconds + 120L, TimeUnit.SECONDS);
        if (!done) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        NotebookFile ran = Files.isRegularFile(executed) ? readOrNull(executed) : null;
        Set<Integer> executedCells = new HashSet<>();
        Map<Integer, String> replies = new java.util.HashMap<>();
        if (Files.isRegularFile(status)) {
            JsonObject summary = new JsonParser().parse(Files.readString(status, StandardCharsets.UTF_8)).getAsJsonObject();
            String state = JsonFields.string(summary, "status");
            if (!"ok".equals(state)) {
                result.status = state;
                result.reason = join(JsonFields.string(summary, "reason"), result.reason);
            }
            for (JsonElement index : summary.getAsJsonArray("executed")) {
                executedCells.add(index.getAsInt());
            }
            JsonObject statuses = JsonFields.object(summary, "replies");
            if (statuses != null) {
                statuses.entrySet().forEach(e -> replies.put(Integer.valueOf(e.getKey()), e.getValue().getAsString()));
            }
        } else {
            result.status = done ? "failed" : "timeout";
            result.reason = join(done ? "the grading helper failed: " + tail(work.resolve("helper.log"))
                    : "no result within " + (timeoutSeconds + 120) + " s; killed", result.reason);
        }
        NotebookFile scored = ran != null ? ran : merged;
        List<Cell> cells = scored.cells();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String id = cell.gradeId();
            if (id == null || !result.scores.containsKey(id) || !cell.isGraded()) {
                continue;
            }
            String failure = !executedCells.contains(i) ? "not run" : cell.failure();
            if (failure == null && !"ok".equals(replies.get(i))) {
                // The kernel's own verdict: "error" or "aborted" without an error shown, or no reply.
                failure = "the cell did not finish (" + replies.getOrDefault(i, "no reply") + ")";
            }
            if (tampered.containsKey(id)) {
                failure = "tampering: declares " + String.join(", ", tampered.get(id));
            }
            Cell instructorCell = gradedCells.stream().filter(c -> id.equals(c.gradeId())).findFirst().orElseThrow();
            result.scores.put(id, failure == null ? instructorCell.points() : 0.0);
            if (failure != null) {
                failures.put(id, failure);
            }
        }
        if (ran != null) {
            ran.setKernel("java", "Java (Nonlinear)");
            ran.write(out.resolve("graded").resolve(result.student).resolve(instructorFile.getFileName().toString()));
        }
        if (!tampered.isEmpty()) {
            Set<String> names = new java.util.TreeSet<>();
            tampered.values().forEach(names::addAll);
            result.status = "tampering";
            result.reason = join("tampering: declares " + String.join(", ", names), result.reason);
        }
        NotebookFile.writeAtomically(feedback, FeedbackPage.html(result, scored, gradedCells, failures, hideHiddenTests));
        if (System.getenv("NONLINEAR_GRADING_KEEP_TEMP") == null) {
            deleteTree(work);
            deleteTree(socketDir);
        }
    }

    /** Anything still running as the slot's user (there should be nothing: the sandbox kills its own). */
    private void killLeftovers(int slot) {
        if (!root || !sandboxed) {
            return;
        }
        String uid = Integer.toString(SANDBOX_UID_BASE + slot);
        ProcessHandle.allProcesses()
                .filter(p -> p.info().user().map(uid::equals).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static NotebookFile readOrNull(Path file) {
        try {
            return NotebookFile.read(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Lays out the temporary folder: {@code runtime/} (the grader's jar, readable by the sandbox's
     * user), {@code sockets/} (one folder per running submission, owned by its sandbox user) and
     * {@code private/} (the kernelspec, the notebook runner and each submission's files: only ours).
     */
    private void setUpKernel(Path temporary) throws IOException {
        setMode(temporary, "rwx--x--x");
        runtime = Files.createDirectories(temporary.resolve("runtime"));
        setMode(runtime, "rwxr-xr-x");
        Path jar = runtime.resolve("nonlinear-grader.jar");
        Files.copy(ownJar(), jar);
        setMode(jar, "rw-r--r--");
        sockets = Files.createDirectories(temporary.resolve("sockets"));
        setMode(sockets, "rwx--x--x");
        privateRoot = Files.createDirectories(temporary.resolve("private"));
        setMode(privateRoot, "rwx------");

        jupyterPath = privateRoot.resolve("jupyter");
        Path kernelJson = jupyterPath.resolve("kernels").resolve(KERNEL_NAME).resolve("kernel.json");
        Files.createDirectories(kernelJson.getParent());
        JsonObject spec = new JsonObject();
        JsonArray argv = new JsonArray();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-cp", jar.toString(), "dev.nonlinear.grader.sandbox.GradingKernel",
                "--memory", Integer.toString(memoryMb)).forEach(argv::add);
        if (!sandboxed) {
            argv.add("--no-sandbox");
        }
        argv.add("{connection_file}");
        spec.add("argv", argv);
        spec.addProperty("display_name", "Java (Nonlinear grading)");
        spec.addProperty("language", "java");
        spec.addProperty("interrupt_mode", "message");
        Files.writeString(kernelJson, NotebookFile.GSON.toJson(spec), StandardCharsets.UTF_8);

        helper = privateRoot.resolve("grade_notebook.py");
        try (InputStream script = Grader.class.getResourceAsStream("/grading/grade_notebook.py")) {
            if (script == null) {
                throw new IOException("grade_notebook.py is missing from the grader jar");
            }
            Files.copy(script, helper);
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return false; // not Linux: no sandbox either
        }
    }

    private static void setMode(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
    }

    static Path ownJar() {
        try {
            Path location = Path.of(Grader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!location.toString().endsWith(".jar")) {
                throw new IllegalStateException("run the grader from the kernel jar, not from " + location);
            }
            return location;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes gradebook.csv atomically (one row per student, one line per row) and returns it. */
    Path writeGradebook(Map<String, GradeResult> results) throws IOException {
        Table book = Table.create("gradebook");
        List<String> header = new ArrayList<>(List.of("student", "total", "max"));
        gradedCells.forEach(cell -> header.add(cell.gradeId()));
        header.addAll(List.of("status", "reason"));
        header.forEach(name -> book.addColumns(StringColumn.create(name)));
        for (GradeResult result : results.values()) {
            List<String> row = new ArrayList<>(List.of(result.student, GradeResult.number(result.total), GradeResult.number(result.max)));
            gradedCells.forEach(cell -> row.add(GradeResult.number(result.scores.getOrDefault(cell.gradeId(), 0.0))));
            row.add(result.status);
            row.add(result.reason);
            for (int column = 0; column < row.size(); column++) {
                book.stringColumn(column).append(oneLine(row.get(column)));
            }
        }
        StringWriter csv = new StringWriter();
        book.write().csv(CsvWriteOptions.builder(csv).quoteAllFields(true).build()); // RFC 4180 for any name
        Path gradebook = out.resolve("gradebook.csv");
        NotebookFile.writeAtomically(gradebook, csv.toString());
        return gradebook;
    }

    /** Spreadsheets and scripts read a gradebook a line per student. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replace("\r", " ").replace("\n", " ");
    }


    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + "; " + b;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
