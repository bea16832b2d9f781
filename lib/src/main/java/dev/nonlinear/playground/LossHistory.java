package dev.nonlinear.playground;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The loss on the training and on the test points before training (epoch 0) and after every
 * epoch, as a Tablesaw table with columns epoch, train_loss and test_loss, ready for
 * {@code Plots.history(table, "train_loss", "test_loss")}.
 */
public final class LossHistory {
    private final IntColumn epoch = IntColumn.create("epoch");
    private final DoubleColumn train = DoubleColumn.create("train_loss");
    private final DoubleColumn test = DoubleColumn.create("test_loss");
    private final Table table = Table.create("playground losses", epoch, train, test);

    void add(int epochNumber, double trainLoss, double testLoss) {
        epoch.append(epochNumber);
        train.append(trainLoss);
        test.append(testLoss);
    }

    void clear() {
        table.clear();
    }

    public int size() {
        return table.rowCount();
    }

    /** The table itself, which later epochs extend: copy it ({@code table().copy()}) to keep a run. */
    public Table table() {
        return table;
    }

    public double[] trainLoss() {
        return train.asDoubleArray();
    }

    public double[] testLoss() {
        return test.asDoubleArray();
    }

    /** The latest training loss (NaN only for an empty history). */
    public double lastTrainLoss() {
        return size() == 0 ? Double.NaN : train.getDouble(size() - 1);
    }

    /** The latest test loss (NaN only for an empty history). */
    public double lastTestLoss() {
        return size() == 0 ? Double.NaN : test.getDouble(size() - 1);
    }
}
