package dev.nonlinear.tensor;

/**
 * A matrix that a training loop reuses from batch to batch instead of allocating a new one.
 * {@link #get} returns the same matrix as long as the shape stays the same; it remembers two
 * shapes, so the full batches and the shorter last batch of an epoch each keep theirs.
 *
 * <p>The returned matrix still holds the values of its last use: the caller overwrites it.
 */
public final class MatrixBuffer {
    private Matrix recent;
    private Matrix previous;

    /** A rows × cols matrix, the same one as last time for the same shape. */
    public Matrix get(int rows, int cols) {
        if (fits(recent, rows, cols)) {
            return recent;
        }
        Matrix older = previous;
        previous = recent;
        recent = fits(older, rows, cols) ? older : new Matrix(rows, cols);
        return recent;
    }

    private static boolean fits(Matrix m, int rows, int cols) {
        return m != null && m.rows() == rows && m.cols() == cols;
    }
}
