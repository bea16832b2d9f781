package dev.nonlinear.trace;

import dev.nonlinear.layer.ActivationLayer;
import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Layer;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Locale;

/**
 * Tables that follow data through a model: which shape goes in and out of each stage, what each
 * stage does, and what the numbers look like on the way.
 */
public final class PipelineTrace {
    private static final int SAMPLE_VALUES = 4;

    private PipelineTrace() {
    }

    /**
     * The "Data Flow" table: one row per stage for the batch {@code input} — stage, input shape,
     * operation, output shape, and the first values of the first sample.
     */
    public static Table dataFlow(Sequential model, Matrix input) {
        StringColumn stage = StringColumn.create("stage");
        StringColumn inShape = StringColumn.create("input shape");
        StringColumn operation = StringColumn.create("operation");
        StringColumn outShape = StringColumn.create("output shape");
        StringColumn sample = StringColumn.create("sample values (row 0)");

        stage.append("input");
        inShape.append("—");
        operation.append("data");
        outShape.append(shape(input));
        sample.append(firstValues(input));

        List<Matrix> outputs = model.forwardTrace(input);
        Matrix current = input;
        for (int i = 0; i < outputs.size(); i++) {
            Layer layer = model.layers().get(i);
            Matrix out = outputs.get(i);
            stage.append((i + 1) + ". " + describe(layer));
            inShape.append(shape(current));
            operation.append(operation(layer));
            outShape.append(shape(out));
            sample.append(firstValues(out));
            current = out;
        }
        return Table.create("Data Flow", stage, inShape, operation, outShape, sample);
    }

    /**
     * The "Prediction Trace": for one sample, the values after every layer, so a learner can watch
     * a single input become a prediction.
     */
    public static Table prediction(Sequential model, double[] sample) {
        StringColumn stage = StringColumn.create("stage");
        StringColumn values = StringColumn.create("values");
        stage.append("input");
        values.append(format(sample, sample.length));
        List<Matrix> outputs = model.forwardTrace(Matrix.row(sample));
        for (int i = 0; i < outputs.size(); i++) {
            stage.append((i + 1) + ". " + describe(model.layers().get(i)));
            double[] row = outputs.get(i).getRow(0);
            values.append(format(row, row.length));
        }
        return Table.create("Prediction Trace", stage, values);
    }

    /**
     * The "Training Trace": the history's epoch, loss and accuracy, plus an Observation computed
     * from the numbers (how much the loss fell, whether it stalled or rose).
     */
    public static Table training(Table history) {
        IntColumn epoch = history.intColumn("epoch").copy();
        DoubleColumn loss = history.doubleColumn("loss").copy();
        DoubleColumn accuracy = history.doubleColumn("accuracy").copy();
        StringColumn observation = StringColumn.create("observation");
        for (int i = 0; i < loss.size(); i++) {
            observation.append(observe(loss, accuracy, i));
        }
        return Table.create("Training Trace", epoch, loss, accuracy, observation);
    }

    static String observe(DoubleColumn loss, DoubleColumn accuracy, int i) {
        if (i == 0) {
            return "starting point: loss " + String.format(Locale.ROOT, "%.4f", loss.getDouble(0));
        }
        double before = loss.getDouble(i - 1);
        double now = loss.getDouble(i);
        double change = (now - before) / Math.max(1e-12, Math.abs(before));
        String accuracyNote = accuracy.isMissing(i) ? ""
                : String.format(Locale.ROOT, ", accuracy %.1f%%", 100 * accuracy.getDouble(i));
        if (change > 0.01) {
            return String.format(Locale.ROOT, "loss rose %.1f%% — step too large?", 100 * change) + accuracyNote;
        }
        if (change > -0.005) {
            return "plateau: loss barely moved" + accuracyNote;
        }
        if (change < -0.10) {
            return String.format(Locale.ROOT, "learning fast: loss −%.1f%%", -100 * change) + accuracyNote;
        }
        return String.format(Locale.ROOT, "improving: loss −%.1f%%", -100 * change) + accuracyNote;
    }

    /**
     * A text chart of one history column, for places without images (and to show that a chart
     * is just numbers): one bar per epoch, scaled to {@code width} characters.
     */
    public static String asciiChart(Table history, String column, int width) {
        DoubleColumn values = history.doubleColumn(column);
        double max = values.max();
        StringBuilder sb = new StringBuilder(column + " per epoch\n");
        IntColumn epochs = history.intColumn("epoch");
        for (int i = 0; i < values.size(); i++) {
            int bar = max > 0 ? (int) Math.round(width * values.getDouble(i) / max) : 0;
            sb.append(String.format(Locale.ROOT, "%4d | %-" + width + "s %.4f%n", epochs.get(i), "█".repeat(bar), values.getDouble(i)));
        }
        return sb.toString();
    }

    private static String describe(Layer layer) {
        if (layer instanceof Dense d) {
            return "Dense " + d.inputs() + "→" + d.outputs();
        }
        return layer.name();
    }

    private static String operation(Layer layer) {
        if (layer instanceof Dense) {
            return "x·W + b";
        }
        if (layer instanceof ActivationLayer a) {
            return a.activation().isElementwise() ? a.name() + "(x) element-wise" : a.name() + "(x) over each row";
        }
        return layer.name();
    }

    private static String shape(Matrix m) {
        return m.rows() + " × " + m.cols();
    }

    private static String firstValues(Matrix m) {
        return format(m.getRow(0), SAMPLE_VALUES);
    }

    private static String format(double[] row, int limit) {
        StringBuilder sb = new StringBuilder("[");
        int shown = Math.min(limit, row.length);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", row[i]));
        }
        if (row.length > shown) {
            sb.append(", … (").append(row.length - shown).append(" more)");
        }
        return sb.append("]").toString();
    }
}
