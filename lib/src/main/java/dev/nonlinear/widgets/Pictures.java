package dev.nonlinear.widgets;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** PNG bytes of a picture, as widgets send them (raw to an image model, base64 in a display). */
final class Pictures {
    private Pictures() {
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a PNG", e);
        }
    }

    static String base64Png(BufferedImage image) {
        return Base64.getEncoder().encodeToString(png(image));
    }
}
