package dev.nonlinear.kernel.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * Each submission runs in its own Python process with a fresh kernel (JVM heap limited by -Xmx),
 * under a wall-clock limit; a submission that fails in any way is recorded, never fatal.
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
    String python = System.getenv().getOrDefault("NONLINEAR_PYTHON", "/usr/bin/python3");
    PrintStream log = System.out;

    private Notebook instructor;
    private Notebook released;
    private String instructorHash;
    private List<JsonObject> gradedCells;
    private Path jupyterPath;
    private Path helper;

    Grader(Path instructorFile, Path submissions, Path out) {
        this.instructorFile = instructorFile.toAbsolutePath().normalize();
        this.submissions = submissions.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
    }

    /** One student's outcome, as stored in results/&lt;student&gt;.json. */
    static final class Result {
        String student;
        String status = "ok";
        String reason = "";
        double total;
        double max;
        Map<String, Double> scores = new LinkedHashMap<>();
        String submissionHash;
        String instructorHash;
        /** Whether the feedback page was written with --hide-hidden-tests (a change grades again). */
        boolean hiddenTestsHidden;
        double seconds;

        /** The points scored so far (stored as {@link #total} once grading ends). */
        double scored() {
            return scores.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Grades all submissions; returns the gradebook file. */
    Path run() throws IOException, InterruptedException {
        instructor = Notebook.read(instructorFile);
        released = Assignment.release(instructor);
        instructorHash = Assignment.sha256(Files.readAllBytes(instructorFile));
        gradedCells = instructor.cells().stream().filter(Notebook::isGraded).collect(Collectors.toList());
        Files.createDirectories(out.resolve("results"));

        Map<String, Path> students = findSubmissions();
        log.printf("%d submissions in %s%n", students.size(), submissions);
        Map<String, Result> results = new TreeMap<>();
        Map<String, Path> toGrade = new TreeMap<>();
        for (Map.Entry<String, Path> entry : students.entrySet()) {
            Result previous = force ? null : previousResult(entry.getKey(), entry.getValue());
            if (previous != null) {
                results.put(entry.getKey(), previous);
                log.printf("skip  %s: already graded (%s/%s, %s); --force grades again%n", entry.getKey(),
                        number(previous.total), number(previous.max), previous.status);
            } else {
                toGrade.put(entry.getKey(), entry.getValue());
            }
        }
        Path temporary = Files.createTempDirectory("nonlinear-grading-");
        try {
            if (!toGrade.isEmpty()) {
                setUpKernel(temporary);
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
            try {
                List<Future<Result>> futures = new ArrayList<>();
                for (Map.Entry<String, Path> entry : toGrade.entrySet()) {
                    futures.add(pool.submit(() -> {
                        Result result = gradeSafely(entry.getKey(), entry.getValue(), temporary);
                        synchronized (results) {
                            results.put(result.student, result);
                            writeGradebook(results);
                        }
                        log.printf("graded %s: %s/%s %s%s (%.1f s)%n", result.student, number(result.total),
                                number(result.max), result.status, result.reason.isEmpty() ? "" : " - " + result.reason,
                                result.seconds);
                        return result;
                    }));
                }
                for (Future<Result> future : futures) {
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
            deleteTree(temporary);
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

    private Result previousResult(String student, Path submission) {
        Path file = resultFile(student);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Result previous = Notebook.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Result.class);
            String hash = Files.isRegularFile(submission) ? Assignment.sha256(Files.readAllBytes(submission)) : "missing";
            boolean sameFeedback = previous != null && previous.hiddenTestsHidden == hideHiddenTests;
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
    Result gradeSafely(String student, Path submission, Path temporary) {
        long start = System.nanoTime();
        Result result = new Result();
        result.student = student;
        result.instructorHash = instructorHash;
        result.hiddenTestsHidden = hideHiddenTests;
        for (JsonObject cell : gradedCells) {
            result.scores.put(Notebook.gradeId(cell), 0.0);
            result.max += Notebook.points(cell);
        }
        try {
            grade(submission, temporary, result);
        } catch (Exception e) {
            result.status = "failed";
            result.reason = join(result.reason, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        result.total = result.scored();
        result.seconds = (System.nanoTime() - start) / 1e9;
        try {
            Notebook.writeAtomically(resultFile(student), Notebook.GSON.toJson(result) + "\n");
        } catch (IOException e) {
            log.println("could not write the result of " + student + ": " + e.getMessage());
        }
        return result;
    }

    private void grade(Path submission, Path temporary, Result result) throws IOException, InterruptedException {
        Path feedback = out.resolve("feedback").resolve(result.student + ".html");
        if (!Files.isRegularFile(submission)) {
            result.submissionHash = "missing";
            result.status = "missing";
            result.reason = "no " + submission.getFileName() + " in " + submission.getParent().getFileName() + "/";
            Notebook.writeAtomically(feedback, Feedback.html(result, null, gradedCells));
            return;
        }
        result.submissionHash = Assignment.sha256(Files.readAllBytes(submission));
        Notebook student;
        try {
            student = Notebook.read(submission);
        } catch (IOException e) {
            result.status = "corrupt file";
            result.reason = e.getMessage();
            Notebook.writeAtomically(feedback, Feedback.html(result, null, gradedCells));
            return;
        }
        String kernel = student.kernelName();
        if (!"java".equals(kernel)) {
            result.reason = join(result.reason, "notebook asked for kernel '" + kernel + "'; ran with the Java kernel");
        }
        Merge merge = Merge.of(instructor, released, student);
        merge.notes.forEach(note -> result.reason = join(result.reason, note));
        Notebook merged = merge.notebook;
        merged.setKernel(KERNEL_NAME, "Java (Nonlinear grading)");

        Path work = Files.createTempDirectory(temporary, "submission-");
        Path input = work.resolve("input.ipynb");
        Path executed = work.resolve("executed.ipynb");
        Path status = work.resolve("status.json");
        merged.write(input);
        List<String> command = List.of(python, helper.toString(), input.toString(), executed.toString(), status.toString(),
                "--kernel", KERNEL_NAME, "--timeout", Integer.toString(timeoutSeconds),
                "--cwd", instructorFile.getParent().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("helper.log").toFile());
        builder.environment().put("JUPYTER_PATH", jupyterPath.toString());
        builder.environment().put("PYTHONUNBUFFERED", "1");
        Process process = builder.start();
        // The helper enforces the limit itself; this is the backstop (kernel start-up, a hung client).
        boolean done = process.waitFor(timeoutSeconds + 120L, TimeUnit.SECONDS);
        if (!done) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        Notebook ran = Files.isRegularFile(executed) ? readOrNull(executed) : null;
        Set<Integer> executedCells = new HashSet<>();
        if (Files.isRegularFile(status)) {
            JsonObject summary = new JsonParser().parse(Files.readString(status, StandardCharsets.UTF_8)).getAsJsonObject();
            String state = Notebook.string(summary, "status");
            if (!"ok".equals(state)) {
                result.status = state;
                result.reason = join(Notebook.string(summary, "reason"), result.reason);
            }
            for (JsonElement index : summary.getAsJsonArray("executed")) {
                executedCells.add(index.getAsInt());
            }
        } else {
            result.status = done ? "failed" : "timeout";
            result.reason = join(done ? "the grading helper failed: " + tail(work.resolve("helper.log"))
                    : "no result within " + (timeoutSeconds + 120) + " s; killed", result.reason);
        }
        Notebook scored = ran != null ? ran : merged;
        List<JsonObject> cells = scored.cells();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            JsonObject cell = cells.get(i);
            String id = Notebook.gradeId(cell);
            if (id == null || !result.scores.containsKey(id) || !Notebook.isGraded(cell)) {
                continue;
            }
            String failure = !executedCells.contains(i) ? "not run" : Notebook.failure(cell);
            JsonObject instructorCell = gradedCells.stream().filter(c -> id.equals(Notebook.gradeId(c))).findFirst().orElseThrow();
            result.scores.put(id, failure == null ? Notebook.points(instructorCell) : 0.0);
            if (failure != null) {
                failures.put(id, failure);
            }
        }
        if (ran != null) {
            ran.setKernel("java", "Java (Nonlinear)");
            ran.write(out.resolve("graded").resolve(result.student).resolve(instructorFile.getFileName().toString()));
        }
        Notebook.writeAtomically(feedback, Feedback.html(result, scored, gradedCells, failures, hideHiddenTests));
        deleteTree(work);
    }

    private static Notebook readOrNull(Path file) {
        try {
            return Notebook.read(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Installs the kernel into a temporary prefix as "nonlinear-grading", with -Xmx, and unpacks the helper. */
    private void setUpKernel(Path temporary) throws IOException, InterruptedException {
        Path jar = ownJar();
        Path prefix = temporary.resolve("prefix");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process install = new ProcessBuilder(java, "-cp", jar.toString(), "dev.nonlinear.kernel.Main", "install",
                "--prefix", prefix.toString(), "--name", KERNEL_NAME)
                .redirectErrorStream(true).redirectOutput(temporary.resolve("install.log").toFile()).start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IOException("could not install the grading kernel: " + tail(temporary.resolve("install.log")));
        }
        jupyterPath = prefix.resolve("share").resolve("jupyter");
        Path kernelJson = jupyterPath.resolve("kernels").resolve(KERNEL_NAME).resolve("kernel.json");
        JsonObject spec = new JsonParser().parse(Files.readString(kernelJson, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray argv = spec.getAsJsonArray("argv");
        JsonArray limited = new JsonArray();
        limited.add(argv.get(0));
        limited.add("-Xmx" + memoryMb + "m");
        limited.add("-XX:+ExitOnOutOfMemoryError"); // out of memory ends the kernel: "kernel died", not a hang
        for (int i = 1; i < argv.size(); i++) {
            limited.add(argv.get(i));
        }
        spec.add("argv", limited);
        spec.addProperty("display_name", "Java (Nonlinear grading)");
        Files.writeString(kernelJson, Notebook.GSON.toJson(spec), StandardCharsets.UTF_8);

        helper = temporary.resolve("grade_notebook.py");
        try (InputStream script = Grader.class.getResourceAsStream("/grading/grade_notebook.py")) {
            if (script == null) {
                throw new IOException("grade_notebook.py is missing from the kernel jar");
            }
            Files.copy(script, helper);
        }
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

    /** Writes gradebook.csv atomically and returns it. */
    Path writeGradebook(Map<String, Result> results) throws IOException {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student", "total", "max"));
        gradedCells.forEach(cell -> header.add(Notebook.gradeId(cell)));
        header.addAll(List.of("status", "reason"));
        csv.append(header.stream().map(Grader::csvField).collect(Collectors.joining(","))).append('\n');
        for (Result result : results.values()) {
            List<String> row = new ArrayList<>(List.of(result.student, number(result.total), number(result.max)));
            gradedCells.forEach(cell -> row.add(number(result.scores.getOrDefault(Notebook.gradeId(cell), 0.0))));
            row.add(result.status);
            row.add(result.reason);
            csv.append(row.stream().map(Grader::csvField).collect(Collectors.joining(","))).append('\n');
        }
        Path gradebook = out.resolve("gradebook.csv");
        Notebook.writeAtomically(gradebook, csv.toString());
        return gradebook;
    }

    static String csvField(String value) {
        String text = value == null ? "" : value.replace("\r", " ").replace("\n", " ");
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
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
