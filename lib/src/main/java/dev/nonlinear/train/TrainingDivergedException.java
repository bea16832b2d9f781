package dev.nonlinear.train;

/** Thrown as soon as the loss stops being a finite number, instead of training on garbage. */
public final class TrainingDivergedException extends ArithmeticException {
    public TrainingDivergedException(String message) {
        super(message);
    }
}
