package dev.nonlinear.plot;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Table;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Training runs compared as small multiples: one small chart per run, all on the same axes, its
 * own curve in colour and the other runs in light grey behind it. Eight curves on one chart
 * tangle; eight small charts can be read one by one and still compared.
 */
public final class RunCharts {
    private static final Color OTHERS = new Color(0xd9d9d9);

    private RunCharts() {
    }

    /** One tile per run (in the map's order; use a LinkedHashMap), showing {@code column} per epoch. */
    public static BufferedImage smallMultiples(Map<String, Table> runs, String column) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to draw");
        }
        List<BufferedImage> tiles = new ArrayList<>();
        for (String name : runs.keySet()) {
            tiles.add(BitmapEncoder.getBufferedImage(tile(runs, name, column)));
        }
        return Images.grid(tiles, null, runs.size() <= 6 ? 3 : 4);
    }

    /** The chart of one run: the others first, in grey, so the run itself is drawn on top. */
    static XYChart tile(Map<String, Table> runs, String highlighted, String column) {
        int epochs = runs.values().stream().mapToInt(Table::rowCount).max().orElse(0);
        XYChart chart = Plots.lineChart(highlighted, "epochs 1 to " + epochs, column,
                ActivationCharts.TILE_WIDTH, ActivationCharts.TILE_HEIGHT);
        // XChart puts a tick on every n-th value of evenly spaced epochs, which crowds a small
        // chart with labels such as 113 127 141; the axis title gives the range instead.
        chart.getStyler().setXAxisTicksVisible(false);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (var run : runs.entrySet()) {
            double[] y = run.getValue().doubleColumn(column).asDoubleArray();
            for (double v : y) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            if (!run.getKey().equals(highlighted)) {
                XYSeries other = chart.addSeries(run.getKey(), run.getValue().intColumn("epoch").asDoubleArray(), y);
                other.setLineColor(OTHERS);
            }
        }
        Table own = runs.get(highlighted);
        XYSeries series = chart.addSeries(highlighted, own.intColumn("epoch").asDoubleArray(), own.doubleColumn(column).asDoubleArray());
        series.setLineColor(new Color(0x1f77b4));
        double pad = 0.05 * Math.max(high - low, 1e-9);
        chart.getStyler().setYAxisMin(low - pad).setYAxisMax(high + pad);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisTitleVisible(false);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return chart;
    }
}
