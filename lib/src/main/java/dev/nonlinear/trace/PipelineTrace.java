package dev.nonlinear.trace;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.ActivationLayer;
import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Layer;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
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
     * from the numbers (how much the loss fell, whether it stalled or rose). The accuracy column
     * keeps the history's name for it: {@code accuracy}, or {@code per_output_accuracy} for
     * multi-label data.
     */
    public static Table training(Table history) {
        return training(history, history.intColumn("epoch").asIntArray());
    }

    /**
     * The Training Trace of some epochs only, e.g. {@code training(history, 1, 2, 5, 10, 20, 40)}.
     * Each observation compares with the row shown above it, and says "since epoch N" when epochs
     * in between are left out — never with an epoch the table does not show.
     */
    public static Table training(Table history, int... epochs) {
        IntColumn allEpochs = history.intColumn("epoch");
        String accuracyName = history.columnNames().contains(Dataset.PER_OUTPUT_ACCURACY)
                ? Dataset.PER_OUTPUT_ACCURACY : Dataset.ACCURACY;
        IntColumn epoch = IntColumn.create("epoch");
        DoubleColumn loss = DoubleColumn.create("loss");
        DoubleColumn accuracy = DoubleColumn.create(accuracyName);
        for (int wanted : epochs) {
            int row = rowOf(allEpochs, wanted);
            epoch.append(wanted);
            loss.append(history.doubleColumn("loss").getDouble(row));
            accuracy.append(history.doubleColumn(accuracyName).getDouble(row));
        }
        StringColumn observation = StringColumn.create("observation");
        for (int i = 0; i < loss.size(); i++) {
            observation.append(observe(epoch, loss, accuracy, i));
        }
        return Table.create("Training Trace", epoch, loss, accuracy, observation);
    }

    private static int rowOf(IntColumn epochs, int wanted) {
        for (int row = 0; row < epochs.size(); row++) {
            if (epochs.getInt(row) == wanted) {
                return row;
            }
        }
        throw new IllegalArgumentException("the history has no epoch " + wanted + (epochs.isEmpty() ? "; it is empty"
                : "; it has epochs " + epochs.getInt(0) + "–" + epochs.getInt(epochs.size() - 1)));
    }

    /** Row i against the row shown before it. */
    static String observe(IntColumn epoch, DoubleColumn loss, DoubleColumn accuracy, int i) {
        if (i == 0) {
            return "starting point: loss " + String.format(Locale.ROOT, "%.4f", loss.getDouble(0));
        }
        double before = loss.getDouble(i - 1);
        double now = loss.getDouble(i);
        double change = (now - before) / Math.max(1e-12, Math.abs(before));
        String since = epoch.getInt(i) - epoch.getInt(i - 1) == 1 ? "" : " since epoch " + epoch.getInt(i - 1);
        String accuracyNote = accuracy.isMissing(i) ? ""
                : String.format(Locale.ROOT, ", %s %.1f%%", readable(accuracy.name()), 100 * accuracy.getDouble(i));
        if (change > 0.01) {
            return String.format(Locale.ROOT, "loss rose %.1f%%%s — step too large?", 100 * change, since) + accuracyNote;
        }
        if (change > -0.005) {
            return "plateau: loss barely moved" + since + accuracyNote;
        }
        if (change < -0.10) {
            return String.format(Locale.ROOT, "learning fast: loss −%.1f%%%s", -100 * change, since) + accuracyNote;
        }
        return String.format(Locale.ROOT, "improving: loss −%.1f%%%s", -100 * change, since) + accuracyNote;
    }

    /** "accuracy", or "per-output accuracy" for a multi-label history. */
    private static String readable(String accuracyName) {
        return accuracyName.equals(Dataset.PER_OUTPUT_ACCURACY) ? "per-output accuracy" : accuracyName.replace('_', ' ');
    }

    /**
     * The weights and biases of every Dense layer, as the formula x·W + b uses them: one row per
     * input (row i of W holds the weights from input i to each unit), then a row for b. Column
     * "unit j" is everything that feeds unit j: its weights and, last, its bias.
     */
    public static Table weights(Sequential model) {
        int widest = 0;
        for (Layer layer : model.layers()) {
            widest = layer instanceof Dense d ? Math.max(widest, d.outputs()) : widest;
        }
        StringColumn stage = StringColumn.create("stage");
        StringColumn row = StringColumn.create("row");
        List<DoubleColumn> units = new ArrayList<>();
        for (int j = 0; j < widest; j++) {
            units.add(DoubleColumn.create("unit " + (j + 1)));
        }
        List<Layer> layers = model.layers();
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l) instanceof Dense d) {
                for (int i = 0; i <= d.inputs(); i++) {
                    stage.append((l + 1) + ". " + describe(d));
                    row.append(i < d.inputs() ? "W row " + (i + 1) + " (from input " + (i + 1) + ")" : "b (bias)");
                    Matrix source = i < d.inputs() ? d.weights() : d.bias();
                    int r = i < d.inputs() ? i : 0;
                    for (int j = 0; j < widest; j++) {
                        if (j < d.outputs()) {
                            units.get(j).append(source.get(r, j));
                        } else {
                            units.get(j).appendMissing();
                        }
                    }
                }
            }
        }
        Table table = Table.create("Weights and biases", stage, row);
        units.forEach(table::addColumns);
        return table;
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

    static String describe(Layer layer) {
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
