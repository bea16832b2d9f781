package dev.nonlinear.plot;

import dev.nonlinear.tensor.Matrix;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Grayscale pictures of pixel rows, such as MNIST digits (784 values in [0, 1] per row). */
public final class Images {
    private Images() {
    }

    /**
     * One image from {@code width × height} values, scaled up {@code scale} times. Values are
     * mapped from [min, max] of the data to black..white, or ink-on-paper when {@code inkOnPaper}.
     */
    public static BufferedImage grayscale(double[] pixels, int width, int height, int scale, boolean inkOnPaper) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("an image of " + width + "x" + height + " needs " + (width * height)
                    + " values, got " + pixels.length);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double p : pixels) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        double low = min;
        double range = max > min ? max - min : 1;
        return fromValues(width, height, scale, i -> {
            int level = (int) Math.round(255 * (pixels[i] - low) / range);
            int shown = inkOnPaper ? 255 - level : level;
            return new Color(shown, shown, shown).getRGB();
        });
    }

    /**
     * A {@code width × height} picture of values stored row by row, each drawn as a square of
     * {@code scale × scale} pixels in the colour {@code rgbOf} gives for its index.
     */
    static BufferedImage fromValues(int width, int height, int scale, IntUnaryOperator rgbOf) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < width * height; i++) {
            int rgb = rgbOf.applyAsInt(i);
            int x = (i % width) * scale;
            int y = (i / width) * scale;
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    image.setRGB(x + dx, y + dy, rgb);
                }
            }
        }
        return image;
    }

    /** A square image from a row of n² values (a 28×28 digit from a 784-value row). */
    public static BufferedImage digit(double[] pixels, int scale) {
        int side = (int) Math.round(Math.sqrt(pixels.length));
        return grayscale(pixels, side, side, scale, true);
    }

    /**
     * A grid of digits, {@code columns} per row, each with a caption under it (e.g. its label,
     * or "7 → 1 (98%)" for a mistake). Captions may be null.
     */
    public static BufferedImage grid(Matrix images, String[] captions, int columns, int scale) {
        if (images.rows() == 0) {
            throw new IllegalArgumentException("no images to show");
        }
        List<BufferedImage> tiles = new ArrayList<>();
        for (int i = 0; i < images.rows(); i++) {
            tiles.add(digit(images.getRow(i), scale));
        }
        return grid(tiles, captions, columns);
    }

    /** Pictures of one size in a grid, {@code columns} per row, each captioned (captions may be null). */
    public static BufferedImage grid(List<BufferedImage> tiles, String[] captions, int columns) {
        int count = tiles.size();
        if (count == 0) {
            throw new IllegalArgumentException("no images to show");
        }
        if (captions != null && captions.length != count) {
            throw new IllegalArgumentException(count + " images but " + captions.length + " captions");
        }
        int cellWidth = tiles.get(0).getWidth();
        int cellHeight = tiles.get(0).getHeight();
        int captionHeight = captions == null ? 4 : 16;
        int cols = Math.min(columns, count);
        int rows = (count + cols - 1) / cols;
        BufferedImage grid = new BufferedImage(cols * (cellWidth + 4) + 4, rows * (cellHeight + captionHeight + 4) + 4,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i < count; i++) {
            int x = 4 + (i % cols) * (cellWidth + 4);
            int y = 4 + (i / cols) * (cellHeight + captionHeight + 4);
            g.drawImage(tiles.get(i), x, y, null);
            if (captions != null && captions[i] != null) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(captions[i], x + 1, y + cellHeight + 12);
            }
        }
        g.dispose();
        return grid;
    }

    /** A grid captioned with the digit labels. */
    public static BufferedImage grid(Matrix images, int[] labels, int columns, int scale) {
        String[] captions = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            captions[i] = String.valueOf(labels[i]);
        }
        return grid(images, captions, columns, scale);
    }

    /**
     * The image with a title above it, e.g. "after ReLU" over a feature map, so that pictures
     * placed side by side each say what they are. A title wider than the image widens it (centred).
     */
    public static BufferedImage titled(String title, java.awt.image.RenderedImage image) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 13);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = probe.createGraphics();
        int textWidth = measure.getFontMetrics(font).stringWidth(title);
        measure.dispose();
        int titleHeight = 20;
        int width = Math.max(image.getWidth(), textWidth + 12);
        BufferedImage out = new BufferedImage(width, image.getHeight() + titleHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, out.getHeight());
        g.setColor(Color.DARK_GRAY);
        g.setFont(font);
        g.drawString(title, (width - textWidth) / 2, 15);
        g.drawRenderedImage(image, java.awt.geom.AffineTransform.getTranslateInstance((width - image.getWidth()) / 2.0, titleHeight));
        g.dispose();
        return out;
    }

    /**
     * A small matrix such as a 3 × 3 convolution kernel, one square of {@code cell} pixels per
     * entry, grey from black (smallest) to white (largest) like {@link #grayscale}, with each
     * number written on its square.
     */
    public static BufferedImage kernel(double[][] values, int cell) {
        int rows = values.length;
        int cols = values[0].length;
        double[] flat = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, row 0 has " + cols);
            }
            System.arraycopy(values[r], 0, flat, r * cols, cols);
        }
        BufferedImage image = grayscale(flat, cols, rows, cell, false);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, cell / 3)));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                String text = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
                int level = new Color(image.getRGB(c * cell, r * cell)).getRed();
                g.setColor(level < 128 ? Color.WHITE : Color.BLACK);
                int w = g.getFontMetrics().stringWidth(text);
                g.drawString(text, c * cell + (cell - w) / 2, r * cell + cell / 2 + g.getFontMetrics().getAscent() / 3);
            }
        }
        g.setColor(Color.GRAY);
        g.drawRect(0, 0, image.getWidth() - 1, image.getHeight() - 1);
        g.dispose();
        return image;
    }

    /** Images placed left to right with a small gap, e.g. decision boundaries to compare. */
    public static BufferedImage sideBySide(List<? extends java.awt.image.RenderedImage> images) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no images to place side by side");
        }
        int gap = 8;
        int width = -gap;
        int height = 0;
        for (var image : images) {
            width += image.getWidth() + gap;
            height = Math.max(height, image.getHeight());
        }
        BufferedImage row = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = row.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = 0;
        for (var image : images) {
            g.drawRenderedImage(image, java.awt.geom.AffineTransform.getTranslateInstance(x, 0));
            x += image.getWidth() + gap;
        }
        g.dispose();
        return row;
    }

    public static BufferedImage sideBySide(java.awt.image.RenderedImage... images) {
        return sideBySide(List.of(images));
    }
}
