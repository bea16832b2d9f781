package dev.nonlinear.widgets;

import dev.nonlinear.display.ImageBytes;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Map;

/**
 * A picture that Java can replace: a chart or an image redrawn whenever a control moves. The
 * picture travels as PNG bytes (a binary buffer in ipywidgets 7 and 8, base64 text in 2.1).
 */
public class ImageView extends Widget {
    private volatile BufferedImage image;
    private volatile float jpegQuality; // 0: PNG

    public ImageView(BufferedImage image) {
        this(image, 0);
    }

    /** A picture sent as JPEG of this quality (0.5–1; 0 for PNG) from the start, for an animation (see {@link #jpeg}). */
    public ImageView(BufferedImage image, float jpegQuality) {
        super("ImageModel", "ImageView", false);
        this.jpegQuality = jpegQuality == 0 ? 0 : checked(jpegQuality);
        initial("format", jpegQuality > 0 ? "jpeg" : "png");
        initial("width", "");
        initial("height", "");
        this.image = image;
        initial("value", encode(image));
    }

    public ImageView(Chart<?, ?> chart) {
        this(BitmapEncoder.getBufferedImage(chart));
    }

    /** Shows {@code newImage} in place of the current picture. */
    public ImageView show(BufferedImage newImage) {
        image = newImage;
        set("value", encode(newImage));
        return this;
    }

    /**
     * Sends the pictures that follow as JPEG of this quality (0.5–1): for animations, where a large
     * PNG would take longer to make than the frame itself. Text and thin lines blur a little.
     */
    public ImageView jpeg(float quality) {
        jpegQuality = checked(quality);
        set("format", "jpeg");
        return show(image); // the picture shown now, re-encoded, so format and bytes agree
    }

    /** Shows {@code chart}, drawn at its own size. */
    public ImageView show(Chart<?, ?> chart) {
        return show(BitmapEncoder.getBufferedImage(chart));
    }

    private byte[] encode(BufferedImage picture) {
        float quality = jpegQuality;
        return quality > 0 ? ImageBytes.jpeg(picture, quality) : ImageBytes.png(picture);
    }

    private static float checked(float quality) {
        if (!(quality >= 0.5f && quality <= 1f)) {
            throw new IllegalArgumentException("JPEG quality must be in [0.5, 1], got " + quality);
        }
        return quality;
    }

    /** The picture shown now. */
    public BufferedImage image() {
        return image;
    }

    @Override
    protected void toWire(FrontEnd target, String key, Object value, Map<String, Object> wire) {
        if (target == FrontEnd.JUPYTER_JS_WIDGETS_2 && key.equals("value")) {
            wire.put("_b64value", Base64.getEncoder().encodeToString((byte[]) value));
        } else {
            wire.put(key, value);
        }
    }

    @Override
    protected void fromWire(FrontEnd source, String wireKey, Object value) {
        // The browser never changes the picture.
    }

    @Override
    public String text() {
        return "Image " + image.getWidth() + "x" + image.getHeight();
    }

    @Override
    public BufferedImage picture() {
        return image;
    }
}
