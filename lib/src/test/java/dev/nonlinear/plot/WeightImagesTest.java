package dev.nonlinear.plot;

import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

class WeightImagesTest {

    @Test
    void positiveWeightsAreBlueNegativeRedAndZeroWhite() {
        BufferedImage image = WeightImages.diverging(new double[]{2, -2, 0, 1}, 2, 1);
        assertEquals(new Color(0, 0, 255), new Color(image.getRGB(0, 0)), "the largest positive weight");
        assertEquals(new Color(255, 0, 0), new Color(image.getRGB(1, 0)), "the largest negative weight");
        assertEquals(Color.WHITE, new Color(image.getRGB(0, 1)), "a zero weight");
        assertEquals(new Color(128, 128, 255), new Color(image.getRGB(1, 1)), "half the largest weight");
    }

    @Test
    void eachUnitIsOneColumnOfTheWeights() {
        // 4 inputs (a 2 × 2 image) × 3 units; unit 1 has weight 5 on pixel 3 only.
        Matrix weights = new Matrix(4, 3);
        weights.set(3, 1, 5);
        BufferedImage unit1 = WeightImages.diverging(weights.transpose().getRow(1), 2, 1);
        assertEquals(new Color(0, 0, 255), new Color(unit1.getRGB(1, 1)));
        assertEquals(Color.WHITE, new Color(unit1.getRGB(0, 0)));
        BufferedImage grid = WeightImages.firstUnits(weights, 3, 3, 10);
        assertEquals(3 * (20 + 4) + 4, grid.getWidth(), "three 20-pixel tiles with 4-pixel gaps");
    }

    @Test
    void refusesLayersThatAreNotSquareImages() {
        var error = assertThrows(IllegalArgumentException.class, () -> WeightImages.firstUnits(new Matrix(5, 2), 2, 2, 1));
        assertTrue(error.getMessage().contains("5 inputs"), error.getMessage());
        var tooMany = assertThrows(IllegalArgumentException.class, () -> WeightImages.firstUnits(new Matrix(4, 2), 3, 2, 1));
        assertTrue(tooMany.getMessage().contains("between 1 and 2, got 3"), tooMany.getMessage());
    }
}
