package dev.nonlinear.kernel;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code java -jar nonlinear-kernel.jar install [--user | --prefix DIR | --sys-prefix] [--timeout SECONDS] [--name NAME]}
 *
 * <p>Writes a self-contained kernelspec folder ({@code kernel.json}, a copy of this jar, two
 * logos) into a temporary folder and lets {@code jupyter kernelspec install} copy it to where
 * Jupyter looks. The jar is copied so that a later {@code mvn clean} does not break the installed
 * kernel. Then, in the installed folder, a class-data-sharing archive is made for a faster start.
 */
final class Installer {

    private Installer() {
    }

    static int run(List<String> args) {
        List<String> where = List.of("--user"); // Jupyter's own default is system-wide
        Path prefix = null;
        String timeout = null;
        String name = "java";
        boolean cds = true;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jupyter = JupyterCommand.DEFAULT;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--user", "--sys-prefix" -> {
                        where = List.of(arg);
                        prefix = null;
                    }
                    case "--prefix" -> {
                        prefix = Path.of(value(args, ++i, arg)).toAbsolutePath();
                        where = List.of(arg, prefix.toString());
                    }
                    case "--timeout" -> {
                        timeout = value(args, ++i, arg);
                        if (CellTimeLimit.parse(timeout) == null) {
                            throw new IllegalArgumentException("--timeout needs a positive number of seconds");
                        }
                    }
                    case "--name" -> name = value(args, ++i, arg);
                    case "--no-cds" -> cds = false;
                    case "--java" -> java = Path.of(value(args, ++i, arg));
                    case "--jupyter" -> jupyter = Path.of(value(args, ++i, arg));
                    case "-h", "--help" -> {
                        printUsage();
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            JupyterCommand command = new JupyterCommand(jupyter);
            // With --prefix, Jupyter searches DIR/share/jupyter only when told to (JUPYTER_PATH).
            Path prefixData = prefix == null ? null : prefix.resolve("share").resolve("jupyter");
            Optional<String> other = otherKernel(command.listKernelspecs(prefixData), name);
            if (other.isPresent()) {
                System.err.println("note: replacing the kernelspec '" + name + "' that was there (" + other.get()
                        + "): IJava also calls its kernelspec '" + name + "'. To keep it, install this kernel with"
                        + " --name nonlinear instead.");
            }
            KernelSpec spec = new KernelSpec(java.toAbsolutePath(), KernelSpec.DISPLAY_NAME, timeout, cds);
            Path temporary = Files.createTempDirectory("nonlinear-kernelspec");
            Path installed;
            try {
                // Jupyter copies the folder's permissions: a plain subfolder gets the umask's, the
                // temporary folder itself is private (rwx------) and would hide a --sys-prefix install.
                Path folder = Files.createDirectory(temporary.resolve(name));
                writeFolder(folder, runningJar(), spec);
                installed = command.installKernelspec(folder, name, where);
            } finally {
                deleteRecursively(temporary);
            }
            if (cds) {
                makeCdsArchive(java.toAbsolutePath(), installed);
            }
            System.out.println("Installed kernelspec " + name + " in " + (installed != null ? installed : "Jupyter's kernels folder"));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("install: " + e.getMessage());
            printUsage();
            return 2;
        } catch (IOException | IllegalStateException e) {
            System.err.println("install failed: " + e.getMessage());
            return 1;
        }
    }

    /** Fills {@code folder} with what Jupyter copies: kernel.json, the kernel jar and the logos. */
    static void writeFolder(Path folder, Path jar, KernelSpec spec) throws IOException {
        Files.copy(jar, folder.resolve(KernelSpec.JAR_NAME));
        Files.writeString(folder.resolve("kernel.json"), spec.toJson(), StandardCharsets.UTF_8);
        Logo.write(folder.resolve("logo-32x32.png"), 32);
        Logo.write(folder.resolve("logo-64x64.png"), 64);
    }

    /**
     * The display name and folder of another kernel (IJava, say) that Jupyter knows as
     * {@code name}, from {@code jupyter kernelspec list --json}; empty when there is none or it
     * is one of this kit's.
     */
    static Optional<String> otherKernel(String kernelspecsJson, String name) {
        try {
            JsonObject all = new JsonParser().parse(kernelspecsJson).getAsJsonObject().getAsJsonObject("kernelspecs");
            JsonObject found = all == null ? null : all.getAsJsonObject(name);
            if (found == null || found.get("spec").toString().contains(KernelSpec.JAR_NAME)) {
                return Optional.empty();
            }
            JsonElement displayName = found.getAsJsonObject("spec").get("display_name");
            String what = displayName != null && displayName.isJsonPrimitive() ? "\"" + displayName.getAsString() + "\"" : "another kernel";
            return Optional.of(what + " in " + found.get("resource_dir").getAsString());
        } catch (RuntimeException e) {
            return Optional.empty(); // only a courtesy note; Jupyter's install says what it replaces
        }
    }

    /**
     * Runs the kernel's warm-up once with -XX:ArchiveClassesAtExit: the JVM writes the ~8000
     * classes a session uses (javac, JShell, Tablesaw, XChart...) into an archive that later
     * starts map in one go. Saves a few hundred milliseconds per kernel start; optional (the
     * kernel.json names it, and the JVM ignores a missing archive). The archive is only valid
     * for the jar at the path it was made with, hence made in the installed folder.
     */
    static void makeCdsArchive(Path java, Path installed) {
        if (installed == null) {
            System.err.println("note: no class-data-sharing archive (jupyter did not say where it installed the kernel)");
            return;
        }
        try {
            Path archive = installed.resolve(KernelSpec.CDS_ARCHIVE);
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.add("-XX:ArchiveClassesAtExit=" + archive);
            command.addAll(KernelSpec.JVM_OPTIONS);
            command.addAll(List.of("-jar", installed.resolve(KernelSpec.JAR_NAME).toString(), "warm-up"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = process.waitFor(3, TimeUnit.MINUTES);
            if (!done) {
                process.destroyForcibly();
            }
            if (!done || process.exitValue() != 0 || !Files.isRegularFile(archive)) {
                System.err.println("note: no class-data-sharing archive (the kernel starts a little slower)");
            }
        } catch (IOException e) {
            System.err.println("note: no class-data-sharing archive: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The jar this class was loaded from. */
    static Path runningJar() {
        try {
            Path location = Path.of(Installer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
                throw new IllegalStateException("run the installer from the kernel jar (java -jar nonlinear-kernel.jar install), not from " + location);
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the kernel jar: " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static void printUsage() {
        System.err.println("usage: java -jar nonlinear-kernel.jar install [--user | --prefix DIR | --sys-prefix]");
        System.err.println("           [--timeout SECONDS] [--name NAME] [--java PATH] [--jupyter PATH] [--no-cds]");
        System.err.println("  --user         for this user (default): ~/.local/share/jupyter/kernels/NAME");
        System.err.println("  --prefix DIR   into DIR/share/jupyter/kernels/NAME (use with JUPYTER_PATH=DIR/share/jupyter)");
        System.err.println("  --sys-prefix   into the prefix of the Python that runs jupyter (a venv or conda env)");
        System.err.println("  --timeout S    stop any cell that runs longer than S seconds");
        System.err.println("  --name NAME    kernelspec name (default java)");
        System.err.println("  --java PATH    the java executable to run the kernel (default: the one running this)");
        System.err.println("  --jupyter PATH the jupyter command that installs the kernelspec (default " + JupyterCommand.DEFAULT + ")");
        System.err.println("  --no-cds       skip the class-data-sharing archive that makes the kernel start faster");
    }
}
