package dev.nonlinear.optim;

import dev.nonlinear.layer.Parameter;

import java.util.List;

/** Changes parameters a small step against their gradients. */
public interface Optimizer {

    /** One update of every parameter from its current gradient. */
    void step(List<Parameter> parameters);

    /** The step size. */
    double learningRate();

    static void requirePositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive finite number, got " + value);
        }
    }
}
