package dev.nonlinear.display;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An animation made of frames, e.g. the decision boundary after every epoch. A notebook shows it
 * as an animated {@code image/gif}; {@link #save(Path)} writes it to a file.
 *
 * <pre>{@code
 * List<XYChart> frames = ...;                    // one chart per epoch
 * display(AnimatedGif.ofCharts(frames, 200));    // 200 ms per frame, loops forever
 * }</pre>
 *
 * <p>Encoded by animated-gif-lib, the library XChart itself brings for its GIFs.
 */
public final class AnimatedGif {
    private final byte[] bytes;
    private final int frameCount;

    private AnimatedGif(byte[] bytes, int frameCount) {
        this.bytes = bytes;
        this.frameCount = frameCount;
    }

    /** An animation that loops forever, showing each frame for {@code delayMillis}. */
    public static AnimatedGif of(List<? extends RenderedImage> frames, int delayMillis) {
        return of(frames, delayMillis, true);
    }

    public static AnimatedGif of(List<? extends RenderedImage> frames, int delayMillis, boolean loop) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must be >= 0, was " + delayMillis);
        }
        try {
            return new AnimatedGif(encode(frames, delayMillis, loop), frames.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the GIF", e);
        }
    }

    /** One frame per chart, each drawn at the chart's own size. */
    public static AnimatedGif ofCharts(List<? extends Chart<?, ?>> charts, int delayMillis) {
        List<BufferedImage> frames = new ArrayList<>(charts.size());
        for (Chart<?, ?> chart : charts) {
            frames.add(BitmapEncoder.getBufferedImage(chart));
        }
        return of(frames, delayMillis);
    }

    /** The GIF file's bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int frameCount() {
        return frameCount;
    }

    public void save(Path file) throws IOException {
        Files.write(file, bytes);
    }

    @Override
    public String toString() {
        return "AnimatedGif[" + frameCount + " frames, " + bytes.length + " bytes]";
    }

    /** animated-gif-lib (which XChart uses for its own GIFs) does the palette, LZW and loop extension. */
    private static byte[] encode(List<? extends RenderedImage> frames, int delayMillis, boolean loop) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnimatedGifEncoder encoder = new AnimatedGifEncoder();
        encoder.start(out);
        encoder.setRepeat(loop ? 0 : -1); // 0: the "NETSCAPE2.0" extension that loops forever; -1: play once
        encoder.setDelay(delayMillis);
        for (RenderedImage frame : frames) {
            if (!encoder.addFrame(toRgb(frame))) {
                throw new IOException("could not add a " + frame.getWidth() + "x" + frame.getHeight() + " frame");
            }
        }
        if (!encoder.finish()) {
            throw new IOException("could not finish the GIF");
        }
        return out.toByteArray();
    }

    /** GIF has no alpha channel; draw transparent pixels on white so they don't turn black. */
    private static BufferedImage toRgb(RenderedImage image) {
        if (image instanceof BufferedImage && ((BufferedImage) image).getType() == BufferedImage.TYPE_INT_RGB) {
            return (BufferedImage) image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawRenderedImage(image, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
