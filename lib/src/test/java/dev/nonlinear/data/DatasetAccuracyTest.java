package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Accuracy for one class per sample, and per output for multi-label targets. */
class DatasetAccuracyTest {
    // Two independent yes/no answers per sample, as two sigmoid outputs would give them.
    private static final Matrix TARGETS = Matrix.of(new double[][]{{1, 1}, {0, 0}, {1, 0}, {0, 1}});
    private static final Matrix PREDICTIONS = Matrix.of(new double[][]{
            {0.9, 0.8},     // both right
            {0.2, 0.3},     // both right (both "no"), though the larger one is the second
            {0.7, 0.9},     // first right, second wrong
            {0.1, 0.6}});   // both right

    @Test
    void multiLabelAccuracyCountsEveryOutputOnItsOwn() {
        Dataset data = Dataset.multiLabel(new Matrix(4, 3), TARGETS);
        assertEquals(7.0 / 8, data.accuracy(PREDICTIONS), 1e-12);   // 7 of 8 outputs on the right side of 0.5
        assertEquals(3.0 / 4, data.exactMatch(PREDICTIONS), 1e-12); // 3 of 4 samples wholly right
        assertEquals(Dataset.PER_OUTPUT_ACCURACY, data.accuracyName());
    }

    @Test
    void theArgmaxOfIndependentOutputsWouldMeasureSomethingElse() {
        // Read as one class per sample, argmax calls row 1 wrong though both its answers are right:
        // the old accuracy gave 0.5 here.
        Dataset asClasses = new Dataset(new Matrix(4, 3), TARGETS);
        double argmax = asClasses.accuracy(PREDICTIONS);
        double perOutput = Dataset.multiLabel(new Matrix(4, 3), TARGETS).accuracy(PREDICTIONS);
        assertEquals(0.5, argmax, 1e-12);
        assertNotEquals(argmax, perOutput);
        assertEquals(Dataset.ACCURACY, asClasses.accuracyName());
    }

    @Test
    void oneClassPerSampleIsUnchanged() {
        Dataset classes = new Dataset(new Matrix(3, 1), Dataset.oneHot(new int[]{0, 2, 1}, 3));
        Matrix p = Matrix.of(new double[][]{{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}, {0.5, 0.4, 0.1}});
        assertEquals(2.0 / 3, classes.accuracy(p), 1e-12);
        Dataset binary = new Dataset(new Matrix(2, 1), Matrix.column(1, 0));
        assertEquals(1.0, binary.accuracy(Matrix.column(0.6, 0.4)), 1e-12);
        assertEquals(1.0, binary.exactMatch(Matrix.column(0.6, 0.4)), 1e-12);
    }

    @Test
    void multiLabelIsKeptBySplitsAndHasNoSingleLabel() {
        Dataset data = Dataset.multiLabel(new Matrix(4, 3), TARGETS);
        assertTrue(data.split(0.5, 1).train().multiLabel());
        assertTrue(data.split(0.5, 1).test().multiLabel());
        assertTrue(data.head(2).multiLabel() && data.shuffled(3).multiLabel());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> data.label(0));
        assertTrue(e.getMessage().contains("multi-label"), e.getMessage());
    }

    @Test
    void badShapesAndTargetsAreNamed() {
        Dataset data = Dataset.multiLabel(new Matrix(4, 3), TARGETS);
        assertThrows(IllegalArgumentException.class, () -> data.accuracy(new Matrix(4, 3)));
        assertThrows(IllegalArgumentException.class, () -> data.accuracy(new Matrix(3, 2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.multiLabel(new Matrix(1, 1), Matrix.row(0.5, 1)));
        assertTrue(e.getMessage().contains("0 or 1"), e.getMessage());
    }
}
