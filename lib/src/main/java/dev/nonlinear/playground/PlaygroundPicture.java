package dev.nonlinear.playground;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.plot.Plots;
import dev.nonlinear.tensor.Matrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * The Playground's page as one image: epoch and losses on top, the network on the left
 * ({@link NetworkDiagram}), and on the right the big output heatmap with the data points
 * (training points ringed white, test points ringed black when shown) over a chart of both
 * losses per epoch. Every heatmap comes from one {@link LabGrid} pass.
 */
final class PlaygroundPicture {
    static final int WIDTH = 1000;
    static final int HEIGHT = 580;
    private static final int OUTPUT_X = 660;
    private static final int OUTPUT_Y = NetworkDiagram.TOP;
    private static final int OUTPUT_SIZE = 300;
    private static final int CHART_Y = OUTPUT_Y + OUTPUT_SIZE + 30;
    private static final Color TEXT = new Color(0x333333);

    private PlaygroundPicture() {
    }

    static BufferedImage draw(PlaygroundLab lab) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        LabGrid.Snapshot grid = LabGrid.evaluate(lab.model(), lab.features());
        header(g, lab);
        NetworkDiagram.draw(g, lab, grid, OUTPUT_X - 8, OUTPUT_Y + OUTPUT_SIZE / 2);
        output(g, lab, grid.output());
        losses(g, lab.history());
        legend(g, lab.classes());
        g.dispose();
        return image;
    }

    private static void header(Graphics2D g, PlaygroundLab lab) {
        LabSettings s = lab.settings();
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("Epoch", 20, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(String.format(Locale.ROOT, "%06d", lab.epoch()), 20, 50);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(String.format(Locale.ROOT, "%s · noise %.0f%% · %d%% train · batch %d · learning rate %s · %s · loss %s",
                s.dataset(), s.noise() * 100, Math.round(s.trainRatio() * 100), s.batchSize(), s.learningRate(),
                "regularization " + s.regularization(), lab.loss().name()), 140, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(String.format(Locale.ROOT, "Training loss %.4f     Test loss %.4f",
                lab.history().lastTrainLoss(), lab.history().lastTestLoss()), OUTPUT_X, 50);
    }

    /** The output over the plane, coloured as the problem needs, with the points on top. */
    private static void output(Graphics2D g, PlaygroundLab lab, Matrix output) {
        boolean discretize = lab.settings().discretize();
        BufferedImage heatmap = switch (lab.classes()) {
            case 0 -> Heatmaps.values(output, 0, 1, discretize);
            case 2 -> Heatmaps.values(output.map(p -> 2 * p - 1), 0, 1, discretize);   // p = ½ is the boundary
            default -> Heatmaps.classes(output, discretize);
        };
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(heatmap, OUTPUT_X, OUTPUT_Y, OUTPUT_SIZE, OUTPUT_SIZE, null);
        g.setColor(new Color(255, 255, 255, 70));   // paler, as in the Playground, so the points stand out
        g.fillRect(OUTPUT_X, OUTPUT_Y, OUTPUT_SIZE, OUTPUT_SIZE);
        points(g, lab.points().train(), lab.classes(), Color.WHITE);
        if (lab.settings().showTestData()) {
            points(g, lab.points().test(), lab.classes(), Color.BLACK);
        }
        g.setColor(new Color(0xb0b0b0));
        g.setStroke(new BasicStroke(1));
        g.drawRect(OUTPUT_X, OUTPUT_Y, OUTPUT_SIZE, OUTPUT_SIZE);
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int v = -6; v <= 6; v += 6) {
            int at = (int) LabGrid.toPixel(v, OUTPUT_SIZE);
            g.drawString(String.valueOf(v), OUTPUT_X + at - 4, OUTPUT_Y + OUTPUT_SIZE + 12);
            g.drawString(String.valueOf(-v), OUTPUT_X + OUTPUT_SIZE + 4, OUTPUT_Y + at + 4);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        g.drawString("OUTPUT", OUTPUT_X, OUTPUT_Y - 10);
    }

    /** Each point in its class's colour (its target's, for regression), ringed in {@code ring}. */
    private static void points(Graphics2D g, Dataset data, int classes, Color ring) {
        g.setStroke(new BasicStroke(1));
        for (int i = 0; i < data.size(); i++) {
            double x = OUTPUT_X + LabGrid.toPixel(data.x().get(i, 0), OUTPUT_SIZE);
            double y = OUTPUT_Y + LabGrid.toPixel(-data.x().get(i, 1), OUTPUT_SIZE);
            if (x < OUTPUT_X || x > OUTPUT_X + OUTPUT_SIZE || y < OUTPUT_Y || y > OUTPUT_Y + OUTPUT_SIZE) {
                continue;   // a wide gauss cloud's tail, outside the square shown
            }
            g.setColor(classes == 0 ? new Color(Heatmaps.rgb(data.y().get(i, 0)))
                    : Heatmaps.CLASSES[data.label(i) % Heatmaps.CLASSES.length]);
            g.fillOval((int) x - 3, (int) y - 3, 7, 7);
            g.setColor(ring);
            g.drawOval((int) x - 3, (int) y - 3, 7, 7);
        }
    }

    /** What the colours and widths mean, in the empty corner under the network. */
    private static void legend(Graphics2D g, int classes) {
        String[] lines = {
                classes == 0 ? "Colours: orange = negative value, blue = positive, grey = 0."
                        : classes == 2 ? "Colours: orange = class 0, blue = class 1, pale = unsure."
                        : "Colours: one per class (orange 0, blue 1, green 2 …), pale = unsure.",
                "Small squares: each feature and each neuron over the plane [−6, 6]².",
                "Links: width grows with |weight|; blue positive, orange negative.",
                "Points: training data ringed white, test data ringed black."};
        g.setColor(new Color(0x777777));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 20, HEIGHT - 70 + 16 * i);
        }
    }

    /** Both losses per epoch, drawn by the kit's XChart line chart, small. */
    private static void losses(Graphics2D g, LossHistory history) {
        if (history.size() < 2) {
            g.setColor(TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 12));
            g.drawString("losses appear here after the first step", OUTPUT_X, CHART_Y + 40);
            return;
        }
        XYChart chart = Plots.history(history.table(), "train_loss", "test_loss");
        var styler = chart.getStyler();
        styler.setChartTitleVisible(false);
        chart.getStyler().setXAxisTitleVisible(false);
        chart.getStyler().setYAxisTitleVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        styler.setChartPadding(2);
        styler.setXAxisTicksVisible(false);   // epochs 1 … n, left to right (XChart would label nearly every one)
        chart.getSeriesMap().get("train_loss").setLineColor(new Color(0x999999));
        chart.getSeriesMap().get("test_loss").setLineColor(Color.BLACK);
        Graphics2D chartArea = (Graphics2D) g.create(OUTPUT_X - 30, CHART_Y, OUTPUT_SIZE + 30, HEIGHT - CHART_Y - 8);
        chart.paint(chartArea, OUTPUT_SIZE + 30, HEIGHT - CHART_Y - 8);
        chartArea.dispose();
    }
}
