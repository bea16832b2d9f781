package dev.nonlinear.display;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * Teaches a Jupyter kernel built on jupyter-jvm-basekernel (the Nonlinear kernel, IJava) how to
 * show the kit's objects:
 *
 * <ul>
 *   <li>XChart charts → {@code image/png}, or {@code image/svg+xml} when asked for
 *       ({@code display(chart, "image/svg+xml")});</li>
 *   <li>Tablesaw tables → {@code text/html} (see {@link TableHtml}) with {@code table.print()} as text;</li>
 *   <li>{@link AnimatedGif} → {@code image/gif};</li>
 *   <li>{@link Html} → {@code text/html};</li>
 *   <li>anything {@link HtmlDisplayable} (quiz questions, feedback, scores) → {@code text/html} and text;</li>
 *   <li>{@code BufferedImage} → {@code image/png} with its size as text (basekernel would show it as
 *       PNG too, but with {@code BufferedImage.toString()}, "BufferedImage@1b2c3d: type = 1 ...", as text).</li>
 * </ul>
 *
 * <p>Kernel wiring only: code that wants to show something uses {@link NotebookOutput}. This is the
 * only class of the library that needs basekernel on the class path, which is why the two are apart.
 */
public final class KernelDisplays {
    public static final MIMEType PNG = MIMEType.IMAGE_PNG;
    public static final MIMEType SVG = MIMEType.IMAGE_SVG;
    public static final MIMEType GIF = MIMEType.IMAGE_GIF;
    public static final MIMEType HTML = MIMEType.TEXT_HTML;
    public static final MIMEType TEXT = MIMEType.TEXT_PLAIN;

    // Renderers already taught, so that calling register twice does not render everything twice.
    private static final Set<Renderer> REGISTERED = Collections.newSetFromMap(new WeakHashMap<>());

    private KernelDisplays() {
    }

    /** Adds the kit's render functions to a kernel's renderer (once per renderer). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void register(Renderer renderer) {
        synchronized (REGISTERED) {
            if (!REGISTERED.add(renderer)) {
                return;
            }
        }
        renderer.createRegistration((Class) Chart.class)
                .preferring(PNG)
                .supporting(SVG)
                .register((chart, context) -> {
                    Chart<?, ?> c = (Chart<?, ?>) chart;
                    context.renderIfRequested(PNG, () -> ImageBytes.base64(chartPng(c)));
                    context.renderIfRequested(SVG, () -> chartSvg(c));
                    context.renderIfRequested(TEXT, () -> NotebookOutput.describe(c));
                });

        renderer.createRegistration(Table.class)
                .preferring(HTML)
                .supporting(TEXT)
                .register((table, context) -> {
                    context.renderIfRequested(HTML, () -> TableHtml.render(table));
                    context.renderIfRequested(TEXT, () -> table.print());
                });

        // More specific than basekernel's RenderedImage registration, so this one is used for the
        // images of Images.grid, Images.sideBySide...; display(image, "image/jpeg") still goes to basekernel's.
        renderer.createRegistration(BufferedImage.class)
                .preferring(PNG)
                .register((image, context) -> {
                    context.renderIfRequested(PNG, () -> ImageBytes.base64Png(image));
                    context.renderIfRequested(TEXT, () -> "BufferedImage (" + image.getWidth() + "x" + image.getHeight() + ")");
                });

        renderer.createRegistration(AnimatedGif.class)
                .preferring(GIF)
                .register((gif, context) -> context.renderIfRequested(GIF, () -> ImageBytes.base64(gif.bytes())));

        renderer.createRegistration(Html.class)
                .preferring(HTML)
                .register((html, context) -> context.renderIfRequested(HTML, html::html));

        // Widgets and anything else that picks its own MIME types.
        renderer.createRegistration(MimeBundle.class)
                .preferring(MIMEType.ANY)
                .register((value, context) -> value.mimeBundle().forEach(context.getOutputContainer()::putData));

        // Quiz questions, feedback and scores: an HTML card, and their plain text where HTML can't be shown.
        renderer.createRegistration(HtmlDisplayable.class)
                .preferring(HTML)
                .supporting(TEXT)
                .register((card, context) -> {
                    context.renderIfRequested(HTML, card::html);
                    context.renderIfRequested(TEXT, card::toString);
                });
    }

    /**
     * Registers the renderers with {@code kernel} and routes {@link NotebookOutput} (and so
     * {@link LiveDisplay}) to it. Kernels that have their own display code may instead call
     * {@link #register} and {@link NotebookOutput#install} themselves.
     */
    public static void installInto(BaseKernel kernel) {
        register(kernel.getRenderer());
        NotebookOutput.install(new KernelSink(kernel));
    }

    /**
     * For notebooks run by IJava: finds IJava's kernel and {@link #installInto installs} the kit
     * there. Looked up by reflection because the library must not depend on IJava.
     *
     * @return true if an IJava kernel was found
     */
    public static boolean installIntoIJava() {
        ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), KernelDisplays.class.getClassLoader()};
        for (ClassLoader loader : loaders) {
            try {
                Class<?> ijava = Class.forName("io.github.spencerpark.ijava.IJava", true, loader);
                Object kernel = ijava.getMethod("getKernelInstance").invoke(null);
                if (kernel instanceof BaseKernel) {
                    installInto((BaseKernel) kernel);
                    return true;
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // not found through this loader: try the next one
            }
        }
        return false;
    }

    /** PNG bytes of a chart at its own size. */
    public static byte[] chartPng(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart", e);
        }
    }

    /** The chart as an SVG document. */
    public static String chartSvg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Sends {@link NotebookOutput} displays to any basekernel kernel. */
    private static final class KernelSink implements NotebookOutput.Sink {
        private final BaseKernel kernel;

        KernelSink(BaseKernel kernel) {
            this.kernel = kernel;
        }

        @Override
        public String display(Object value) {
            System.out.flush(); // text printed before the display should appear before it
            DisplayData data = kernel.getRenderer().render(value == null ? "null" : value);
            String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
            data.setDisplayId(id);
            kernel.display(data);
            return id;
        }

        @Override
        public void update(String displayId, Object value) {
            System.out.flush();
            kernel.getIO().display.updateDisplay(displayId, kernel.getRenderer().render(value == null ? "null" : value));
        }
    }
}
