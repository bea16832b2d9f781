package dev.nonlinear.playground;

import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.util.List;

/**
 * The left part of the picture, drawn like the Playground: a column of feature heatmaps, a column
 * of neuron heatmaps per hidden layer (each neuron's output over the plane), and the links
 * between them as curves whose width grows with |weight| and whose colour is its sign (orange
 * negative, blue positive). The links of the last layer end at the output nodes, beside the big
 * output heatmap that {@link PlaygroundPicture} draws.
 */
final class NetworkDiagram {
    static final int NODE = 38;
    static final int STEP = 48;
    static final int TOP = 100;
    static final int LEFT = 70;
    static final int OUTPUT_NODE = 14;
    private static final Color BORDER = new Color(0xb0b0b0);
    private static final Color TEXT = new Color(0x555555);

    private NetworkDiagram() {
    }

    /** Draws everything left of {@code outputX}; the output nodes are centred on {@code outputY}. */
    static void draw(Graphics2D g, PlaygroundLab lab, LabGrid.Snapshot grid, int outputX, int outputY) {
        Sequential model = lab.model();
        List<Dense> dense = model.layers().stream().filter(l -> l instanceof Dense).map(l -> (Dense) l).toList();
        HiddenLayers hidden = lab.settings().hidden();
        int columns = hidden.layers() + 1;
        int spacing = (outputX - LEFT - NODE) / columns;

        for (int k = 0; k < dense.size(); k++) {
            Matrix w = dense.get(k).weights();
            boolean last = k == dense.size() - 1;
            for (int i = 0; i < w.rows(); i++) {
                for (int j = 0; j < w.cols(); j++) {
                    double x1 = LEFT + k * spacing + NODE;
                    double y1 = TOP + i * STEP + NODE / 2.0;
                    double x2 = last ? outputX - OUTPUT_NODE : LEFT + (k + 1) * spacing;
                    double y2 = last ? outputNodeY(j, w.cols(), outputY) : TOP + j * STEP + NODE / 2.0;
                    link(g, x1, y1, x2, y2, w.get(i, j));
                }
            }
        }

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        g.setColor(TEXT);
        g.drawString("FEATURES", LEFT - 10, TOP - 24);
        List<Feature> features = lab.features();
        for (int i = 0; i < features.size(); i++) {
            double scale = 1 / Heatmaps.maxAbs(grid.features(), i);
            node(g, Heatmaps.values(grid.features(), i, scale, false), LEFT, TOP + i * STEP);
            g.setColor(TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int width = g.getFontMetrics().stringWidth(features.get(i).symbol());
            g.drawString(features.get(i).symbol(), LEFT - 6 - width, TOP + i * STEP + NODE / 2 + 4);
        }
        for (int layer = 0; layer < hidden.layers(); layer++) {
            int x = LEFT + (layer + 1) * spacing;
            g.setColor(TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            g.drawString("LAYER " + (layer + 1), x - 4, TOP - 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString(hidden.neurons(layer) + " × " + hidden.activation(layer), x - 4, TOP - 10);
            Matrix values = grid.hidden().get(layer);
            for (int i = 0; i < values.cols(); i++) {
                node(g, Heatmaps.values(values, i, 1, false), x, TOP + i * STEP);
            }
        }
        outputNodes(g, dense.get(dense.size() - 1).outputs(), lab.classes(), outputX, outputY);
    }

    /** Width 0.6 px at 0 up to 7 px at |w| ≥ 4; orange for negative, blue for positive. */
    private static void link(Graphics2D g, double x1, double y1, double x2, double y2, double weight) {
        double strength = Math.min(Math.abs(weight), 4);
        g.setStroke(new BasicStroke((float) (0.6 + strength * 1.6), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        int rgb = Heatmaps.rgb(Math.signum(weight) * Math.max(0.35, Math.min(1, Math.abs(weight))));
        g.setColor(new Color(rgb & 0xffffff | 0xc8 << 24, true));
        double middle = (x1 + x2) / 2;
        g.draw(new CubicCurve2D.Double(x1, y1, middle, y1, middle, y2, x2, y2));
    }

    private static void node(Graphics2D g, java.awt.image.BufferedImage heatmap, int x, int y) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(heatmap, x, y, NODE, NODE, null);
        g.setStroke(new BasicStroke(1));
        g.setColor(BORDER);
        g.drawRect(x, y, NODE, NODE);
    }

    /** One small square per output: grey for one output, the class colours for a softmax. */
    private static void outputNodes(Graphics2D g, int outputs, int classes, int x, int centreY) {
        for (int j = 0; j < outputs; j++) {
            int y = (int) Math.round(outputNodeY(j, outputs, centreY)) - OUTPUT_NODE / 2;
            g.setColor(outputs == 1 ? Color.WHITE : Heatmaps.CLASSES[j % Heatmaps.CLASSES.length]);
            g.fillRect(x - OUTPUT_NODE, y, OUTPUT_NODE, OUTPUT_NODE);
            g.setStroke(new BasicStroke(1));
            g.setColor(BORDER);
            g.drawRect(x - OUTPUT_NODE, y, OUTPUT_NODE, OUTPUT_NODE);
        }
    }

    static double outputNodeY(int j, int outputs, int centreY) {
        return centreY + (j - (outputs - 1) / 2.0) * (OUTPUT_NODE + 10);
    }
}
