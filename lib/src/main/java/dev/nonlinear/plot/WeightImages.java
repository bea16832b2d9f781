package dev.nonlinear.plot;

import dev.nonlinear.tensor.Matrix;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a first layer looks for: each hidden unit of a network on images has one weight per pixel,
 * so its weights are themselves a picture. Blue where a bright pixel pushes the unit up, red
 * where it pushes it down, white for weights near 0 (pixels the unit ignores).
 */
public final class WeightImages {
    private WeightImages() {
    }

    /**
     * The first {@code units} hidden units of a layer whose weights W are pixels × units (784 × 128
     * for MNIST): column j of W, drawn as a square image, captioned "unit j".
     */
    public static BufferedImage firstUnits(Matrix weights, int units, int columns, int scale) {
        if (units < 1 || units > weights.cols()) {
            throw new IllegalArgumentException("units must be between 1 and " + weights.cols() + ", got " + units);
        }
        int side = (int) Math.round(Math.sqrt(weights.rows()));
        if (side * side != weights.rows()) {
            throw new IllegalArgumentException("a layer with " + weights.rows()
                    + " inputs is not a square image; expected n² inputs, such as 784 = 28²");
        }
        Matrix columnsAsRows = weights.transpose();
        List<BufferedImage> tiles = new ArrayList<>();
        String[] captions = new String[units];
        for (int j = 0; j < units; j++) {
            tiles.add(diverging(columnsAsRows.getRow(j), side, scale));
            captions[j] = "unit " + j;
        }
        return Images.grid(tiles, captions, columns);
    }

    /** One square image, each value scaled by the largest |value|: −max red, 0 white, +max blue. */
    public static BufferedImage diverging(double[] values, int side, int scale) {
        double largest = Math.max(1e-12, Arrays.stream(values).map(Math::abs).max().orElse(0));
        return Images.fromValues(side, side, scale, i -> {
            double t = values[i] / largest;                        // in [−1, 1]
            int fade = (int) Math.round(255 * (1 - Math.abs(t)));  // 255 at 0: white
            return (t >= 0 ? new Color(fade, fade, 255) : new Color(255, fade, fade)).getRGB();
        });
    }
}
