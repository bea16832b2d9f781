package dev.nonlinear.quiz;

/** Runs code a learner wrote, turning whatever it throws into a sentence. */
final class Learner {
    private Learner() {
    }

    /** Thrown by {@link #guard} with a readable description of what the learner's code threw. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super(describe(cause), cause, false, false);
        }
    }

    /** Like {@link java.util.function.Supplier}, for learner code. */
    interface Call<T> {
        T get();
    }

    /**
     * Runs learner code. Anything it throws (exceptions, assertion errors, stack overflows from
     * runaway recursion) comes back as {@link Failed}; only errors the JVM must see (out of memory,
     * a stopped thread when the notebook interrupts the cell) pass through.
     */
    static <T> T guard(Call<T> call) {
        try {
            return call.get();
        } catch (Throwable t) {
            if (t instanceof ThreadDeath || (t instanceof VirtualMachineError && !(t instanceof StackOverflowError))) {
                throw t;
            }
            throw new Failed(t);
        }
    }

    /** "ArithmeticException: / by zero" — the class's simple name and the message, no stack trace. */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
        String message = t.getMessage();
        return message == null || message.isBlank() ? name : name + ": " + message.strip();
    }
}
