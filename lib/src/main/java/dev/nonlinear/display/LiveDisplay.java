package dev.nonlinear.display;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One output that changes in place while code runs: a training curve redrawn every few epochs, a
 * progress line. The first {@code show} adds the output, later ones replace it (Jupyter's
 * {@code update_display_data}), so a 1000-epoch loop leaves one chart, not a thousand.
 *
 * <pre>{@code
 * LiveDisplay curve = new LiveDisplay();
 * LiveDisplay status = new LiveDisplay();
 * for (int epoch = 1; epoch <= epochs; epoch++) {
 *     double loss = trainer.epoch();
 *     status.progress(epoch, epochs, String.format("loss %.4f", loss));
 *     curve.showThrottled(() -> lossChart(history));   // redrawn at most 5 times a second
 * }
 * curve.show(lossChart(history));                       // the final picture, always drawn
 * }</pre>
 *
 * <p>Works from library code and outside notebooks: without a kernel each shown value is printed
 * as text (see {@link NotebookOutput}).
 */
public final class LiveDisplay {
    /** Redrawing more often than this only costs time: the eye can't follow. */
    public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMillis(200);

    private final long minIntervalNanos;
    private String displayId;
    private long lastShownNanos;

    public LiveDisplay() {
        this(DEFAULT_MIN_INTERVAL);
    }

    /** @param minInterval the shortest time between two throttled updates */
    public LiveDisplay(Duration minInterval) {
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative");
        }
        this.minIntervalNanos = minInterval.toNanos();
    }

    /** Shows {@code content} now: the first call adds the output, later calls replace it. */
    public synchronized void show(Object content) {
        if (displayId == null) {
            displayId = NotebookOutput.display(content);
        } else {
            NotebookOutput.update(displayId, content);
        }
        lastShownNanos = System.nanoTime();
    }

    /**
     * Shows the content only if the last update is at least the minimum interval ago. The
     * supplier is called only then, so an expensive chart is not drawn for nothing.
     *
     * @return true if it was shown
     */
    public synchronized boolean showThrottled(Supplier<?> content) {
        if (displayId != null && System.nanoTime() - lastShownNanos < minIntervalNanos) {
            return false;
        }
        show(content.get());
        return true;
    }

    /**
     * A one-line progress bar such as {@code " 30/100 [######..............]  30%  loss 0.2310"}.
     * Throttled, except that the first and the last step are always shown.
     */
    public synchronized void progress(long done, long total, String note) {
        String line = progressLine(done, total, note);
        if (done >= total || displayId == null) {
            show(line);
        } else {
            showThrottled(() -> line);
        }
    }

    /** The display id, or null before the first {@code show}. */
    public synchronized String id() {
        return displayId;
    }

    /** The text of {@link #progress}: count, a 20-character bar, percentage and an optional note. */
    public static String progressLine(long done, long total, String note) {
        int width = 20;
        double fraction = total <= 0 ? 1 : Math.max(0, Math.min(1, (double) done / total));
        int filled = (int) Math.round(fraction * width);
        String count = String.valueOf(total);
        StringBuilder line = new StringBuilder();
        line.append(String.format("%" + count.length() + "d/%s [", done, count));
        line.append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
        line.append(String.format("%3d%%", Math.round(fraction * 100)));
        if (note != null && !note.isEmpty()) {
            line.append("  ").append(note);
        }
        return line.toString();
    }
}
