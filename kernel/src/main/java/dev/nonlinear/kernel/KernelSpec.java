package dev.nonlinear.kernel;

import com.google.gson.GsonBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of {@code kernel.json}: how Jupyter starts the kernel. The kernelspec folder holds
 * the kernel jar and maybe a class-data-sharing archive; {@code kernel.json} names them as
 * {@code {resource_dir}/...}, which Jupyter replaces by the folder it installed the spec to, so
 * the folder is complete before Jupyter copies it into place.
 *
 * @param java         absolute path of the {@code java} executable
 * @param displayName  the name shown in Jupyter's kernel menu
 * @param cellTimeout  seconds for {@code NONLINEAR_CELL_TIMEOUT_SECONDS}, or null for no limit
 * @param cds          whether to start with the folder's class-data-sharing archive (faster start)
 */
record KernelSpec(Path java, String displayName, String cellTimeout, boolean cds) {

    static final String DISPLAY_NAME = "Java (Nonlinear)";
    /** The kernel jar's name in the kernelspec folder. */
    static final String JAR_NAME = "nonlinear-kernel.jar";
    /** The class-data-sharing archive's name in the kernelspec folder. */
    static final String CDS_ARCHIVE = "nonlinear-kernel.jsa";
    private static final String RESOURCE_DIR = "{resource_dir}/";

    /**
     * JVM options. Headless: no screen is needed to draw charts. UTF-8: student text with umlauts
     * and the "…" of long tables survive whatever the locale is. Serial GC: a notebook is one
     * user with a small heap, and the serial collector starts fastest. The Vector API module: the
     * library's fast matrix kernels need it (without it they fall back to plain loops, several
     * times slower); the JVM's "using incubator modules" note goes to the server log, not to cells.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-XX:+UseSerialGC",
            "--add-modules=jdk.incubator.vector");

    List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.addAll(JVM_OPTIONS);
        if (cds) {
            // If the archive is missing (its warm-up failed) or no longer fits (another JDK), the
            // JVM ignores it and starts normally.
            argv.add("-XX:SharedArchiveFile=" + RESOURCE_DIR + CDS_ARCHIVE);
        }
        argv.add("-jar");
        argv.add(RESOURCE_DIR + JAR_NAME);
        argv.add("{connection_file}");
        return argv;
    }

    String toJson() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv());
        spec.put("display_name", displayName);
        spec.put("language", "java");
        // Jupyter sends interrupt_request messages instead of SIGINT, which would end the JVM.
        spec.put("interrupt_mode", "message");
        if (cellTimeout != null) {
            spec.put("env", Map.of(CellTimeLimit.ENV, cellTimeout));
        }
        spec.put("metadata", Map.of("debugger", false));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }
}
