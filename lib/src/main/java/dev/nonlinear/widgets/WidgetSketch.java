package dev.nonlinear.widgets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Static pictures of controls, for notebooks run without a widget front end: a rendered notebook
 * still shows where each slider stood and which option was picked. Drawn plainly with Java2D in
 * the colours of Jupyter's widgets.
 */
final class WidgetSketch {
    static final int HEIGHT = 30;
    static final int LABEL_WIDTH = 110;
    static final int WIDTH = 360;
    private static final Color INK = new Color(0x33, 0x33, 0x33);
    private static final Color TRACK = new Color(0xbd, 0xbd, 0xbd);
    private static final Color ACCENT = new Color(0x21, 0x96, 0xf3);
    private static final Color BUTTON = new Color(0xee, 0xee, 0xee);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final FontMetrics METRICS = metrics(FONT);   // to size buttons before drawing them

    private WidgetSketch() {
    }

    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics metrics = g.getFontMetrics(font);
        g.dispose();
        return metrics;
    }

    /** A slider: the description, a track with its knob at {@code fraction}, the value. */
    static BufferedImage slider(String description, double fraction, String value) {
        return draw(WIDTH, (g, x) -> {
            int left = x, right = WIDTH - 70;
            g.setColor(TRACK);
            g.fillRoundRect(left, HEIGHT / 2 - 2, right - left, 4, 4, 4);
            int knob = left + (int) Math.round(Math.max(0, Math.min(1, fraction)) * (right - left));
            g.setColor(ACCENT);
            g.fillOval(knob - 7, HEIGHT / 2 - 7, 14, 14);
            g.setColor(INK);
            g.drawString(value, right + 10, HEIGHT / 2 + 5);
        }, description);
    }

    /** Buttons side by side (toggle buttons, a dropdown's choice), the {@code selected} one pressed. */
    static BufferedImage buttons(String description, List<String> labels, int selected) {
        int width = LABEL_WIDTH + labels.stream().mapToInt(label -> textWidth(label) + 24).sum() + 10;
        return draw(Math.max(width, 200), (g, x) -> {
            for (int i = 0; i < labels.size(); i++) {
                int w = textWidth(labels.get(i)) + 20;
                g.setColor(i == selected ? ACCENT : BUTTON);
                g.fillRect(x, 4, w, HEIGHT - 8);
                g.setColor(i == selected ? Color.WHITE : INK);
                g.drawString(labels.get(i), x + 10, HEIGHT / 2 + 5);
                x += w + 4;
            }
        }, description);
    }

    /** A checkbox, ticked or not. */
    static BufferedImage checkbox(String description, boolean ticked) {
        return draw(WIDTH, (g, x) -> {
            g.setColor(ticked ? ACCENT : Color.WHITE);
            g.fillRect(x, 8, 14, 14);
            g.setColor(INK);
            g.drawRect(x, 8, 14, 14);
            if (ticked) {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(2));
                g.drawPolyline(new int[]{x + 3, x + 6, x + 11}, new int[]{15, 19, 11}, 3);
            }
        }, description);
    }

    /** A line of text after the description (a label, a dropdown's value, an HTML widget's words). */
    static BufferedImage text(String description, String text) {
        int width = Math.max(WIDTH, LABEL_WIDTH + textWidth(text) + 20);
        return draw(Math.min(width, 900), (g, x) -> {
            g.setColor(INK);
            g.drawString(text, x, HEIGHT / 2 + 5);
        }, description);
    }

    /** Pictures side by side ({@code across}) or one under the other, as a box lays out its children. */
    static BufferedImage stack(List<BufferedImage> parts, boolean across) {
        int w = 1, h = 1;
        for (BufferedImage part : parts) {
            w = across ? w + part.getWidth() + 8 : Math.max(w, part.getWidth());
            h = across ? Math.max(h, part.getHeight()) : h + part.getHeight() + 4;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int at = 0;
        for (BufferedImage part : parts) {
            g.drawImage(part, across ? at : 0, across ? 0 : at, null);
            at += across ? part.getWidth() + 8 : part.getHeight() + 4;
        }
        g.dispose();
        return out;
    }

    private static BufferedImage draw(int width, DrawAfterLabel body, String description) {
        BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, HEIGHT);
        g.setFont(FONT);
        g.setColor(INK);
        boolean labelled = description != null && !description.isEmpty();
        if (labelled) {
            g.drawString(description, 4, HEIGHT / 2 + 5);
        }
        body.draw(g, labelled ? LABEL_WIDTH : 4);
        g.dispose();
        return image;
    }

    private static int textWidth(String text) {
        return METRICS.stringWidth(text);
    }

    @FunctionalInterface
    private interface DrawAfterLabel {
        void draw(Graphics2D g, int x);
    }
}
