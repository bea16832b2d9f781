package dev.nonlinear.kernel;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar nonlinear-kernel.jar install [--user | --prefix DIR | --sys-prefix] [--timeout SECONDS] [--name NAME]}
 *
 * <p>Writes a self-contained kernelspec: {@code <data dir>/kernels/<name>/} with
 * {@code kernel.json}, a copy of this jar and two logos. The jar is copied so that a later
 * {@code mvn clean} does not break the installed kernel.
 */
final class Installer {
    static final String JAR_NAME = "nonlinear-kernel.jar";
    static final String CDS_ARCHIVE = "nonlinear-kernel.jsa";

    private Installer() {
    }

    static int run(List<String> args) {
        String where = "--user";
        Path prefix = null;
        String timeout = null;
        String name = "java";
        boolean cds = true;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--user":
                    case "--sys-prefix":
                        where = arg;
                        break;
                    case "--prefix":
                        where = arg;
                        prefix = Path.of(value(args, ++i, arg));
                        break;
                    case "--timeout":
                        timeout = value(args, ++i, arg);
                        if (CellTimeLimit.parse(timeout) == null) {
                            throw new IllegalArgumentException("--timeout needs a positive number of seconds");
                        }
                        break;
                    case "--name":
                        name = value(args, ++i, arg);
                        break;
                    case "--no-cds":
                        cds = false;
                        break;
                    case "--java":
                        java = Path.of(value(args, ++i, arg));
                        break;
                    case "-h":
                    case "--help":
                        printUsage();
                        return 0;
                    default:
                        throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            Path dataDir;
            switch (where) {
                case "--prefix":
                    dataDir = prefix.toAbsolutePath().resolve("share").resolve("jupyter");
                    break;
                case "--sys-prefix":
                    dataDir = sysPrefix().resolve("share").resolve("jupyter");
                    break;
                default:
                    dataDir = userDataDir();
            }
            Path target = dataDir.resolve("kernels").resolve(name);
            Optional<String> other = otherKernel(target);
            if (other.isPresent()) {
                System.err.println("note: replacing the kernelspec '" + name + "' that was there (" + other.get()
                        + "): IJava also calls its kernelspec '" + name + "'. To keep it, install this kernel with"
                        + " --name nonlinear instead.");
            }
            Path dir = install(target, runningJar(), java.toAbsolutePath(), timeout, cds);
            System.out.println("Installed kernelspec " + name + " in " + dir);
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

    /** Creates or replaces the kernelspec folder; returns it. */
    /**
     * The display name of another kernel (IJava, say) installed in {@code dir}; empty when the
     * folder holds no kernelspec or one of this kit's.
     */
    static Optional<String> otherKernel(Path dir) {
        Path json = dir.resolve("kernel.json");
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(json, StandardCharsets.UTF_8);
            if (text.contains(JAR_NAME)) {
                return Optional.empty();
            }
            JsonElement name = new JsonParser().parse(text).getAsJsonObject().get("display_name");
            return Optional.of(name != null && name.isJsonPrimitive() ? "\"" + name.getAsString() + "\"" : "another kernel");
        } catch (IOException | RuntimeException e) {
            return Optional.of("a kernel.json that could not be read");
        }
    }

