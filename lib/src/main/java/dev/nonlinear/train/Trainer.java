package dev.nonlinear.train;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.loss.Loss;
import dev.nonlinear.optim.Optimizer;
import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.tensor.MatrixBuffer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Mini-batch training: each epoch shuffles the data (seeded), and for every batch runs forward,
 * loss, backward and one optimizer step.
 *
 * <pre>{@code
 * Table history = new Trainer(model, new BinaryCrossEntropy(), new SGD(0.1))
 *         .epochs(200).batchSize(10).seed(7)
 *         .validation(split.test())
 *         .onEpoch(e -> System.out.println(e))
 *         .fit(split.train());
 * }</pre>
 */
public final class Trainer {
    private final Sequential model;
    private final Loss loss;
    private final Optimizer optimizer;
    private int epochs = 10;
    private int batchSize = 32;
    private long seed = 0;
    private Dataset validation;
    private final List<EpochListener> listeners = new ArrayList<>();
    // Batches are copied into these, and the layers write into buffers of their own, so a
    // training step allocates nothing.
    private final MatrixBuffer xBatch = new MatrixBuffer();
    private final MatrixBuffer yBatch = new MatrixBuffer();

    public Trainer(Sequential model, Loss loss, Optimizer optimizer) {
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
    }

    /** The short form: train for {@code epochs} with mini-batches of {@code batchSize}, seed 0. */
    public static Table fit(Sequential model, Dataset train, int epochs, int batchSize, Loss loss, Optimizer optimizer) {
        return new Trainer(model, loss, optimizer).epochs(epochs).batchSize(batchSize).fit(train);
    }

