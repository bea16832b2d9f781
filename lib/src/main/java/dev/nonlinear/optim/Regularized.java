package dev.nonlinear.optim;

import dev.nonlinear.layer.Parameter;

import java.util.List;

/**
 * An optimizer that minimises loss + penalty: before each step of the wrapped optimizer it adds
 * the {@link Regularization}'s gradient to the weights' gradients, so
 * {@code new Regularized(new SGD(0.03), Regularization.l2(0.001))} steps
 * {@code w ← w − lr·(dLoss/dw + rate·w)}, as the Playground does.
 */
public final class Regularized implements Optimizer {
    private final Optimizer optimizer;
    private final Regularization regularization;

    public Regularized(Optimizer optimizer, Regularization regularization) {
        this.optimizer = optimizer;
        this.regularization = regularization;
    }

    @Override
    public void step(List<Parameter> parameters) {
        regularization.addGradient(parameters);
        optimizer.step(parameters);
    }

    @Override
    public double learningRate() {
        return optimizer.learningRate();
    }

    public Regularization regularization() {
        return regularization;
    }

    @Override
    public String toString() {
        return optimizer + " + " + regularization;
    }
}
