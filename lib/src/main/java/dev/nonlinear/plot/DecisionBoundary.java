package dev.nonlinear.plot;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws what a 2-input classifier has learned, the way TensorFlow Playground does: every pixel of
 * the plane coloured by the model's output (orange for class 0, blue for class 1, white where it
 * is unsure), with the data points on top.
 */
public final class DecisionBoundary {
    private static final Color ORANGE = new Color(0xf59322);
    private static final Color BLUE = new Color(0x0877bd);
    private static final int MARGIN = 28;

    private DecisionBoundary() {
    }

    /** A {@code size}×{@code size} plot of the square [−extent, extent]² (the Playground uses 6). */
    public static BufferedImage render(Sequential model, Dataset data, String title, int size, double extent) {
        if (model.inputSize() != 2 || model.outputSize() != 1) {
            throw new IllegalArgumentException("a decision boundary needs a model with 2 inputs and 1 output, got "
                    + model.inputSize() + " inputs and " + model.outputSize() + " outputs");
        }
        int plot = size - 2 * MARGIN;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);

        // One batch for the whole grid: a forward pass per pixel would be far slower.
        Matrix output = model.predict(grid(plot, extent));
        for (int py = 0; py < plot; py++) {
            for (int px = 0; px < plot; px++) {
                image.setRGB(MARGIN + px, MARGIN + py, shade(output.get(py * plot + px, 0)).getRGB());
            }
        }

        for (int i = 0; i < data.size(); i++) {
            int x = MARGIN + toPixel(data.x().get(i, 0), plot, extent);
            int y = MARGIN + toPixel(-data.x().get(i, 1), plot, extent);
            g.setColor(data.label(i) == 1 ? BLUE : ORANGE);
            g.fillOval(x - 3, y - 3, 7, 7);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1f));
            g.drawOval(x - 3, y - 3, 7, 7);
        }

        g.setColor(Color.DARK_GRAY);
        g.drawRect(MARGIN, MARGIN, plot, plot);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(String.format("%.0f", -extent), MARGIN - 4, size - MARGIN + 14);
        g.drawString(String.format("%.0f", extent), size - MARGIN - 8, size - MARGIN + 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(title, MARGIN, MARGIN - 9);
        g.dispose();
        return image;
    }

    public static BufferedImage render(Sequential model, Dataset data, String title) {
        return render(model, data, title, 320, 6);
    }

    /**
     * The centres of a {@code cells × cells} grid over [−extent, extent]², one row per cell, row by
     * row from the top left (y decreasing downwards, as on screen).
     */
    static Matrix grid(int cells, double extent) {
        Matrix grid = new Matrix(cells * cells, 2);
        for (int py = 0; py < cells; py++) {
            for (int px = 0; px < cells; px++) {
                grid.set(py * cells + px, 0, toData(px, cells, extent));
                grid.set(py * cells + px, 1, -toData(py, cells, extent));
            }
        }
        return grid;
    }

    private static double toData(int pixel, int plot, double extent) {
        return -extent + 2 * extent * (pixel + 0.5) / plot;
    }

    private static int toPixel(double value, int plot, double extent) {
        return (int) Math.round((value + extent) / (2 * extent) * plot);
    }

    /** Output 0 → orange, 0.5 → white, 1 → blue, softened so the points stay visible. */
    static Color shade(double p) {
        double t = Math.max(0, Math.min(1, p));
        Color target = t < 0.5 ? ORANGE : BLUE;
        double strength = Math.abs(t - 0.5) * 2 * 0.6;
        return new Color(mix(255, target.getRed(), strength), mix(255, target.getGreen(), strength),
                mix(255, target.getBlue(), strength));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }
}
