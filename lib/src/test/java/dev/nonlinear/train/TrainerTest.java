package dev.nonlinear.train;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.Layer;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.loss.BinaryCrossEntropy;
import dev.nonlinear.loss.MeanSquaredError;
import dev.nonlinear.optim.SGD;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class TrainerTest {

    /** Points above or below the line y = x, labelled 1 and 0. */
    private static Dataset halfPlane(int n, long seed) {
        Random random = new Random(seed);
        Matrix x = Matrix.uniform(n, 2, -1, 1, random);
        Matrix y = new Matrix(n, 1);
        for (int i = 0; i < n; i++) {
            y.set(i, 0, x.get(i, 1) > x.get(i, 0) ? 1 : 0);
        }
        return new Dataset(x, y);
    }

    @Test
    void historyHasOneRowPerEpochAndTheCallbackSeesEachEpoch() {
        Sequential model = Sequential.input(2, 1).dense(1, "sigmoid").build();
        List<EpochResult> seen = new ArrayList<>();
        Table history = new Trainer(model, new BinaryCrossEntropy(), new SGD(0.5))
                .epochs(30).batchSize(8).seed(3)
                .validation(halfPlane(50, 2))
                .onEpoch(seen::add)
                .fit(halfPlane(200, 1));
        assertEquals(List.of("epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds"), history.columnNames());
        assertEquals(30, history.rowCount());
        assertEquals(30, seen.size());
        assertEquals(30, seen.get(29).epoch());
        assertTrue(history.doubleColumn("loss").getDouble(29) < history.doubleColumn("loss").getDouble(0));
        assertTrue(history.doubleColumn("val_accuracy").getDouble(29) > 0.9, history.print());
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        double[] first = trainAndReturnLosses();
        double[] second = trainAndReturnLosses();
        assertArrayEquals(first, second);
    }

    private static double[] trainAndReturnLosses() {
        Sequential model = Sequential.input(2, 7).dense(4, "tanh").dense(1, "sigmoid").build();
        return Trainer.fit(model, halfPlane(100, 5), 5, 10, new BinaryCrossEntropy(), new SGD(0.3))
                .doubleColumn("loss").asDoubleArray();
    }

    /** A layer that passes its input on unchanged and remembers the most rows it was given at once. */
    private static final class LargestBatch implements Layer {
        int rows;

        @Override
        public Matrix forward(Matrix input) {
            rows = Math.max(rows, input.rows());
            return input;
        }

        @Override
        public Matrix backward(Matrix gradOutput, boolean inputGradientNeeded) {
            return gradOutput;
        }

        @Override
        public int outputSize(int inputSize) {
            return inputSize;
        }

        @Override
        public String name() {
            return "largest batch";
        }
    }

    /**
     * The history's loss and accuracy after each epoch come from batches of the training size, so
     * no layer is handed (and keeps a buffer for) the whole data set, yet they are the numbers of
     * one pass over the whole set.
     */
    @Test
    void evaluationRunsInTrainingSizedBatchesWithTheWholeSetsNumbers() {
        LargestBatch largest = new LargestBatch();
        Sequential model = Sequential.input(2, 4).dense(8, "tanh").add(largest).dense(1, "sigmoid").build();
        Dataset train = halfPlane(300, 8);          // 18 batches of 16 and one of 12
        Dataset validation = halfPlane(70, 9);      // 4 batches of 16 and one of 6
        List<EpochResult> seen = new ArrayList<>();
        new Trainer(model, new BinaryCrossEntropy(), new SGD(0.3))
                .epochs(3).batchSize(16).seed(1).validation(validation).onEpoch(seen::add).fit(train);
        assertEquals(16, largest.rows, "a layer was given more rows than a training batch");

        EpochResult last = seen.get(2);             // evaluated with the weights the model has now
        Matrix trainPredictions = model.predict(train.x());
        Matrix validationPredictions = model.predict(validation.x());
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        assertEquals(loss.value(trainPredictions, train.y()), last.loss(), 1e-12);
        assertEquals(train.accuracy(trainPredictions), last.accuracy());
        assertEquals(loss.value(validationPredictions, validation.y()), last.valLoss(), 1e-12);
        assertEquals(validation.accuracy(validationPredictions), last.valAccuracy());
        assertTrue(last.accuracy() > 0.5 && last.accuracy() < 1, "a test where accuracy counts: " + last);
    }

    @Test
    void regressionHistoryHasNoAccuracy() {
        Random random = new Random(4);
        Matrix x = Matrix.uniform(64, 1, -1, 1, random);
        Dataset line = new Dataset(x, x.map(v -> 3 * v + 0.5));
        Sequential model = Sequential.input(1, 2).dense(1).build();
        Table history = Trainer.fit(model, line, 50, 8, new MeanSquaredError(), new SGD(0.1));
        assertTrue(history.doubleColumn("accuracy").isMissing(0));
        assertTrue(history.doubleColumn("loss").getDouble(49) < 1e-4, history.print());
    }

    @Test
    void divergingLossStopsWithAClearError() {
        Random random = new Random(4);
        Matrix x = Matrix.uniform(64, 1, -10, 10, random);
        Dataset line = new Dataset(x, x.map(v -> 300 * v));
        Sequential model = Sequential.input(1, 2).dense(16, "relu").dense(1).build();
        var e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.fit(model, line, 100, 8, new MeanSquaredError(), new SGD(5.0)));
        assertTrue(e.getMessage().contains("learning rate 5.0"), e.getMessage());
        assertTrue(e.getMessage().contains("epoch"), e.getMessage());
    }

    @Test
    void mismatchedDataIsRejectedBeforeTraining() {
        Sequential model = Sequential.input(3, 1).dense(1, "sigmoid").build();
        var e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.fit(model, halfPlane(10, 1), 1, 4, new BinaryCrossEntropy(), new SGD(0.1)));
        assertTrue(e.getMessage().contains("3 features") && e.getMessage().contains("10x2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Trainer(model, new BinaryCrossEntropy(), new SGD(0.1)).epochs(0));
        assertThrows(IllegalArgumentException.class, () -> new Trainer(model, new BinaryCrossEntropy(), new SGD(0.1)).batchSize(-1));
    }

    @Test
    void summaryListsLayersShapesAndParameters() {
        Sequential model = Sequential.input(784, 1).dense(128, "relu").dense(64, "relu").dense(10, "softmax").build();
        Table summary = model.summary();
        assertEquals(6, summary.rowCount());
        assertEquals(784 * 128 + 128, summary.intColumn("params").get(0));
        assertEquals("(None, 10)", summary.stringColumn("output shape").get(5));
        assertEquals(109_386, model.parameterCount());
    }
}
