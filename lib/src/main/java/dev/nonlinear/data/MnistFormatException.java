package dev.nonlinear.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An MNIST (IDX) file that is not what it should be: wrong magic number, cut short, a count that
 * does not match, a label that is not a digit. The message names the file, what was expected and
 * what was found.
 */
public class MnistFormatException extends IOException {
    private final Path file;
    private final String expected;
    private final String found;

    public MnistFormatException(Path file, String problem, String expected, String found) {
        this(file, problem, expected, found, null);
    }

    public MnistFormatException(Path file, String problem, String expected, String found, Throwable cause) {
        super(file + ": " + problem + ": expected " + expected + ", found " + found, cause);
        this.file = file;
        this.expected = expected;
        this.found = found;
    }

    /** The file that is wrong. */
    public Path file() {
        return file;
    }

    /** What the file should have held at the point where it went wrong. */
    public String expected() {
        return expected;
    }

    /** What it held instead. */
    public String found() {
        return found;
    }
}
