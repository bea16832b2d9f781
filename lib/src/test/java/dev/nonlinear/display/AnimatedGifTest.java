package dev.nonlinear.display;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnimatedGifTest {

    @Test
    void writesAValidGifWithEveryFrameAndTheLoopExtension() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(50 * i, 0, 255 - 50 * i));
            g.fillRect(i * 5, 5, 10, 10);
            g.dispose();
            frames.add(image);
        }
        AnimatedGif gif = AnimatedGif.of(frames, 100);
        byte[] bytes = gif.bytes();

        assertEquals("GIF89a", new String(Arrays.copyOf(bytes, 6), StandardCharsets.US_ASCII));
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0"), "loops forever");
        assertEquals(5, gif.frameCount());
        assertEquals(5, framesIn(bytes));
    }

    @Test
    void chartsBecomeFrames() throws Exception {
        List<XYChart> charts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            XYChart chart = new XYChartBuilder().width(120).height(90).title("epoch " + i).build();
            chart.addSeries("loss", new double[] {0, 1, 2}, new double[] {3, 2.0 / i, 1.0 / i});
            charts.add(chart);
        }
        AnimatedGif gif = AnimatedGif.ofCharts(charts, 50);
        assertEquals(3, framesIn(gif.bytes()));
    }

    @Test
    void refusesAnEmptyAnimation() {
        assertThrows(IllegalArgumentException.class, () -> AnimatedGif.of(List.of(), 100));
    }

    private static int framesIn(byte[] gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            reader.dispose();
            return n;
        }
    }
}
