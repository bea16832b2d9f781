package dev.nonlinear.optim;

import dev.nonlinear.layer.Parameter;

import java.util.List;
import java.util.Locale;

/**
 * A penalty on large weights, added to the loss so that training prefers small ones:
 * <pre>
 *   L1:  rate · Σ |w|        gradient  rate · sign(w)   (pushes weights to exactly 0)
 *   L2:  rate · Σ w² / 2     gradient  rate · w         (shrinks every weight in proportion)
 * </pre>
 * the same formulas as TensorFlow Playground's {@code regularization.ts}. As there, only the
 * weights (parameters named "W") are penalised, not the biases: a bias moves the boundary, it does
 * not make the function steeper. Use it through {@link Regularized}, which adds {@link #addGradient}
 * before every optimizer step.
 */
public record Regularization(Kind kind, double rate) {

    /** Which penalty; {@code NONE} adds nothing. */
    public enum Kind { NONE, L1, L2 }

    public static final Regularization NONE = new Regularization(Kind.NONE, 0);

    public Regularization {
        if (kind == null) {
            throw new IllegalArgumentException("regularization kind must be one of NONE, L1, L2, got null");
        }
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("regularization rate must be a finite number >= 0, got " + rate);
        }
    }

    public static Regularization l1(double rate) {
        return new Regularization(Kind.L1, rate);
    }

    public static Regularization l2(double rate) {
        return new Regularization(Kind.L2, rate);
    }

    /** "none", "L1" or "L2" (any case) with this rate. */
    public static Regularization of(String kind, double rate) {
        String key = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.name().equals(key)) {
                return new Regularization(k, rate);
            }
        }
        throw new IllegalArgumentException("unknown regularization \"" + kind + "\"; valid: none, L1, L2");
    }

    /** The penalty these parameters' weights add to the loss. */
    public double penalty(List<Parameter> parameters) {
        double sum = 0;
        for (Parameter p : parameters) {
            if (isWeight(p)) {
                for (double w : p.value().data()) {
                    sum += kind == Kind.L1 ? Math.abs(w) : kind == Kind.L2 ? w * w / 2 : 0;
                }
            }
        }
        return rate * sum;
    }

    /** Adds the penalty's gradient to every weight's {@link Parameter#grad()}, in place. */
    public void addGradient(List<Parameter> parameters) {
        if (kind == Kind.NONE || rate == 0) {
            return;
        }
        for (Parameter p : parameters) {
            if (isWeight(p)) {
                double[] w = p.value().data();
                double[] g = p.grad().data();
                for (int i = 0; i < w.length; i++) {
                    g[i] += rate * (kind == Kind.L1 ? Math.signum(w[i]) : w[i]);
                }
            }
        }
    }

    private static boolean isWeight(Parameter p) {
        return p.name().equals("W");
    }

    @Override
    public String toString() {
        return kind == Kind.NONE ? "none" : kind + "(" + rate + ")";
    }
}
