package dev.nonlinear.loss;

import dev.nonlinear.tensor.Matrix;

/** Mean squared error: the average over rows of Σ (p − y)² / outputs, for regression. */
public final class MeanSquaredError implements Loss {

    @Override
    public String name() {
        return "mse";
    }

    @Override
    public double value(Matrix predictions, Matrix targets) {
        Loss.requireSameShape(name(), predictions, targets);
        double sum = 0;
        double[] p = predictions.data();
        double[] y = targets.data();
        for (int i = 0; i < p.length; i++) {
            sum += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return sum / p.length;
    }

    @Override
    public void gradient(Matrix predictions, Matrix targets, Matrix out) {
        Loss.requireSameShape(name(), predictions, targets);
        Loss.scaledDifference(predictions, targets, 2.0 / predictions.size(), out);
    }
}
