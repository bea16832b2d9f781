package dev.nonlinear.playground;

import dev.nonlinear.layer.ActivationLayer;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the picture's speed is decided. Every heatmap of the picture — each feature, each hidden
 * neuron, the output — is the value of something over the plane [−6, 6]², sampled at the centres
 * of a {@value #CELLS} × {@value #CELLS} grid (drawn smoothly scaled up). All of them come from
 * one batched forward pass of the grid's 2,500 points through the network
 * ({@link Sequential#forwardTrace}, a few matrix products), not from a pass per pixel or per
 * neuron. A finer grid looks smoother and costs in proportion to its number of cells.
 */
final class LabGrid {
    /** Cells per side of every heatmap. */
    static final int CELLS = 50;
    /** The plane shown: [−EXTENT, EXTENT]², the Playground's square. */
    static final double EXTENT = 6;
    /** The cell centres, row by row from the top left (x₂ decreasing downwards, as on screen). */
    private static final Matrix POINTS = cellCentres();

    /**
     * The whole network over the grid, one row per cell: the input features, the output of every
     * hidden layer (one column per neuron), and the network's output.
     */
    record Snapshot(Matrix features, List<Matrix> hidden, Matrix output) {
    }

    private LabGrid() {
    }

    static Snapshot evaluate(Sequential model, List<Feature> features) {
        Matrix inputs = Feature.inputs(POINTS, features);
        List<Matrix> outputs = model.forwardTrace(inputs);
        // A lab's network is Dense, activation, Dense, activation, …: the activations are the neurons.
        List<Matrix> hidden = new ArrayList<>();
        for (int i = 0; i < outputs.size() - 1; i++) {
            if (model.layers().get(i) instanceof ActivationLayer) {
                hidden.add(outputs.get(i));
            }
        }
        return new Snapshot(inputs, hidden, outputs.get(outputs.size() - 1));
    }

    /** Where a point of the plane lands in a square of {@code size} pixels starting at 0. */
    static double toPixel(double value, int size) {
        return (value + EXTENT) / (2 * EXTENT) * size;
    }

    private static Matrix cellCentres() {
        Matrix points = new Matrix(CELLS * CELLS, 2);
        for (int row = 0; row < CELLS; row++) {
            for (int col = 0; col < CELLS; col++) {
                points.set(row * CELLS + col, 0, centre(col));
                points.set(row * CELLS + col, 1, -centre(row));
            }
        }
        return points;
    }

    private static double centre(int cell) {
        return -EXTENT + 2 * EXTENT * (cell + 0.5) / CELLS;
    }
}
