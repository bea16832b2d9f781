package dev.nonlinear.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.Map;

/**
 * Histograms drawn as outlines on one chart, so several distributions (say, the activations of
 * layers 1, 5 and 10) can be compared at a glance. Each shows the fraction of its values per bin;
 * values outside [from, to] are counted in the first or last bin and the title says how many.
 */
public final class Histograms {
    private Histograms() {
    }

    /** One outline per entry, in the map's order (use a LinkedHashMap to choose it), over {@code bins} equal bins. */
    public static XYChart of(String title, String xTitle, Map<String, double[]> samples, double from, double to, int bins) {
        if (!(to > from) || bins < 1) {
            throw new IllegalArgumentException("a histogram needs from < to and at least one bin, got from=" + from
                    + ", to=" + to + ", bins=" + bins);
        }
        XYChart chart = Plots.lineChart(title, xTitle, "fraction of values");
        int clipped = 0;
        for (var entry : samples.entrySet()) {
            double[] fractions = new double[bins + 1];   // one more: a step line needs the right edge of the last bin
            for (double v : entry.getValue()) {
                int bin = (int) Math.floor((v - from) / (to - from) * bins);
                if (bin < 0 || bin >= bins) {
                    clipped++;
                }
                fractions[Math.max(0, Math.min(bins - 1, bin))] += 1.0 / entry.getValue().length;
            }
            fractions[bins] = fractions[bins - 1];
            XYSeries series = chart.addSeries(entry.getKey(), edges(from, to, bins), fractions);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        }
        if (clipped > 0) {
            chart.setTitle(title + " (" + clipped + " values outside [" + from + ", " + to + "] in the end bins)");
        }
        return chart;
    }

    /** The bins' left edges and the last right edge: from, from + w, …, to. */
    private static double[] edges(double from, double to, int bins) {
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = from + (to - from) * i / bins;
        }
        return edges;
    }
}
