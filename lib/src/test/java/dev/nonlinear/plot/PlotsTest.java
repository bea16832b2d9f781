package dev.nonlinear.plot;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.LeakyReLU;
import dev.nonlinear.activation.ReLU;
import dev.nonlinear.activation.Sigmoid;
import dev.nonlinear.data.Dataset;
import dev.nonlinear.data.Playground;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PlotsTest {

    @Test
    void activationCurveHoldsTheFunctionValues() {
        XYChart chart = Plots.activation(new Sigmoid());
        var series = chart.getSeriesMap().get("sigmoid");
        double[] xs = series.getXData();
        double[] ys = series.getYData();
        assertEquals(-5, xs[0], 1e-12);
        assertEquals(5, xs[xs.length - 1], 1e-12);
        assertEquals(new Sigmoid().apply(xs[123]), ys[123], 0);
        for (int i = 1; i < xs.length; i++) {
            assertTrue(xs[i] > xs[i - 1], "x increases");
        }
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        assertEquals(Plots.WIDTH, image.getWidth());
    }

    @Test
    void comparisonHasOneSeriesPerActivation() {
        var functions = Activations.allElementwise();
        assertEquals(functions.size(), Plots.compare(functions, -3, 3).getSeriesMap().size());
        assertEquals(functions.size(), Plots.compareDerivatives(functions, -3, 3).getSeriesMap().size());
    }

    @Test
    void aLogarithmicAxisLabelsSmallTicksReadably() throws ReflectiveOperationException {
        double[] layer = {1, 2, 3, 4, 5};
        XYChart chart = Plots.line("norms", "layer", "norm", Map.of("a", new double[][]{layer, {1e-6, 1e-5, 1e-4, 1e-3, 1e-2}}));
        chart.getStyler().setYAxisLogarithmic(true);
        BitmapEncoder.getBufferedImage(chart);
        List<String> labels = tickLabels(chart, "getYAxis");
        assertTrue(labels.containsAll(List.of("1E-6", "1E-5", "1E-4", "0.001", "0.01")), labels.toString());
        assertFalse(labels.contains("0"), labels.toString());
        assertEquals(Plots.DECIMAL_PATTERN, chart.getStyler().getYAxisDecimalPattern(), "the linear pattern is kept");

        XYChart linear = Plots.line("x", "x", "y", Map.of("a", new double[][]{{0, 1, 2}, {0, 4.8, 9.6}}));
        BitmapEncoder.getBufferedImage(linear);
        assertTrue(tickLabels(linear, "getYAxis").stream().noneMatch(l -> l.length() > 5),
                tickLabels(linear, "getYAxis").toString());
    }

    /** The tick labels XChart computed for an axis when the chart was last painted (internal API). */
    @SuppressWarnings("unchecked")
    private static List<String> tickLabels(XYChart chart, String axis) throws ReflectiveOperationException {
        var field = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("axisPair");
        field.setAccessible(true);
        Object axisPair = field.get(chart);
        var getter = axisPair.getClass().getDeclaredMethod(axis);
        getter.setAccessible(true);
        var a = (org.knowm.xchart.internal.chartpart.Axis<?, ?>) getter.invoke(axisPair);
        return a.getAxisTickCalculator().getTickLabels();
    }

    @Test
    void aLeakyReluWithAnotherSlopeIsLabelledWithIt() {
        var chart = Plots.compareDerivatives(List.of(new ReLU(), new LeakyReLU(), new LeakyReLU(0.1)), -1, 1);
        assertEquals(List.of("relu'", "leaky_relu'", "leaky_relu (α = 0.1)'"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void historyChartPlotsColumnsAgainstEpochs() {
        Table history = Table.create("h", IntColumn.create("epoch", 1, 2, 3),
                DoubleColumn.create("loss", 0.9, 0.5, 0.3), DoubleColumn.create("val_loss", 1.0, 0.6, 0.4));
        XYChart chart = Plots.history(history, "loss", "val_loss");
        assertArrayEquals(new double[]{0.9, 0.5, 0.3}, chart.getSeriesMap().get("loss").getYData());
        XYChart runs = Plots.compareHistories(Map.of("a", history, "b", history), "loss");
        assertEquals(2, runs.getSeriesMap().size());
    }

    @Test
    void confusionMatrixPutsEachCountAtItsTrueAndPredictedClass() {
        int[][] counts = {{5, 1, 0}, {2, 7, 0}, {0, 4, 9}};   // counts[true][predicted]
        var chart = Plots.confusionMatrix(counts);
        var series = chart.getHeatMapSeries();
        int found = 0;
        for (Number[] cell : series.getHeatData()) {
            int predicted = ((Number) series.getXData().get(cell[0].intValue())).intValue();
            int actual = ((Number) series.getYData().get(cell[1].intValue())).intValue();
            assertEquals(counts[actual][predicted], cell[2].intValue(), "true " + actual + ", predicted " + predicted);
            found++;
        }
        assertEquals(9, found);
        assertTrue(BitmapEncoder.getBufferedImage(chart).getWidth() > 0);
    }

    @Test
    void curvesShareTheirRangeAndPointsAreDotsWithoutLines() {
        XYChart chart = Plots.curve("fit", "sin x", Math::sin, -2, 2);
        Plots.addCurve(chart, "double", x -> 2 * x);
        Plots.addPoints(chart, "marks", new double[]{0, 1}, new double[]{0, 2});
        var series = chart.getSeriesMap();
        assertEquals(-2, series.get("double").getXMin(), 1e-12);
        assertEquals(2, series.get("double").getXMax(), 1e-12);
        assertEquals(1, series.get("sin x").getYMax(), 1e-5, "sin reaches 1 at π/2, inside [−2, 2]");
        assertEquals(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter, series.get("marks").getXYSeriesRenderStyle());
        assertTrue(chart.getStyler().getMarkerSize() > 0, "the dots must have a size");
        assertEquals(org.knowm.xchart.style.markers.SeriesMarkers.NONE, series.get("sin x").getMarker(),
                "the curves stay lines without dots");
    }

    @Test
    void pointsAddedLaterLeaveEarlierDotsAlone() {
        XYChart chart = Plots.curve("f", "f", Math::tanh, -4, 4);
        Plots.addPoints(chart, "f(2)", new double[]{2}, new double[]{Math.tanh(2)});
        Plots.addPoints(chart, "f(-3)", new double[]{-3}, new double[]{Math.tanh(-3)});
        var series = chart.getSeriesMap();
        assertEquals(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE, series.get("f(2)").getMarker(), "still a dot");
        assertEquals(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE, series.get("f(-3)").getMarker());
        assertEquals(org.knowm.xchart.style.markers.SeriesMarkers.NONE, series.get("f").getMarker());
    }

    @Test
    void confusionMatrixColoursEndAtTheLargestMistakeSoMistakesShow() {
        int[][] counts = {{200, 3, 0}, {1, 180, 7}, {0, 2, 190}};   // 7 is the largest mistake
        var chart = Plots.confusionMatrix(counts);
        assertEquals(7, chart.getStyler().getMax(), 0);
        assertEquals(0, chart.getStyler().getMin(), 0);
    }

    @Test
    void decisionBoundaryColoursEachSideByTheModelOutput() {
        // One sigmoid unit on x only: left half is class 0 (orange), right half class 1 (blue).
        Sequential model = Sequential.input(2, 1).dense(1, "sigmoid").build();
        var dense = (dev.nonlinear.layer.Dense) model.layers().get(0);
        dense.weights().set(0, 0, 5);
        dense.weights().set(1, 0, 0);
        dense.bias().set(0, 0, 0);
        Dataset empty = new Dataset(new Matrix(0, 2), new Matrix(0, 1));
        BufferedImage image = DecisionBoundary.render(model, empty, "test", 200, 6);
        Color left = new Color(image.getRGB(40, 100));
        Color right = new Color(image.getRGB(160, 100));
        assertTrue(left.getRed() > left.getBlue(), "left should be orange: " + left);
        assertTrue(right.getBlue() > right.getRed(), "right should be blue: " + right);
        var e = assertThrows(IllegalArgumentException.class, () -> DecisionBoundary.render(
                Sequential.input(3, 1).dense(1, "sigmoid").build(), Playground.circle(10, 0, 1), "x"));
        assertTrue(e.getMessage().contains("3 inputs"), e.getMessage());
    }

    @Test
    void digitGridPlacesDarkInkOnWhitePaper() {
        Matrix digits = new Matrix(3, 784);
        digits.set(0, 14 * 28 + 14, 1.0);
        BufferedImage grid = Images.grid(digits, new int[]{7, 1, 0}, 3, 2);
        assertEquals(3 * (56 + 4) + 4, grid.getWidth());
        Color ink = new Color(grid.getRGB(4 + 28, 4 + 28));
        assertEquals(0, ink.getRed(), "the one bright pixel is drawn as black ink");
        var e = assertThrows(IllegalArgumentException.class, () -> Images.grayscale(new double[5], 2, 2, 1, false));
        assertTrue(e.getMessage().contains("4 values"), e.getMessage());
    }

    @Test
    void sideBySideAddsWidthsAndGaps() {
        BufferedImage a = new BufferedImage(10, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(30, 5, BufferedImage.TYPE_INT_RGB);
        BufferedImage row = Images.sideBySide(a, b);
        assertEquals(48, row.getWidth());
        assertEquals(20, row.getHeight());
        assertThrows(IllegalArgumentException.class, () -> Images.sideBySide(java.util.List.of()));
    }
}
