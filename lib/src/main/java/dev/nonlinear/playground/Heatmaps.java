package dev.nonlinear.playground;

import dev.nonlinear.tensor.Matrix;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * The Playground's colours, and heatmaps painted in them from one column of a {@link LabGrid}
 * snapshot: values from −1 (orange #f59322) through 0 (light grey #e8eaeb) to +1 (blue #0877bd),
 * clipped outside. Classes beyond the Playground's two get colours of their own.
 */
final class Heatmaps {
    static final Color ORANGE = new Color(0xf59322);
    static final Color BLUE = new Color(0x0877bd);
    static final Color MIDDLE = new Color(0xe8eaeb);
    /** Class 0 orange and class 1 blue as in the Playground (label 0 ↔ its −1), then more. */
    static final Color[] CLASSES = {ORANGE, BLUE, new Color(0x2ca25f), new Color(0x8e5ea2),
            new Color(0xd6404e), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
    /** 201 shades from −1 to 1: a lookup instead of mixing colours for every cell of every frame. */
    private static final int[] SCALE = scale(201);

    private Heatmaps() {
    }

    /** The colour of a value in [−1, 1] (clipped), as an RGB int. */
    static int rgb(double value) {
        double v = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value));
        return SCALE[(int) Math.round((v + 1) * (SCALE.length - 1) / 2)];
    }

    /** Column {@code column} of a grid snapshot, times {@code scale}, as a CELLS × CELLS image. */
    static BufferedImage values(Matrix grid, int column, double scale, boolean discretize) {
        int[] pixels = new int[grid.rows()];
        for (int i = 0; i < pixels.length; i++) {
            double v = grid.get(i, column) * scale;
            pixels[i] = rgb(discretize ? (v >= 0 ? 1 : -1) : v);
        }
        return image(pixels);
    }

    /**
     * Class probabilities (one column per class) as the winning class's colour, paler where the
     * network is unsure (the winner barely ahead of an even 1/k); fully coloured when discretized.
     */
    static BufferedImage classes(Matrix probabilities, boolean discretize) {
        int k = probabilities.cols();
        int[] pixels = new int[probabilities.rows()];
        for (int i = 0; i < pixels.length; i++) {
            int best = probabilities.argmaxRow(i);
            double sureness = (probabilities.get(i, best) - 1.0 / k) / (1 - 1.0 / k);
            pixels[i] = mix(MIDDLE, CLASSES[best % CLASSES.length], discretize ? 1 : sureness);
        }
        return image(pixels);
    }

    /** The largest |value| of a column, so a feature such as x₁² (0 to 36) fills the scale. */
    static double maxAbs(Matrix grid, int column) {
        double max = 0;
        for (int i = 0; i < grid.rows(); i++) {
            max = Math.max(max, Math.abs(grid.get(i, column)));
        }
        return max == 0 ? 1 : max;
    }

    static int mix(Color from, Color to, double amount) {
        double t = Math.max(0, Math.min(1, amount));
        int r = (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t);
        int g = (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t);
        int b = (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t);
        return (r << 16) | (g << 8) | b;
    }

    private static BufferedImage image(int[] pixels) {
        BufferedImage image = new BufferedImage(LabGrid.CELLS, LabGrid.CELLS, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, LabGrid.CELLS, LabGrid.CELLS, pixels, 0, LabGrid.CELLS);
        return image;
    }

    private static int[] scale(int shades) {
        int[] colours = new int[shades];
        for (int i = 0; i < shades; i++) {
            double v = 2.0 * i / (shades - 1) - 1;
            colours[i] = v < 0 ? mix(MIDDLE, ORANGE, -v) : mix(MIDDLE, BLUE, v);
        }
        return colours;
    }
}
