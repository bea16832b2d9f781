package dev.nonlinear.plot;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.train.EpochResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BoundaryAnimationTest {

    private static EpochResult epoch(int n) {
        return new EpochResult(n, 1.0 / n, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** One sigmoid unit whose boundary is the vertical line x = position. */
    private static void boundaryAt(Sequential model, double position) {
        Dense dense = (Dense) model.layers().get(0);
        dense.weights().set(0, 0, 4);
        dense.weights().set(1, 0, 0);
        dense.bias().set(0, 0, -4 * position);
    }

    @Test
    void keepsAFrameOnlyWhenTheBoundaryMoved() {
        Sequential model = Sequential.input(2, 1).dense(1, "sigmoid").build();
        Dataset points = new Dataset(Matrix.of(new double[][]{{-1, 0}, {1, 0}}), Matrix.column(0, 1));
        BoundaryAnimation animation = new BoundaryAnimation(points, "test");
        boundaryAt(model, 0);
        animation.capture(model, epoch(1));
        animation.capture(model, epoch(2));                 // nothing moved: no frame
        boundaryAt(model, 0.05);
        animation.capture(model, epoch(3));                 // moved less than one grid column: no frame
        boundaryAt(model, 2);
        animation.capture(model, epoch(4));                 // moved a sixth of the plane: a frame
        animation.capture(model, epoch(5));
        assertEquals(List.of(1, 4), animation.frameEpochs());
        assertEquals(3, animation.gif(100).frameCount(), "the last epoch is always the last frame");
        assertEquals(List.of(1, 4, 5), animation.frameEpochs());
    }

    @Test
    void changedFractionCountsPointsThatSwitchedSide() {
        assertEquals(0.5, BoundaryAnimation.changedFraction(new boolean[]{true, true, false, false},
                new boolean[]{false, true, true, false}));
    }

    @Test
    void aGifNeedsAtLeastOneEpoch() {
        var animation = new BoundaryAnimation(new Dataset(new Matrix(0, 2), new Matrix(0, 1)), "empty");
        var error = assertThrows(IllegalStateException.class, () -> animation.gif(100));
        assertTrue(error.getMessage().contains("onEpoch"), error.getMessage());
    }
}
