package dev.nonlinear.optim;

import dev.nonlinear.layer.Parameter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent: {@code w ← w − lr·g}. With momentum μ it keeps a velocity
 * {@code v ← μ·v − lr·g; w ← w + v}, which rolls through small bumps and damps zig-zags
 * (PyTorch's formulation differs only in where lr is applied; for a constant lr they agree).
 */
public final class SGD implements Optimizer {
    private final double learningRate;
    private final double momentum;
    private final Map<Parameter, double[]> velocity = new IdentityHashMap<>();

    public SGD(double learningRate) {
        this(learningRate, 0);
    }

    public SGD(double learningRate, double momentum) {
        Optimizer.requirePositive("learning rate", learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            double[] w = p.value().data();
            double[] g = p.grad().data();
            if (momentum == 0) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= learningRate * g[i];
                }
            } else {
                double[] v = velocity.get(p);
                if (v == null) {
                    v = new double[w.length];
                    velocity.put(p, v);
                }
                for (int i = 0; i < w.length; i++) {
                    v[i] = momentum * v[i] - learningRate * g[i];
                    w[i] += v[i];
                }
            }
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return momentum == 0 ? "SGD(lr=" + learningRate + ")" : "SGD(lr=" + learningRate + ", momentum=" + momentum + ")";
    }
}
