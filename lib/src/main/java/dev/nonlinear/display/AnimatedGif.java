package dev.nonlinear.display;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
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
import java.util.Iterator;
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
 * <p>Written with the JDK's own GIF writer ({@code javax.imageio}); the "NETSCAPE2.0" extension
 * is what makes browsers loop the animation.
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

    private static byte[] encode(List<? extends RenderedImage> frames, int delayMillis, boolean loop) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this JDK has no GIF writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            boolean first = true;
            for (RenderedImage frame : frames) {
                BufferedImage rgb = toRgb(frame);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
                setFrameMetadata(metadata, delayMillis, loop && first);
                writer.writeToSequence(new IIOImage(rgb, null, metadata), param);
                first = false;
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Frame delay (GIF counts in 1/100 s) and, on the first frame, the loop-forever extension. */
    private static void setFrameMetadata(IIOMetadata metadata, int delayMillis, boolean addLoop) throws IOException {
        String format = metadata.getNativeMetadataFormatName(); // "javax_imageio_gif_image_1.0"
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);

        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("transparentColorIndex", "0");
        control.setAttribute("delayTime", Integer.toString(Math.round(delayMillis / 10f)));

        if (addLoop) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
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
