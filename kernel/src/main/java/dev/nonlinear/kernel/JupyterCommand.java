package dev.nonlinear.kernel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code jupyter kernelspec} command, which knows Jupyter's data folders ({@code --user},
 * {@code --sys-prefix} of the Python that runs it, {@code --prefix}) so that the installer does
 * not have to re-implement them.
 */
final class JupyterCommand {
    /** Debian's Jupyter, the one kernel/bin/setup installs and the README names. */
    static final Path DEFAULT = Path.of("/usr/bin/jupyter");

    private static final Pattern INSTALLED = Pattern.compile("Installed kernelspec \\S+ in (.+)");

    private final Path command;

    /** @param command a path, or a bare name (such as {@code jupyter}) to look up on the PATH */
    JupyterCommand(Path command) {
        this.command = command.getParent() == null ? onPath(command.toString()) : command;
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name);
            }
        }
        return Path.of(name); // not found: reported as missing when it is needed
    }

    /**
     * {@code jupyter kernelspec list --json}: the kernelspecs Jupyter finds, with {@code dataDir}
     * searched first when not null (so that a {@code --prefix} target is seen too).
     */
    String listKernelspecs(Path dataDir) throws IOException {
        return run(List.of("kernelspec", "list", "--json"), dataDir).stdout();
    }

    /**
     * {@code jupyter kernelspec install SOURCE --name NAME --replace} plus {@code where}
     * ({@code --user}, {@code --sys-prefix} or {@code --prefix DIR}); returns the folder Jupyter
     * copied it to, or null if its log did not say.
     */
    Path installKernelspec(Path source, String name, List<String> where) throws IOException {
        List<String> args = new ArrayList<>(List.of("kernelspec", "install", source.toString(), "--name", name, "--replace"));
        args.addAll(where);
        Output output = run(args, null);
        Path installed = null;
        for (String line : (output.stdout() + "\n" + output.stderr()).split("\\R")) {
            Matcher m = INSTALLED.matcher(line);
            if (m.find()) {
                installed = Path.of(m.group(1).trim());
            } else if (line.contains("WARNING")) {
                System.err.println(line); // e.g. a --prefix that Jupyter does not search
            }
        }
        return installed;
    }

    /** What a jupyter command printed: Jupyter logs to stderr and answers on stdout. */
    private record Output(String stdout, String stderr) {
    }

    private Output run(List<String> args, Path dataDir) throws IOException {
        if (!Files.isExecutable(command)) {
            throw new IllegalStateException(command + " is missing: the kernel is installed with 'jupyter kernelspec install'."
                    + " Install Jupyter (on Debian: sudo apt-get install -y jupyter-client, or run kernel/bin/setup),"
                    + " or name another jupyter command with --jupyter PATH");
        }
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command.toString());
        commandLine.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(commandLine);
        // Debian's Python 3.11 prints a debugger warning on every jupyter command; it means nothing here.
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        if (dataDir != null) {
            String path = builder.environment().get("JUPYTER_PATH");
            builder.environment().put("JUPYTER_PATH", dataDir + (path == null || path.isEmpty() ? "" : File.pathSeparator + path));
        }
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String stdout = read(process.getInputStream());
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", commandLine) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", commandLine) + " failed (exit " + process.exitValue() + "):\n"
                    + (stdout + stderr.join()).strip());
        }
        return new Output(stdout, stderr.join());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
