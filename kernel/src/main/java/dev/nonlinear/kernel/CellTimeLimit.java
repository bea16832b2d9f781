package dev.nonlinear.kernel;

import java.time.Duration;

/**
 * The per-cell time limit: {@code install --timeout} writes it into kernel.json's environment
 * ({@link KernelSpec}), and the kernel reads it back at start ({@link Main}).
 */
final class CellTimeLimit {
    /** Seconds a cell may run before it is stopped; unset or empty means no limit. */
    static final String ENV = "NONLINEAR_CELL_TIMEOUT_SECONDS";

    private CellTimeLimit() {
    }

    /** The limit this process was started with; null for none. */
    static Duration fromEnvironment() {
        return parse(System.getenv(ENV));
    }

    /** The limit from the variable's text; null when unset or not positive. */
    static Duration parse(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(seconds.trim());
            return value > 0 ? Duration.ofMillis(Math.round(value * 1000)) : null;
        } catch (NumberFormatException e) {
            System.err.println("nonlinear-kernel: ignoring " + ENV + "=" + seconds + " (not a number)");
            return null;
        }
    }
}
