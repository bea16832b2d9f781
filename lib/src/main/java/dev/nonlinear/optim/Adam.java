package dev.nonlinear.optim;

import dev.nonlinear.layer.Parameter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015): a per-weight step size from running averages of the gradient (m) and
 * of its square (v), with bias correction for the first steps when both averages start at zero.
 * Defaults β1 = 0.9, β2 = 0.999, ε = 1e-8 as in the paper, Keras and PyTorch.
 */
public final class Adam implements Optimizer {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Parameter, double[][]> moments = new IdentityHashMap<>();
    private int steps;

    public Adam() {
        this(0.001);
    }

    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        Optimizer.requirePositive("learning rate", learningRate);
        Optimizer.requirePositive("epsilon", epsilon);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta1 and beta2 must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void step(List<Parameter> parameters) {
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        for (Parameter p : parameters) {
            double[] w = p.value().data();
            double[] g = p.grad().data();
            double[][] mv = moments.get(p);
            if (mv == null) {
                mv = new double[2][w.length];
                moments.put(p, mv);
            }
            double[] m = mv[0];
            double[] v = mv[1];
            for (int i = 0; i < w.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                w[i] -= learningRate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
            }
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "Adam(lr=" + learningRate + ")";
    }
}
