package dev.nonlinear.plot;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.ElementwiseActivation;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Pictures of activations as one image each: a card with f and f′ side by side, and small
 * multiples (one small chart per activation, all on the same axes) to compare many of them, where
 * fifteen lines on one chart could not be told apart.
 */
public final class ActivationCharts {
    /** The inputs a card marks: the two values notebook 02 computes for every activation. */
    public static final double[] MARKED = {2, -3};
    static final int CARD_WIDTH = 460;
    static final int CARD_HEIGHT = 400;
    static final int TILE_WIDTH = 270;
    static final int TILE_HEIGHT = 200;

    private ActivationCharts() {
    }

    /** The card of the activation with this name, e.g. {@code card("sigmoid")}. */
    public static BufferedImage card(String name) {
        return card(Activations.elementwise(name));
    }

    /** f (left) and f′ (right) over [-5, 5], with f(2), f(−3) and f′(2), f′(−3) as dots whose values the legend gives. */
    public static BufferedImage card(ElementwiseActivation f) {
        return card(f, -5, 5);
    }

    /** f and f′ over [from, to], each with its values at x = 2 and x = −3 marked. */
    public static BufferedImage card(ElementwiseActivation f, double from, double to) {
        List<XYChart> charts = cardCharts(f, from, to);
        return Images.sideBySide(image(charts.get(0)), image(charts.get(1)));
    }

    /** The card's two charts: f, then f′. */
    static List<XYChart> cardCharts(ElementwiseActivation f, double from, double to) {
        String name = Plots.label(f);
        return List.of(marked(name + "(x)", name, f::apply, from, to),
                marked(primed(f) + "(x), its slope", primed(f), f::derivative, from, to));
    }

    /** f's label with a prime on its name: "relu′", "leaky_relu′ (α = 0.1)". */
    static String primed(ElementwiseActivation f) {
        return f.name() + "′" + Plots.label(f).substring(f.name().length());
    }

    private static BufferedImage image(XYChart chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static XYChart marked(String title, String name, DoubleUnaryOperator g, double from, double to) {
        XYChart chart = Plots.lineChart(title, "x", name + "(x)", CARD_WIDTH, CARD_HEIGHT);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);   // inside, it would hide part of some curves
        Plots.addCurve(chart, name, from, to, g);
        for (double x : MARKED) {
            double y = g.applyAsDouble(x);
            Plots.addPoints(chart, String.format(Locale.ROOT, "%s(%s) = %.4f", name, (int) x, y), new double[]{x}, new double[]{y});
        }
        // A card is a fraction of a notebook's width: smaller than the kit's usual 640 × 400.
        chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getStyler().setLegendBackgroundColor(new java.awt.Color(255, 255, 255, 220));
        return chart;
    }

    /** f over [from, to] for each activation, one small chart each, all with the same x and y axes. */
    public static BufferedImage smallMultiples(List<? extends ElementwiseActivation> functions, double from, double to) {
        return tiles(functions, from, to, false);
    }

    /** f′ over [from, to] for each activation, one small chart each, all with the same axes. */
    public static BufferedImage smallMultiplesOfDerivatives(List<? extends ElementwiseActivation> functions,
                                                            double from, double to) {
        return tiles(functions, from, to, true);
    }

    private static BufferedImage tiles(List<? extends ElementwiseActivation> functions, double from, double to,
                                       boolean derivative) {
        List<BufferedImage> images = tileCharts(functions, from, to, derivative).stream().map(ActivationCharts::image).toList();
        return Images.grid(images, null, functions.size() <= 6 ? 3 : 4);
    }

    /** One small chart per activation, every one with the same x and y range. */
    static List<XYChart> tileCharts(List<? extends ElementwiseActivation> functions, double from, double to,
                                    boolean derivative) {
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("no activations to draw");
        }
        if (!(to > from)) {
            throw new IllegalArgumentException("need from < to, got from=" + from + ", to=" + to);
        }
        List<XYChart> charts = new ArrayList<>();
        double low = 0;   // the y axis always shows 0, so "where is it zero" reads the same in every tile
        double high = 0;
        for (ElementwiseActivation f : functions) {
            DoubleUnaryOperator g = derivative ? f::derivative : f::apply;
            String name = derivative ? primed(f) : Plots.label(f);
            XYChart chart = Plots.lineChart(name, "x", name, TILE_WIDTH, TILE_HEIGHT);
            chart.getStyler().setYAxisTitleVisible(false);
            Plots.addCurve(chart, name, from, to, g);
            for (double y : chart.getSeriesMap().get(name).getYData()) {
                low = Math.min(low, y);
                high = Math.max(high, y);
            }
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            charts.add(chart);
        }
        double pad = 0.05 * (high - low);
        for (XYChart chart : charts) {
            chart.getStyler().setXAxisMin(from).setXAxisMax(to).setYAxisMin(low - pad).setYAxisMax(high + pad);
        }
        return charts;
    }
}
