package dev.nonlinear.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a cell: its Java code (in the {@link JavaSession}) and its magics, in order, as
 * {@link Magics} reads them. The magics are {@code %%time} for the whole cell, and the line
 * magics {@code %jars}, {@code %classpath} and {@code %load}, which read files and are therefore
 * off while grading.
 */
final class MagicRunner {
    private final JavaSession session;
    private final boolean fileMagics;

    /** @param fileMagics whether {@code %jars}, {@code %classpath} and {@code %load} may read files */
    MagicRunner(JavaSession session, boolean fileMagics) {
        this.session = session;
        this.fileMagics = fileMagics;
    }

    /** Java code and magics, in order; returns the value of the last code block. */
    Object runCell(String cell, String label) throws CellError {
        Magics.CellMagic cellMagic = Magics.cellMagic(cell);
        if (cellMagic == null) {
            return runLines(cell, label);
        }
        if (!cellMagic.name().equals("time")) {
            throw new CellError.MagicError("unknown cell magic %%" + cellMagic.name() + " (there is %%time)");
        }
        long start = System.nanoTime();
        try {
            return runLines(cellMagic.body(), label);
        } finally {
            System.out.println(formatWallTime(System.nanoTime() - start));
        }
    }

    static String formatWallTime(long nanos) {
        double ms = nanos / 1e6;
        return ms < 1000 ? String.format("Wall time: %.1f ms", ms) : String.format("Wall time: %.2f s", ms / 1000);
    }

    private Object runLines(String code, String label) throws CellError {
        Object value = SnippetRunner.NO_VALUE;
        for (Magics.Block block : Magics.split(code)) {
            if (block instanceof Magics.Code) {
                value = session.run(((Magics.Code) block).text(), label);
            } else {
                runLineMagic((Magics.LineMagic) block);
                value = SnippetRunner.NO_VALUE;
            }
        }
        return value;
    }

    private void runLineMagic(Magics.LineMagic magic) throws CellError {
        if (!fileMagics) {
            throw new CellError.MagicError("%" + magic.name() + " is not available here: this kernel runs cells"
                    + " without access to files (it is grading a submission)");
        }
        Path here = Path.of("").toAbsolutePath(); // Jupyter starts kernels in the notebook's folder
        switch (magic.name()) {
            case "jars":
                for (String argument : requireArgs(magic)) {
                    List<Path> jars;
                    try {
                        jars = Magics.expandJars(argument, here);
                    } catch (IOException e) {
                        throw new CellError.MagicError("%jars: cannot read " + argument + ": " + e.getMessage());
                    }
                    if (jars.isEmpty()) {
                        throw new CellError.MagicError("%jars: no file matches " + argument + " (in " + here + ")");
                    }
                    for (Path jar : jars) {
                        session.addToClasspath(jar.toString());
                    }
                }
                break;
            case "classpath":
                for (String argument : requireArgs(magic)) {
                    for (String entry : argument.split(File.pathSeparator)) {
                        Path path = here.resolve(entry).normalize();
                        if (!Files.exists(path)) {
                            throw new CellError.MagicError("%classpath: " + path + " does not exist");
                        }
                        session.addToClasspath(path.toString());
                    }
                }
                break;
            case "load":
                for (String argument : requireArgs(magic)) {
                    Path file = here.resolve(argument).normalize();
                    String text;
                    try {
                        text = Files.readString(file);
                    } catch (IOException e) {
                        throw new CellError.MagicError("%load: cannot read " + file + ": " + e.getMessage());
                    }
                    runLines(text, file.getFileName().toString());
                }
                break;
            default:
                throw new CellError.MagicError("unknown magic %" + magic.name()
                        + " (there are %jars, %classpath, %load and %%time)");
        }
    }

    private static List<String> requireArgs(Magics.LineMagic magic) throws CellError {
        if (magic.args().isEmpty()) {
            throw new CellError.MagicError("%" + magic.name() + " needs at least one argument");
        }
        return magic.args();
    }
}
