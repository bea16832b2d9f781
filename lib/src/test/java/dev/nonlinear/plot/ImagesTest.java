package dev.nonlinear.plot;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

class ImagesTest {

    @Test
    void aTitleGoesAboveTheImageAndWidensItWhenLonger() {
        BufferedImage black = Images.grayscale(new double[]{0, 0, 0, 0}, 2, 2, 20, false);
        BufferedImage titled = Images.titled("a", black);
        assertEquals(40, titled.getWidth());
        assertEquals(60, titled.getHeight(), "20 pixels of title");
        assertEquals(Color.BLACK.getRGB(), titled.getRGB(5, 25), "the image sits under the title");
        assertEquals(Color.WHITE.getRGB(), titled.getRGB(1, 1), "the title's background is white");

        BufferedImage wide = Images.titled("a title much wider than forty pixels", black);
        assertTrue(wide.getWidth() > 100, "widened to fit the title: " + wide.getWidth());
        assertEquals(Color.BLACK.getRGB(), wide.getRGB(wide.getWidth() / 2, 40), "the image is centred");
    }

    @Test
    void aKernelIsOneGreySquarePerEntry() {
        double[][] edge = {{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}};
        BufferedImage k = Images.kernel(edge, 40);
        assertEquals(120, k.getWidth());
        assertEquals(120, k.getHeight());
        assertEquals(Color.WHITE.getRGB(), k.getRGB(62, 45), "8, the largest entry, is white");
        assertEquals(Color.BLACK.getRGB(), k.getRGB(5, 5), "-1, the smallest, is black");
        assertThrows(IllegalArgumentException.class, () -> Images.kernel(new double[][]{{1, 2}, {3}}, 10));
    }
}
