package dev.nonlinear.lab;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.plot.Plots;
import dev.nonlinear.widgets.Dropdown;
import dev.nonlinear.widgets.Interact;
import dev.nonlinear.widgets.IntSlider;
import dev.nonlinear.widgets.LogSlider;
import dev.nonlinear.widgets.VBox;
import org.knowm.xchart.XYChart;

import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Notebook 03's explorer: choose the depth, the activation and how large the first weights are,
 * and see the gradient's size at every layer ({@link GradientFlow}) on a log scale. Sigmoid's
 * line falls with depth; ReLU's stays level at the right scale and explodes or vanishes when the
 * weights start too large or too small.
 */
public final class VanishingGradientExplorer {
    private VanishingGradientExplorer() {
    }

    /** The explorer; the cell shows what this returns. */
    public static VBox show() {
        var depth = new IntSlider("hidden layers", 2, 20, 10);
        var activation = new Dropdown<>("activation", Activations.elementwiseNames(), "sigmoid");
        var scale = new LogSlider("weight scale", 2, -2, 2, 0.5, 1);
        return Interact.of(() -> chart(activation.value(), depth.value(), scale.value()), depth, activation, scale);
    }

    /** The gradient norm per layer for one setting, with the ratio of the first layer's gradient to the last one's in the title. */
    public static XYChart chart(String activation, int depth, double scale) {
        double[] norms = GradientFlow.normsPerLayer(activation, depth, scale, 2);
        double[] layers = IntStream.rangeClosed(1, depth).asDoubleStream().toArray();
        String title = String.format(Locale.ROOT, "%s, %d layers, weights ×%s: layer 1 / layer %d = %.2g",
                activation, depth, new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", scale)).stripTrailingZeros().toPlainString(), depth, norms[0] / norms[depth - 1]);
        XYChart chart = Plots.line(title, "layer (1 = next to the input)", "‖dL/dW‖",
                Map.of(activation, new double[][]{layers, norms}));
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }
}
