package dev.nonlinear.display;

import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way into the notebook's output: library code (and {@link LiveDisplay}) shows and
 * updates things here without depending on a kernel. Named after what it is — the output area —
 * so it is not mistaken for the grader's notebook file.
 *
 * <p>A Jupyter kernel installs a {@link Sink} at start-up (the Nonlinear kernel does this itself,
 * under IJava call {@link KernelDisplays#installIntoIJava()}). Without a sink — a plain JUnit test, a
 * {@code main} method — everything is printed as text to {@code System.out}, so the same library
 * code runs everywhere.
 */
public final class NotebookOutput {

    /** Where displays go: implemented by a kernel. */
    public interface Sink {
        /** Shows {@code value} as a new output and returns its display id. */
        String display(Object value);

        /** Replaces the output with this id (made by {@link #display}) by {@code value}. */
        void update(String displayId, Object value);
    }

    private static volatile Sink sink;
    private static final AtomicLong TEXT_IDS = new AtomicLong();

    private NotebookOutput() {
    }

    public static void install(Sink newSink) {
        sink = newSink;
    }

    public static void uninstall() {
        sink = null;
    }

    /** True when a kernel is listening, i.e. displays become rich outputs. */
    public static boolean isAvailable() {
        return sink != null;
    }

    /** Shows {@code value} (a chart, a table, an image, {@link Html}, text...) and returns its display id. */
    public static String display(Object value) {
        Sink current = sink;
        if (current != null) {
            return current.display(value);
        }
        System.out.println(plainText(value));
        return "text-" + TEXT_IDS.incrementAndGet();
    }

    /** Replaces an earlier display in place; without a kernel it prints the new value. */
    public static void update(String displayId, Object value) {
        Sink current = sink;
        if (current != null) {
            current.update(displayId, value);
        } else {
            System.out.println(plainText(value));
        }
    }

    /** The text a value shows as where no pictures can be shown. */
    public static String plainText(Object value) {
        if (value instanceof Table) {
            return ((Table) value).print();
        }
        if (value instanceof Chart) {
            return describe((Chart<?, ?>) value);
        }
        return String.valueOf(value);
    }

    static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle();
        Class<?> type = chart.getClass();   // XChart's own type: the kit's charts subclass XYChart
        while (!type.getPackageName().startsWith("org.knowm.xchart") && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        return type.getSimpleName()
                + (title == null || title.isEmpty() ? "" : " \"" + title + "\"")
                + " (" + chart.getWidth() + "x" + chart.getHeight() + ")";
    }
}
