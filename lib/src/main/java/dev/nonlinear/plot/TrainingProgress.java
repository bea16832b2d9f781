package dev.nonlinear.plot;

import dev.nonlinear.display.LiveDisplay;
import dev.nonlinear.train.EpochListener;
import dev.nonlinear.train.EpochResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows training as it happens: a progress line and a loss chart that redraw in place after the
 * epochs (at most a few times a second, and always after the last one).
 *
 * <pre>{@code
 * new Trainer(model, loss, optimizer).epochs(5)
 *         .onEpoch(new TrainingProgress(5))
 *         .fit(train);
 * }</pre>
 *
 * Lives with the charts, not in {@code train}, so the training core has no UI code: the trainer
 * only calls an {@link EpochListener}, and this is one.
 */
public final class TrainingProgress implements EpochListener {
    private final int epochs;
    private final LiveDisplay status = new LiveDisplay();
    private final LiveDisplay chart = new LiveDisplay();
    private final List<EpochResult> results = new ArrayList<>();

    /** @param epochs how many epochs the training runs, for the progress bar */
    public TrainingProgress(int epochs) {
        this.epochs = epochs;
    }

    @Override
    public void epochEnded(EpochResult result) {
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