    public Trainer epochs(int epochs) {
        if (epochs <= 0) {
            throw new IllegalArgumentException("epochs must be positive, got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    public Trainer batchSize(int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Seeds the per-epoch shuffling, so a run gives the same numbers every time. */
    public Trainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Data held out from training, measured after every epoch. */
    public Trainer validation(Dataset validation) {
        this.validation = validation;
        return this;
    }

    /**
     * Called after every epoch: for printing, collecting numbers, or live plots and progress bars
     * ({@code dev.nonlinear.plot.TrainingProgress}).
     */
    public Trainer onEpoch(EpochListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Trains and returns the history: epoch, loss, accuracy, val_loss, val_accuracy, seconds. For
     * multi-label data the accuracy columns are named after what they measure,
     * {@code per_output_accuracy} and {@code val_per_output_accuracy} (see {@link Dataset#accuracy}).
     */
    public Table fit(Dataset train) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("training set is empty");
        }
        if (train.features() != model.inputSize()) {
            throw new IllegalArgumentException("model expects " + model.inputSize() + " features but the data has "
                    + train.features() + " (" + train.x().shape() + ")");
        }
        if (train.y().cols() != model.outputSize()) {
            throw new IllegalArgumentException("model has " + model.outputSize() + " outputs but the targets have "
                    + train.y().cols() + " columns (" + train.y().shape() + ")");
        }
        if (validation != null && validation.multiLabel() != train.multiLabel()) {
            throw new IllegalArgumentException("the training data measures " + train.accuracyName()
                    + " but the validation data " + validation.accuracyName() + ": mark both multi-label or neither");
        }
        History history = new History(train.accuracyName());
        Random random = new Random(seed);
        boolean classification = isClassification(train.y());
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            int[] order = Dataset.permutation(train.size(), random);
            for (int from = 0; from < train.size(); from += batchSize) {
                int to = Math.min(from + batchSize, train.size());
                Matrix x = batchInputs(train, order, from, to);
                Matrix y = batchTargets(train, order, from, to);
                Matrix predictions = model.forward(x);
                double batchLoss = loss.value(predictions, y);
                if (!Double.isFinite(batchLoss)) {
                    throw new TrainingDivergedException("loss became " + batchLoss + " at epoch " + epoch
                            + ", samples " + from + "–" + (to - 1) + "; the learning rate " + optimizer.learningRate()
                            + " is probably too high — try a smaller one");
                }
                model.backward(loss, predictions, y);
                optimizer.step(model.parameters());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] trainScores = evaluate(train, classification);
            double[] validationScores = validation == null ? new double[]{Double.NaN, Double.NaN}
                    : evaluate(validation, classification);
            EpochResult result = new EpochResult(epoch, trainScores[0], trainScores[1],
                    validationScores[0], validationScores[1], seconds);
            if (!Double.isFinite(result.loss())) {
                throw new TrainingDivergedException("loss became " + result.loss() + " after epoch " + epoch
                        + "; the learning rate " + optimizer.learningRate() + " is probably too high — try a smaller one");
            }
            history.add(result);
            listeners.forEach(listener -> listener.epochEnded(result));
        }
        return history.table;
    }

    /**
     * Mean loss and accuracy (NaN for regression) over {@code data}, in batches of the training
     * size. Why not one forward pass over all of it: every layer keeps its output in a buffer of
     * the batch's shape, so one pass over the 10,000 bundled MNIST images would leave buffers of
     * 10,000 rows (tens of megabytes) in the layers; batches reuse the buffers training already
     * has. Loss and accuracy are means over the rows, so the batch means weighted by batch size give
     * the whole set's means (up to rounding). Loss and accuracy are read at once, so the predictions
     * need no copy.
     */
    private double[] evaluate(Dataset data, boolean classification) {
        int[] inOrder = IntStream.range(0, data.size()).toArray();
        double lossSum = 0;
        double rightSum = 0;
        for (int from = 0; from < data.size(); from += batchSize) {
            int to = Math.min(from + batchSize, data.size());
            Matrix x = batchInputs(data, inOrder, from, to);
            Matrix y = batchTargets(data, inOrder, from, to);
            Matrix predictions = model.forward(x);
            lossSum += loss.value(predictions, y) * (to - from);
            if (classification) {
                // The batch's accuracy, in the data's own measure (per output for multi-label data).
                rightSum += new Dataset(x, y, data.multiLabel()).accuracy(predictions) * (to - from);
            }
        }
        // An empty set gives 0 / 0 = NaN for both.
        return new double[]{lossSum / data.size(), classification ? rightSum / data.size() : Double.NaN};
    }

    /** Rows {@code order[from..to)} of the inputs, copied into the reused input buffer. */
    private Matrix batchInputs(Dataset data, int[] order, int from, int to) {
        Matrix x = xBatch.get(to - from, data.x().cols());
        data.x().selectRows(order, from, to, x);
        return x;
    }

    /** The same rows of the targets, into the reused target buffer. */
    private Matrix batchTargets(Dataset data, int[] order, int from, int to) {
        Matrix y = yBatch.get(to - from, data.y().cols());
        data.y().selectRows(order, from, to, y);
        return y;
    }

    /** One-hot rows or a single 0/1 column mean classes; anything else is regression. */
    static boolean isClassification(Matrix targets) {
        for (double v : targets.data()) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    /** Collects epoch results into a Tablesaw table as they come. */
    private static final class History {
        final IntColumn epoch = IntColumn.create("epoch");
        final DoubleColumn loss = DoubleColumn.create("loss");
        final DoubleColumn accuracy = DoubleColumn.create("accuracy");
        final DoubleColumn valLoss = DoubleColumn.create("val_loss");
        final DoubleColumn valAccuracy = DoubleColumn.create("val_accuracy");
        final DoubleColumn seconds = DoubleColumn.create("seconds");
        final Table table = Table.create("history", epoch, loss, accuracy, valLoss, valAccuracy, seconds);

        /** {@code accuracyName}: the measure the data's {@link Dataset#accuracy} gives, "accuracy" or "per_output_accuracy". */
        History(String accuracyName) {
            accuracy.setName(accuracyName);
            valAccuracy.setName("val_" + accuracyName);
        }

        void add(EpochResult r) {
            epoch.append(r.epoch());
            loss.append(r.loss());
            accuracy.append(r.accuracy());
            valLoss.append(r.valLoss());
            valAccuracy.append(r.valAccuracy());
            seconds.append(r.seconds());
        }
    }
}
