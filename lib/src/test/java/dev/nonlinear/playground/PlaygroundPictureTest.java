package dev.nonlinear.playground;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaygroundPictureTest {

    /** Pixels of the output square near the Playground's orange and blue. */
    private static int[] orangeAndBlue(BufferedImage image) {
        int[] counts = new int[2];
        for (int y = 100; y < 400; y++) {
            for (int x = 660; x < 960; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() > 200 && c.getGreen() > 110 && c.getGreen() < 190 && c.getBlue() < 120) {
                    counts[0]++;
                }
                if (c.getBlue() > 150 && c.getRed() < 100) {
                    counts[1]++;
                }
            }
        }
        return counts;
    }

    @Test
    void aTrainedCircleShowsBothClassesInThePlaygroundsColours() throws IOException {
        PlaygroundLab lab = new PlaygroundLab(7);
        lab.settings().learningRate(0.1).showTestData(true);
        PlaygroundLabTest.train(lab, 150);
        BufferedImage picture = lab.picture();
        assertEquals(PlaygroundPicture.WIDTH, picture.getWidth());
        assertEquals(PlaygroundPicture.HEIGHT, picture.getHeight());
        int[] counts = orangeAndBlue(picture);
        assertTrue(counts[0] > 5_000 && counts[1] > 5_000, "orange " + counts[0] + ", blue " + counts[1]);
        // The centre of the circle is blue, a corner orange.
        assertTrue(new Color(picture.getRGB(810, 250)).getBlue() > 150);
        assertTrue(new Color(picture.getRGB(665, 105)).getRed() > 200);
        Files.createDirectories(Path.of("target"));
        ImageIO.write(picture, "png", Path.of("target/playground-engine.png").toFile());
    }

    @Test
    void anUntrainedNetworkIsPaleAndDiscretizeMakesItFull() {
        PlaygroundLab lab = new PlaygroundLab(7);
        int[] pale = orangeAndBlue(lab.picture());
        lab.settings().discretize(true);
        int[] full = orangeAndBlue(lab.picture());
        assertTrue(full[0] + full[1] > 80_000, "discretized: every cell is orange or blue");
        assertTrue(pale[0] + pale[1] < full[0] + full[1]);
    }

    @Test
    void everyProblemAndShapeDraws() {
        for (String dataset : new String[]{"spiral-3", "reg-gauss", "gauss"}) {
            PlaygroundLab lab = new PlaygroundLab(3);
            lab.settings().dataset(dataset).features("x1", "x2", "x1^2", "x2^2", "x1x2", "sin x1", "sin x2")
                    .showTestData(true).discretize(dataset.equals("gauss"));
            for (int i = 0; i < 4; i++) {
                lab.addLayer();
                for (int n = 0; n < 6; n++) {
                    lab.addNeuron(i + 2);
                }
            }
            lab.step();
            BufferedImage picture = lab.picture();
            assertEquals(PlaygroundPicture.WIDTH, picture.getWidth(), dataset);
        }
        PlaygroundLab bare = new PlaygroundLab(3);
        bare.removeLayer();
        bare.removeLayer();
        assertEquals(PlaygroundPicture.HEIGHT, bare.picture().getHeight());
    }
}
