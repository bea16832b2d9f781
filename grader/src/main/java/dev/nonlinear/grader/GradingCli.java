package dev.nonlinear.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Assignments for classrooms, compatible with nbgrader's notebook format (schema version 3).
 * <pre>
 * java -jar nonlinear-grader.jar release INSTRUCTOR.ipynb OUT_DIR
 * java -jar nonlinear-grader.jar grade INSTRUCTOR.ipynb SUBMISSIONS_DIR OUT_DIR
 *        [--force] [--timeout SECONDS] [--memory MB] [--parallel N] [--python PATH] [--hide-hidden-tests] [--no-sandbox]
 * java -jar nonlinear-grader.jar validate NOTEBOOK.ipynb
 * </pre>
 * grader/bin/nonlinear-grade wraps this. See {@link Grader} for the folder layout.
 */
public final class GradingCli {
    private GradingCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        try {
            if (args.isEmpty()) {
                throw new IllegalArgumentException("which command?");
            }
            switch (args.get(0)) {
                case "release":
                    return release(args.subList(1, args.size()));
                case "grade":
                    return grade(args.subList(1, args.size()));
                case "validate":
                    return validate(args.subList(1, args.size()));
                case "-h":
                case "--help":
                    usage();
                    return 0;
                default:
                    throw new IllegalArgumentException("unknown command " + args.get(0));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("nonlinear-grade: " + e.getMessage());
            usage();
            return 2;
        } catch (IOException e) {
            System.err.println("nonlinear-grade: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int release(List<String> args) throws IOException {
        if (args.size() != 2) {
            throw new IllegalArgumentException("release needs INSTRUCTOR.ipynb OUT_DIR");
        }
        Path instructor = Path.of(args.get(0)).toAbsolutePath().normalize();
        Path outDir = Path.of(args.get(1)).toAbsolutePath().normalize();
        if (outDir.equals(instructor.getParent())) {
            throw new IllegalArgumentException("OUT_DIR must not be the instructor notebook's folder (it would be overwritten)");
        }
        NotebookFile student = Assignment.release(NotebookFile.read(instructor));
        Path target = outDir.resolve(instructor.getFileName());
        student.write(target);
        long solutions = student.cells().stream().filter(Cell::isSolution).count();
        double points = student.cells().stream().filter(Cell::isGraded).mapToDouble(Cell::points).sum();
        System.out.printf("released %s: %d solution cells, %s points -> %s%n", instructor.getFileName(), solutions,
                GradeResult.number(points), target);
        return 0;
    }

    private static int validate(List<String> args) throws IOException {
        if (args.size() != 1) {
            throw new IllegalArgumentException("validate needs NOTEBOOK.ipynb");
        }
        List<String> problems = Assignment.problems(NotebookFile.read(Path.of(args.get(0))));
        problems.forEach(System.out::println);
        System.out.println(problems.isEmpty() ? "valid" : problems.size() + " problems");
        return problems.isEmpty() ? 0 : 1;
    }

    private static int grade(List<String> args) throws IOException, InterruptedException {
        List<String> positional = new java.util.ArrayList<>();
        boolean force = false;
        boolean hideHiddenTests = false;
        boolean noSandbox = false;
        Integer timeout = null;
        Integer memory = null;
        Integer parallel = null;
        String python = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--force":
                    force = true;
                    break;
                case "--hide-hidden-tests":
                    hideHiddenTests = true;
                    break;
                case "--no-sandbox":
                    noSandbox = true;
                    break;
                case "--timeout":
                    timeout = positive(args, ++i, arg);
                    break;
                case "--memory":
                    memory = positive(args, ++i, arg);
                    break;
                case "--parallel":
                    parallel = positive(args, ++i, arg);
                    break;
                case "--python":
                    python = value(args, ++i, arg);
                    break;
                default:
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    positional.add(arg);
            }
        }
        if (positional.size() != 3) {
            throw new IllegalArgumentException("grade needs INSTRUCTOR.ipynb SUBMISSIONS_DIR OUT_DIR");
        }
        Grader grader = new Grader(Path.of(positional.get(0)), Path.of(positional.get(1)), Path.of(positional.get(2)));
        grader.force = force;
        grader.hideHiddenTests = hideHiddenTests;
        grader.sandboxed = !noSandbox;
        if (timeout != null) {
            grader.timeoutSeconds = timeout;
        }
        if (memory != null) {
            grader.memoryMb = memory;
        }
        if (parallel != null) {
            grader.parallel = parallel;
        }
        if (python != null) {
            grader.python = python;
        }
        if (!Files.isExecutable(Path.of(grader.python))) {
            throw new IOException(grader.python + " not found: grading runs notebooks with Jupyter's nbclient "
                    + "(sudo apt-get install -y python3-nbclient jupyter-client), or pass --python PATH");
        }
        long start = System.nanoTime();
        Path gradebook = grader.run();
        System.out.printf("gradebook: %s (%.1f s)%n", gradebook, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static int positive(List<String> args, int index, String option) {
        String text = value(args, index, option);
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, got " + text);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static void usage() {
        System.err.println("usage: nonlinear-grade release INSTRUCTOR.ipynb OUT_DIR");
        System.err.println("       nonlinear-grade grade INSTRUCTOR.ipynb SUBMISSIONS_DIR OUT_DIR [--force] [--timeout SECONDS]");
        System.err.println("                             [--memory MB] [--parallel N] [--python PATH] [--hide-hidden-tests] [--no-sandbox]");
        System.err.println("       nonlinear-grade validate NOTEBOOK.ipynb");
        System.err.println("  release   writes the student version OUT_DIR/<name>.ipynb (solutions stubbed, hidden tests removed)");
        System.err.println("  grade     runs SUBMISSIONS_DIR/<student>/<name>.ipynb, each in a fresh kernel and sandbox; writes");
        System.err.println("            OUT_DIR/gradebook.csv, OUT_DIR/feedback/<student>.html, OUT_DIR/graded/<student>/<name>.ipynb");
        System.err.println("  --timeout wall-clock seconds per submission (default 300); --memory kernel heap in MB (default 1024)");
        System.err.println("  --parallel submissions graded at once (default 1); --force grade again what was already graded");
        System.err.println("  --hide-hidden-tests  feedback pages show the results of hidden tests but not their code");
        System.err.println("  --no-sandbox  run submissions without bubblewrap (only for code you trust; the gradebook says so)");
    }
}
