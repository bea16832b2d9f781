package dev.nonlinear.train;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.loss.BinaryCrossEntropy;
import dev.nonlinear.optim.Adam;
import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Two sigmoid outputs answering two independent questions: the history says it measures per output. */
class MultiLabelTrainingTest {

    /** Output 1: is x1 + x2 + x3 positive? Output 2: is x1 larger than x2? */
    private static Dataset twoQuestions(int n, long seed) {
        Matrix x = Matrix.uniform(n, 3, -1, 1, new Random(seed));
        Matrix y = new Matrix(n, 2);
        for (int i = 0; i < n; i++) {
            y.set(i, 0, x.get(i, 0) + x.get(i, 1) + x.get(i, 2) > 0 ? 1 : 0);
            y.set(i, 1, x.get(i, 0) > x.get(i, 1) ? 1 : 0);
        }
        return Dataset.multiLabel(x, y);
    }

    @Test
    void historyNamesTheMeasureAndItMatchesTheModel() {
        Sequential model = Sequential.input(3, 3).dense(4, "relu").dense(2, "sigmoid").build();
        Dataset train = twoQuestions(200, 1);
        Dataset test = twoQuestions(100, 2);
        Table history = new Trainer(model, new BinaryCrossEntropy(), new Adam(0.05))
                .epochs(20).batchSize(16).seed(1).validation(test).fit(train);
        assertEquals(List.of("epoch", "loss", "per_output_accuracy", "val_loss", "val_per_output_accuracy", "seconds"),
                history.columnNames());
        double last = history.doubleColumn("val_per_output_accuracy").getDouble(19);
        assertEquals(model.accuracy(test), last, 1e-12);
        assertTrue(last > 0.9, history.print());
    }

    @Test
    void trainingAndValidationMustMeasureTheSameWay() {
        Sequential model = Sequential.input(3, 3).dense(2, "sigmoid").build();
        Dataset train = twoQuestions(20, 1);
        Dataset notMarked = new Dataset(twoQuestions(10, 2).x(), twoQuestions(10, 2).y());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(model, new BinaryCrossEntropy(), new Adam(0.05)).validation(notMarked).fit(train));
        assertTrue(e.getMessage().contains("multi-label"), e.getMessage());
    }
}
