package dev.nonlinear.widgets;

import dev.nonlinear.display.HtmlDisplayable;
import dev.nonlinear.display.ImageBytes;
import dev.nonlinear.display.TableHtml;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * An area that Java writes into, as a cell's output: charts, pictures, tables, quiz cards and
 * text, each appended with {@link #show} or {@link #print} and all removed with {@link #clear}.
 * It is drawn as HTML (charts as PNG pictures), so it works the same in every front end and can
 * be written from any thread — a callback, a training loop.
 */
public class OutputArea extends HtmlView {
    private final List<String> parts = new ArrayList<>();      // guarded by this
    private final List<Object> shown = new ArrayList<>();      // for the static picture

    public OutputArea() {
        super("");
    }

    /** Appends {@code value}: a chart, a BufferedImage, a table, a quiz card, or anything as text. */
    public synchronized OutputArea show(Object value) {
        parts.add(html(value));
        shown.add(value);
        return render();
    }

    /** Appends a line of text. */
    public synchronized OutputArea print(String line) {
        return show(line);
    }

    /** Removes everything shown. */
    public synchronized OutputArea clear() {
        parts.clear();
        shown.clear();
        return render();
    }

    /** Replaces everything shown by {@code value}: the usual way to redraw. */
    public synchronized OutputArea replace(Object value) {
        parts.clear();
        shown.clear();
        return show(value);
    }

    private OutputArea render() {
        html(String.join("\n", parts));
        return this;
    }

    static String html(Object value) {
        if (value instanceof Chart<?, ?> chart) {
            return img(BitmapEncoder.getBufferedImage(chart));
        }
        if (value instanceof BufferedImage image) {
            return img(image);
        }
        if (value instanceof Table table) {
            return TableHtml.render(table);
        }
        if (value instanceof HtmlDisplayable card) {
            return card.html();
        }
        String text = String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<pre style=\"margin:0\">" + text + "</pre>";
    }

    private static String img(BufferedImage image) {
        return "<img src=\"data:image/png;base64," + ImageBytes.base64Png(image) + "\"/>";
    }

    @Override
    public synchronized String text() {
        return shown.stream().map(value -> value instanceof BufferedImage image
                        ? "Image " + image.getWidth() + "x" + image.getHeight()
                        : dev.nonlinear.display.NotebookOutput.plainText(value))
                .reduce((a, b) -> a + "\n" + b).orElse("(empty output area)");
    }

    @Override
    public synchronized BufferedImage picture() {
        List<BufferedImage> pictures = new ArrayList<>();
        for (Object value : shown) {
            pictures.add(value instanceof Chart<?, ?> chart ? BitmapEncoder.getBufferedImage(chart)
                    : value instanceof BufferedImage image ? image : WidgetSketch.text(null, String.valueOf(value)));
        }
        return pictures.isEmpty() ? WidgetSketch.text(null, "(empty)") : WidgetSketch.stack(pictures, false);
    }
}
