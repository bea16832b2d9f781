package dev.nonlinear.trace;

import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PipelineTraceTest {
    private final Sequential model = Sequential.input(4, 1).dense(3, "relu").dense(3, "sigmoid").dense(3, "softmax").build();

    @Test
    void dataFlowShowsEveryStageWithShapes() {
        Table flow = PipelineTrace.dataFlow(model, Matrix.filled(5, 4, 0.5));
        assertEquals(7, flow.rowCount());   // input + 6 layers
        assertEquals("5 × 4", flow.stringColumn("output shape").get(0));
        assertEquals("5 × 4", flow.stringColumn("input shape").get(1));
        assertEquals("5 × 3", flow.stringColumn("output shape").get(6));
        assertEquals("x·W + b", flow.stringColumn("operation").get(1));
        assertTrue(flow.stringColumn("stage").get(1).contains("Dense 4→3"));
    }

    @Test
    void predictionTraceEndsInProbabilities() {
        Table trace = PipelineTrace.prediction(model, new double[]{1, 2, 3, 4});
        String last = trace.stringColumn("values").get(trace.rowCount() - 1);
        double sum = 0;
        for (String v : last.replace("[", "").replace("]", "").split(",")) {
            sum += Double.parseDouble(v.trim());
        }
        assertEquals(1.0, sum, 2e-3);
    }

    @Test
    void observationsAreComputedFromTheNumbers() {
        Table history = Table.create("h", IntColumn.create("epoch", 1, 2, 3, 4),
                DoubleColumn.create("loss", 1.0, 0.5, 0.499, 0.6),
                DoubleColumn.create("accuracy", 0.5, 0.7, 0.7, 0.65));
        Table trace = PipelineTrace.training(history);
        var obs = trace.stringColumn("observation");
        assertTrue(obs.get(0).startsWith("starting point"), obs.get(0));
        assertTrue(obs.get(1).startsWith("learning fast: loss −50.0%"), obs.get(1));
        assertTrue(obs.get(2).startsWith("plateau"), obs.get(2));
        assertTrue(obs.get(3).startsWith("loss rose"), obs.get(3));
        String chart = PipelineTrace.asciiChart(history, "loss", 20);
        assertTrue(chart.contains("█".repeat(20) + " 1.0000"), chart);
        assertTrue(chart.contains("█".repeat(10) + " "), chart);
    }

    @Test
    void aSubsampledTraceComparesOnlyWithTheRowsItShows() {
        // Epoch 3 spikes, but the table shows epochs 1, 2, 4: epoch 4 is compared with epoch 2.
        Table history = Table.create("h", IntColumn.create("epoch", 1, 2, 3, 4),
                DoubleColumn.create("loss", 1.0, 0.5, 0.9, 0.45),
                DoubleColumn.create("accuracy", 0.5, 0.7, 0.6, 0.75));
        Table trace = PipelineTrace.training(history, 1, 2, 4);
        assertEquals(3, trace.rowCount());
        String last = trace.stringColumn("observation").get(2);
        assertTrue(last.startsWith("improving: loss −10.0% since epoch 2"), last);
        assertFalse(last.contains("rose"), last);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PipelineTrace.training(history, 5));
        assertTrue(e.getMessage().contains("no epoch 5"), e.getMessage());
    }

    @Test
    void aMultiLabelHistorySaysItsAccuracyIsPerOutput() {
        Table history = Table.create("h", IntColumn.create("epoch", 1, 2),
                DoubleColumn.create("loss", 1.0, 0.5),
                DoubleColumn.create("per_output_accuracy", 0.5, 0.985));
        Table trace = PipelineTrace.training(history);
        assertTrue(trace.columnNames().contains("per_output_accuracy"), trace.columnNames().toString());
        assertTrue(trace.stringColumn("observation").get(1).endsWith("per-output accuracy 98.5%"),
                trace.stringColumn("observation").get(1));
    }

    @Test
    void weightsTableShowsWRowByRowThenB() {
        Table weights = PipelineTrace.weights(model);
        assertEquals(5 + 4 + 4, weights.rowCount());   // Dense 4→3: 4 rows of W + b; Dense 3→3 twice: 3 + b
        assertEquals(List.of("stage", "row", "unit 1", "unit 2", "unit 3"), weights.columnNames());
        Dense first = (Dense) model.layers().get(0);
        assertEquals(first.weights().get(2, 1), weights.doubleColumn("unit 2").getDouble(2));
        assertEquals("b (bias)", weights.stringColumn("row").get(4));
        assertEquals("3. Dense 3→3", weights.stringColumn("stage").get(5));
    }
}
