package dev.nonlinear.plot;

import dev.nonlinear.train.EpochResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TrainingProgressTest {

    @Test
    void endsWithTheFullLossChart() {
        TrainingProgress progress = new TrainingProgress(3);
        for (int epoch = 1; epoch <= 3; epoch++) {
            progress.epochEnded(new EpochResult(epoch, 1.0 / epoch, 0.5, 2.0 / epoch, 0.4, 0.01));
        }
        var chart = progress.lossChart();
        assertArrayEquals(new double[]{1.0, 0.5, 1.0 / 3}, chart.getSeriesMap().get("loss").getYData(), 1e-12);
        assertEquals(2, chart.getSeriesMap().size());
    }
}
