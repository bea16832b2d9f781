package dev.nonlinear.kernel;

import dev.nonlinear.display.KernelDisplays;
import dev.nonlinear.display.NotebookOutput;
import dev.nonlinear.kernel.runtime.Display;
import dev.nonlinear.kernel.runtime.DisplayTarget;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.kernel.display.Renderer;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a cell shows besides printed text: the displays a cell makes through {@link Display}
 * (which reaches this class as its {@link DisplayTarget}) or through the library's
 * {@link NotebookOutput}, and the cell's value, rendered as Jupyter's result.
 */
final class CellDisplays implements DisplayTarget {
    private static final MIMEType WIDGET_VIEW = MIMEType.parse("application/vnd.jupyter.widget-view+json");
    private final Renderer renderer;
    private final CellPublisher publisher;
    private final CellStreams streams;
    private final Set<String> displayIdsOfThisCell = ConcurrentHashMap.newKeySet();

    /** @param streams flushed before each display, so that what was printed first shows above it */
    CellDisplays(Renderer renderer, CellPublisher publisher, CellStreams streams) {
        this.renderer = renderer;
        this.publisher = publisher;
        this.streams = streams;
    }

    /** Rich output for the kit's types, for Display's static methods and for library code. */
    void install() {
        Display.attach(this);
        KernelDisplays.register(renderer);
        NotebookOutput.install(new NotebookOutput.Sink() {
            @Override
            public String display(Object value) {
                return Display.display(value);
            }

            @Override
            public void update(String displayId, Object value) {
                Display.updateDisplay(displayId, value);
            }
        });
    }

    /**
     * The first chart costs a second of font and AWT set-up. Drawing a tiny one in the background
     * right after start-up moves that cost off the student's first plotting cell.
     */
    static void preloadGraphics() {
        try {
            org.knowm.xchart.XYChart chart = new org.knowm.xchart.XYChartBuilder().width(60).height(40).build();
            chart.addSeries("warm-up", new double[] {0, 1}, new double[] {0, 1});
            KernelDisplays.chartPng(chart);
            tech.tablesaw.api.Table.create("warm-up").print();
        } catch (Throwable ignored) {
            // Only a speed-up; a real cell will report any real problem.
        }
    }

    void beginCell() {
        displayIdsOfThisCell.clear();
    }

    /** What Jupyter shows as the result of a cell that ended in {@code value}; null for nothing. */
    DisplayData result(Object value) throws CellError {
        if (value == SnippetRunner.NO_VALUE) {
            return null;
        }
        // display(x) returns a display id; as the last line of a cell it shouldn't show that id.
        if (value instanceof String && displayIdsOfThisCell.contains(value)) {
            return null;
        }
        if (value instanceof DisplayData) {
            return (DisplayData) value;
        }
        if (value instanceof SnippetRunner.RemoteValue) { // ran in another JVM: only its text came back
            return new DisplayData(((SnippetRunner.RemoteValue) value).text());
        }
        DisplayData data;
        try {
            data = renderer.render(value == null ? "null" : value);
        } catch (RuntimeException e) {
            throw new CellError.UncaughtException("could not display the value: " + e);
        }
        // A widget for jupyter-js-widgets 2.1 (a view and no text) goes out as a display, as
        // ipywidgets 6 sends it: as a result, Notebook 6 would print an empty "Out[n]:" under it.
        if (data.hasDataForType(WIDGET_VIEW) && "".equals(data.getData(MIMEType.TEXT_PLAIN))) {
            show(data);
            return null;
        }
        return data;
    }

    @Override
    public Renderer renderer() {
        return renderer;
    }

    /** Publishes a display (from {@link Display}); returns its id. */
    @Override
    public String show(DisplayData data) {
        streams.flush();
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        displayIdsOfThisCell.add(id);
        publisher.display(data);
        return id;
    }

    /** Replaces an earlier display (from {@link Display}). */
    @Override
    public void update(String displayId, DisplayData data) {
        streams.flush();
        publisher.updateDisplay(displayId, data);
    }

    /** Clears the cell's output (from {@link Display}); with {@code wait}, when the next output arrives. */
    @Override
    public void clearOutput(boolean wait) {
        streams.flush(); // what was printed before is cleared too
        publisher.clearOutput(wait);
    }
}
