package dev.nonlinear.widgets;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** PNG or JPEG bytes of a picture, as widgets send them (raw to an image model, base64 in a display). */
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

    /**
     * JPEG bytes: 2–3 times quicker to make than PNG for a large picture full of smooth heatmaps,
     * which is what an animation needs; lines and text blur a little.
     */
    static byte[] jpeg(BufferedImage image, float quality) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) { // JPEG has no alpha channel
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = rgb.createGraphics();
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            g.dispose();
        }
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static String base64Png(BufferedImage image) {
        return Base64.getEncoder().encodeToString(png(image));
    }
}
