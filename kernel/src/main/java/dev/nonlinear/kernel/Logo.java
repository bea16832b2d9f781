package dev.nonlinear.kernel;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** The kernel's logo for Jupyter's launcher, drawn here so the repository needs no image files. */
final class Logo {
    private Logo() {
    }

    /** Writes a {@code size}×{@code size} PNG. */
    static void write(Path file, int size) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xE7, 0x6F, 0x00));
            g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size * 5 / 8));
            FontMetrics metrics = g.getFontMetrics();
            String text = "Nj";
            g.drawString(text, (size - metrics.stringWidth(text)) / 2, (size - metrics.getHeight()) / 2 + metrics.getAscent());
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
