package dev.nonlinear.playground;

import dev.nonlinear.tensor.Matrix;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;

/**
 * The Playground's input features: what the network sees of a point (x₁, x₂). With only x₁ and x₂
 * a network without hidden layers can draw only a straight boundary; x₁² + x₂² alone makes the
 * circle linear, x₁x₂ alone makes xor linear. The order is the Playground's, top to bottom.
 */
public enum Feature {
    X1("x₁", (a, b) -> a),
    X2("x₂", (a, b) -> b),
    X1_SQUARED("x₁²", (a, b) -> a * a),
    X2_SQUARED("x₂²", (a, b) -> b * b),
    X1_TIMES_X2("x₁x₂", (a, b) -> a * b),
    SIN_X1("sin x₁", (a, b) -> Math.sin(a)),
    SIN_X2("sin x₂", (a, b) -> Math.sin(b));

    private final String symbol;
    private final DoubleBinaryOperator formula;

    Feature(String symbol, DoubleBinaryOperator formula) {
        this.symbol = symbol;
        this.formula = formula;
    }

    /** How the Playground writes it, e.g. "x₁²". */
    public String symbol() {
        return symbol;
    }

    public double value(double x1, double x2) {
        return formula.applyAsDouble(x1, x2);
    }

    /**
     * A feature by name: the enum name ("X1_SQUARED"), the symbol ("x₁²") or a plain spelling
     * ("x1^2", "x1x2", "sinx1"); case and spaces do not matter.
     */
    public static Feature byName(String name) {
        String key = plain(name);
        for (Feature f : values()) {
            if (plain(f.name()).equals(key) || plain(f.symbol).equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature \"" + name + "\"; valid: x1, x2, x1^2, x2^2, x1x2, sin x1, sin x2");
    }

    private static String plain(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace("₁", "1").replace("₂", "2").replace("²", "^2")
                .replace("_squared", "^2").replace("_times_", "").replace("_", "").replace(" ", "");
    }

    /** One row per point of {@code points} (n × 2), one column per feature: the network's input. */
    public static Matrix inputs(Matrix points, List<Feature> features) {
        Matrix out = new Matrix(points.rows(), features.size());
        for (int r = 0; r < points.rows(); r++) {
            for (int c = 0; c < features.size(); c++) {
                out.set(r, c, features.get(c).value(points.get(r, 0), points.get(r, 1)));
            }
        }
        return out;
    }
}
