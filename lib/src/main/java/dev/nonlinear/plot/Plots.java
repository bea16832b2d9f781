package dev.nonlinear.plot;

import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.activation.LeakyReLU;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.function.DoubleUnaryOperator;
import java.util.List;
import java.util.Map;

/**
 * XChart charts for the notebooks. Each method returns a chart object; in a notebook the last
 * expression of a cell (or {@code display(chart)}) shows it inline.
 */
public final class Plots {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;

    private Plots() {
    }

    /** f(x) over [from, to], sampled at 401 points. */
    public static XYChart activation(ElementwiseActivation f, double from, double to) {
        XYChart chart = lineChart(label(f) + "(x)", "x", f.name() + "(x)");
        addCurve(chart, label(f), from, to, f::apply);
        return chart;
    }

    public static XYChart activation(ElementwiseActivation f) {
        return activation(f, -5, 5);
    }

    /** f'(x) over [from, to]. */
    public static XYChart derivative(ElementwiseActivation f, double from, double to) {
        XYChart chart = lineChart(label(f) + "'(x)", "x", "slope");
        addCurve(chart, label(f) + "'", from, to, f::derivative);
        return chart;
    }

    public static XYChart derivative(ElementwiseActivation f) {
        return derivative(f, -5, 5);
    }

    /**
     * Sixteen clearly different colours (Tableau's 10, then darker and lighter variants), so that a
     * chart of every activation still tells its lines apart.
     */
    private static final Color[] PALETTE = {
            new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf), new Color(0x000000), new Color(0xaec7e8),
            new Color(0xffbb78), new Color(0x98df8a), new Color(0xff9896), new Color(0xc5b0d5)};

    /** Several activations on one chart, to compare shapes and ranges. */
    public static XYChart compare(List<? extends ElementwiseActivation> functions, double from, double to) {
        XYChart chart = lineChart("Activation functions", "x", "f(x)");
        for (ElementwiseActivation f : functions) {
            addCurve(chart, label(f), from, to, f::apply);
        }
        return chart;
    }

    /** Several derivatives on one chart. */
    public static XYChart compareDerivatives(List<? extends ElementwiseActivation> functions, double from, double to) {
        XYChart chart = lineChart("Derivatives", "x", "f'(x)");
        for (ElementwiseActivation f : functions) {
            addCurve(chart, label(f) + "'", from, to, f::derivative);
        }
        return chart;
    }

    /** The named columns of a training history (e.g. "loss", "val_loss") against the epoch. */
    public static XYChart history(Table history, String... columns) {
        XYChart chart = lineChart(String.join(" / ", columns), "epoch", columns.length == 1 ? columns[0] : "value");
        double[] epochs = history.intColumn("epoch").asDoubleArray();
        for (String column : columns) {
            chart.addSeries(column, epochs, history.doubleColumn(column).asDoubleArray());
        }
        return chart;
    }

    /** One column (e.g. "loss") of several runs, one line per run, to compare them. */
    public static XYChart compareHistories(Map<String, Table> runs, String column) {
        XYChart chart = lineChart(column + " per epoch", "epoch", column);
        runs.forEach((name, history) -> chart.addSeries(name,
                history.intColumn("epoch").asDoubleArray(), history.doubleColumn(column).asDoubleArray()));
        return chart;
    }

    /** A plain line chart from arrays, with the kit's styling. */
    public static XYChart line(String title, String xTitle, String yTitle, Map<String, double[][]> series) {
        XYChart chart = lineChart(title, xTitle, yTitle);
        series.forEach((name, xy) -> chart.addSeries(name, xy[0], xy[1]));
        return chart;
    }

    /** One named function drawn over [from, to], e.g. {@code curve("fit", "sin x", Math::sin, -3, 3)}. */
    public static XYChart curve(String title, String name, DoubleUnaryOperator f, double from, double to) {
        XYChart chart = lineChart(title, "x", "y");
        addCurve(chart, name, from, to, f);
        return chart;
    }

    /** Another function on a chart made by {@link #curve}, over the same x range. */
    public static XYChart addCurve(XYChart chart, String name, DoubleUnaryOperator f) {
        XYSeries first = chart.getSeriesMap().values().iterator().next();
        addCurve(chart, name, first.getXMin(), first.getXMax(), f);
        return chart;
    }

    /** Points drawn as dots without a line, e.g. to mark where a curve bends. */
    public static XYChart addPoints(XYChart chart, String name, double[] x, double[] y) {
        // The kit's charts draw lines without markers (marker size 0); dots need a size, and the
        // lines then need "no marker" each, or every point of every curve would get a dot. Dots
        // added by an earlier call keep theirs.
        chart.getStyler().setMarkerSize(9);
        chart.getSeriesMap().values().stream()
                .filter(series -> series.getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter)
                .forEach(series -> series.setMarker(SeriesMarkers.NONE));
        XYSeries points = chart.addSeries(name, x, y);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        return chart;
    }

    /**
     * A confusion matrix: rows are true classes, columns predicted ones, with counts shown. The
     * colour scale ends at the largest mistake (off-diagonal count): scaled to the diagonal, where
     * the counts are a hundred times larger, every mistake would be near-white and invisible.
     */
    public static HeatMapChart confusionMatrix(int[][] counts) {
        int classes = counts.length;
        HeatMapChart chart = new HeatMapChartBuilder().width(560).height(500)
                .title("Confusion matrix (colours up to the largest mistake)").xAxisTitle("predicted").yAxisTitle("true").build();
        // XChart takes the values as a grid heat[x][y]; y runs upwards, so list the true classes from
        // the last to the first to put class 0 in the top row, like a printed matrix.
        int[] predicted = new int[classes];
        int[] trueClasses = new int[classes];
        int[][] heat = new int[classes][classes];
        int largestMistake = 1;
        for (int i = 0; i < classes; i++) {
            predicted[i] = i;
            trueClasses[i] = classes - 1 - i;
        }
        for (int x = 0; x < classes; x++) {
            for (int y = 0; y < classes; y++) {
                heat[x][y] = counts[trueClasses[y]][predicted[x]];
                if (trueClasses[y] != predicted[x]) {
                    largestMistake = Math.max(largestMistake, heat[x][y]);
                }
            }
        }
        chart.getStyler().setShowValue(true).setMin(0).setMax(largestMistake)
                .setRangeColors(new Color[]{Color.WHITE, new Color(0x9ecae1), new Color(0x08519c)});
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.addSeries("counts", predicted, trueClasses, heat);
        return chart;
    }

    /**
     * The name a chart shows for f: its name, plus its slope α when it is a Leaky ReLU with
     * another α than the default 0.01, so that "leaky_relu" always means the same curve.
     */
    static String label(ElementwiseActivation f) {
        if (f instanceof LeakyReLU leaky && leaky.slope() != LeakyReLU.DEFAULT_SLOPE) {
            return f.name() + " (α = " + leaky.slope() + ")";
        }
        return f.name();
    }

    /** Three decimals on linear axes: 4.800000000000001 (binary rounding) reads 4.8. */
    static final String DECIMAL_PATTERN = "#0.###";

    /**
     * An XYChart whose tick labels stay readable when an axis is made logarithmic after it was
     * built ({@code chart.getStyler().setYAxisLogarithmic(true)}): the kit's decimal pattern
     * would print 1e-4, 1e-5 and 1e-6 all as "0", so while a log axis is painted its pattern is
     * left to XChart, which writes 0.01, 0.001, 1E-4, 1E-5 (a pattern set by the user is kept).
     */
    private static final class KitXYChart extends XYChart {
        KitXYChart(XYChartBuilder builder) {
            super(builder);
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            var styler = getStyler();
            String x = styler.getXAxisDecimalPattern();
            String y = styler.getYAxisDecimalPattern();
            if (styler.isXAxisLogarithmic() && DECIMAL_PATTERN.equals(x)) {
                styler.setXAxisDecimalPattern(null);
            }
            if (styler.isYAxisLogarithmic() && DECIMAL_PATTERN.equals(y)) {
                styler.setYAxisDecimalPattern(null);
            }
            try {
                super.paint(g, width, height);
            } finally {
                styler.setXAxisDecimalPattern(x);
                styler.setYAxisDecimalPattern(y);
            }
        }
    }

    static XYChart lineChart(String title, String xTitle, String yTitle) {
        return lineChart(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    static XYChart lineChart(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new KitXYChart(new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle));
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        chart.getStyler().setAntiAlias(true);
        chart.getStyler().setSeriesColors(PALETTE);
        chart.getStyler().setXAxisDecimalPattern(DECIMAL_PATTERN);
        chart.getStyler().setYAxisDecimalPattern(DECIMAL_PATTERN);
        return chart;
    }

    static void addCurve(XYChart chart, String name, double from, double to, DoubleUnaryOperator f) {
        // 401 evenly spaced points plus one halfway through the middle step: XChart puts a tick on
        // (nearly) every value of an evenly spaced axis (its issue #731), which crowds the labels;
        // the middle is where piecewise-linear functions such as ReLU6 are sloped, so y is uneven too.
        int n = 402;
        double step = (to - from) / 400;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i <= 200 ? from + i * step : i == 201 ? from + 200.5 * step : from + (i - 1) * step;
            ys[i] = f.applyAsDouble(xs[i]);
        }
        chart.addSeries(name, xs, ys).setMarker(SeriesMarkers.NONE);
    }
}
