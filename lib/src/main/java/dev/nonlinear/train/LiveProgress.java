package dev.nonlinear.train;

import dev.nonlinear.display.LiveDisplay;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shows training as it happens: a progress line and a loss chart that redraw in place after the
 * epochs (at most a few times a second, and always after the last one).
 * Use it through {@link Trainer#showProgress()}, or pass it to {@link Trainer#onEpoch}.
 */
public final class LiveProgress implements Consumer<EpochResult> {
    private final int epochs;
    private final LiveDisplay status = new LiveDisplay();
    private final LiveDisplay chart = new LiveDisplay();
    private final List<EpochResult> results = new ArrayList<>();

    public LiveProgress(int epochs) {
        this.epochs = epochs;
    }

    @Override
    public void accept(EpochResult result) {
        results.add(result);
        status.progress(result.epoch(), epochs, result.toString().replaceFirst("^epoch \\d+\\s+", ""));
        if (result.epoch() >= epochs) {
            chart.show(lossChart());
        } else {
            chart.showThrottled(this::lossChart);
        }
    }

    /** Loss (and validation loss, when there is one) per epoch so far. */
    public XYChart lossChart() {
        XYChart xy = new XYChartBuilder().width(560).height(300).title("loss per epoch").xAxisTitle("epoch").yAxisTitle("loss").build();
        xy.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        xy.getStyler().setChartBackgroundColor(Color.WHITE);
        xy.getStyler().setPlotBackgroundColor(Color.WHITE);
        double[] epochAxis = results.stream().mapToDouble(EpochResult::epoch).toArray();
        xy.addSeries("loss", epochAxis, results.stream().mapToDouble(EpochResult::loss).toArray()).setMarker(SeriesMarkers.NONE);
        if (results.stream().noneMatch(r -> Double.isNaN(r.valLoss()))) {
            xy.addSeries("val_loss", epochAxis, results.stream().mapToDouble(EpochResult::valLoss).toArray()).setMarker(SeriesMarkers.NONE);
        }
        return xy;
    }
}