    static Path install(Path dir, Path jar, Path java, String timeout, boolean cds) throws IOException {
        Files.createDirectories(dir);
        Path installedJar = dir.resolve(JAR_NAME);
        // Copy next to the target and rename: a running kernel keeps reading its old file.
        Path temporary = Files.createTempFile(dir, ".nonlinear-kernel", ".jar");
        Files.copy(jar, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, installedJar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Path archive = cds ? makeCdsArchive(java, installedJar, dir.resolve(CDS_ARCHIVE)) : null;
        KernelSpec spec = new KernelSpec(java, installedJar.toAbsolutePath(), KernelSpec.DISPLAY_NAME, timeout, archive);
        Files.writeString(dir.resolve("kernel.json"), spec.toJson(), StandardCharsets.UTF_8);
        writeLogo(dir.resolve("logo-32x32.png"), 32);
        writeLogo(dir.resolve("logo-64x64.png"), 64);
        return dir;
    }

    /**
     * Runs the kernel's warm-up once with -XX:ArchiveClassesAtExit: the JVM writes the ~8000
     * classes a session uses (javac, JShell, Tablesaw, XChart...) into an archive that later
     * starts map in one go. Saves a few hundred milliseconds per kernel start; optional.
     *
     * @return the archive, or null if it could not be made
     */
    static Path makeCdsArchive(Path java, Path jar, Path archive) {
        try {
            Files.deleteIfExists(archive);
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.add("-XX:ArchiveClassesAtExit=" + archive);
            command.addAll(KernelSpec.JVM_OPTIONS);
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "warm-up"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = process.waitFor(3, TimeUnit.MINUTES);
            if (!done) {
                process.destroyForcibly();
            }
            if (done && process.exitValue() == 0 && Files.isRegularFile(archive)) {
                return archive;
            }
            System.err.println("note: no class-data-sharing archive (the kernel starts a little slower)");
        } catch (IOException e) {
            System.err.println("note: no class-data-sharing archive: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
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

    /** Where {@code jupyter kernelspec install --user} puts kernels (jupyter_core's user data dir). */
    static Path userDataDir() {
        String override = System.getenv("JUPYTER_DATA_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        // Jupyter (Python) expands "~" with $HOME; Java's user.home ignores it, so follow $HOME.
        String home = System.getenv().getOrDefault("HOME", System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Jupyter");
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("jupyter");
    }

    /** {@code sys.prefix} of the Python that runs the {@code jupyter} command on the PATH. */
    static Path sysPrefix() throws IOException {
        Path jupyter = onPath("jupyter");
        if (jupyter == null) {
            throw new IllegalStateException("--sys-prefix needs the jupyter command on the PATH");
        }
        String python = "python3";
        try (BufferedReader reader = Files.newBufferedReader(jupyter, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first != null && first.startsWith("#!")) {
                String[] words = first.substring(2).trim().split("\\s+");
                python = words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
            }
        } catch (IOException ignored) {
            // not a script (e.g. a native launcher): fall back to python3
        }
        Process process = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (process.waitFor() != 0 || line == null || line.isBlank()) {
                throw new IllegalStateException("could not ask " + python + " for sys.prefix");
            }
            return Path.of(line.trim());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A plain logo drawn here, so the repository needs no image files. */
    static void writeLogo(Path file, int size) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xE7, 0x6F, 0x00));
            g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size * 5 / 8));
            FontMetrics metrics = g.getFontMetrics();
            String text = "Nj";
            g.drawString(text, (size - metrics.stringWidth(text)) / 2, (size - metrics.getHeight()) / 2 + metrics.getAscent());
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static void printUsage() {
        System.err.println("usage: java -jar nonlinear-kernel.jar install [--user | --prefix DIR | --sys-prefix]");
        System.err.println("                                              [--timeout SECONDS] [--name NAME] [--java PATH] [--no-cds]");
        System.err.println("  --user        for this user (default): ~/.local/share/jupyter/kernels/NAME");
        System.err.println("  --prefix DIR  into DIR/share/jupyter/kernels/NAME (use with JUPYTER_PATH=DIR/share/jupyter)");
        System.err.println("  --sys-prefix  into the prefix of the Python that runs jupyter (a venv or conda env)");
        System.err.println("  --timeout S   stop any cell that runs longer than S seconds");
        System.err.println("  --name NAME   kernelspec name (default java)");
        System.err.println("  --java PATH   the java executable to run the kernel (default: the one running this)");
        System.err.println("  --no-cds      skip the class-data-sharing archive that makes the kernel start faster");
    }
}
