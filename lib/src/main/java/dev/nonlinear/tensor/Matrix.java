package dev.nonlinear.tensor;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A small dense matrix of doubles, stored row-major in one flat array.
 *
 * <p>A mini-batch is a matrix with one sample per row, so a batch of 32 MNIST images is 32 × 784.
 * Every operation checks shapes and names both shapes when they do not fit, because a shape error
 * is the most common mistake when wiring a network by hand.
 *
 * <p>Every operation here is the plain loop, including the three matrix products: they define
 * what the network computes. Training runs the products on faster kernels that give the same
 * sums (up to rounding); the layers reach those through {@link Products}, the one switch between
 * the two, and this class knows nothing of them.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    public Matrix(int rows, int cols) {
        this(rows, cols, new double[checkedSize(rows, cols)]);
    }

    /** Wraps {@code data} (not copied): element (r, c) is {@code data[r * cols + c]}. */
    public Matrix(int rows, int cols, double[] data) {
        if (data.length != checkedSize(rows, cols)) {
            throw new IllegalArgumentException("data has " + data.length + " values but shape "
                    + rows + "x" + cols + " needs " + (rows * cols));
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    private static int checkedSize(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape must not be negative, got " + rows + "x" + cols);
        }
        long size = (long) rows * cols;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("shape " + rows + "x" + cols + " is too large");
        }
        return (int) size;
    }

    /** A matrix from nested rows, e.g. {@code Matrix.of(new double[][]{{1, 2}, {3, 4}})}. */
    public static Matrix of(double[][] values) {
        int rows = values.length;
        int cols = rows == 0 ? 0 : values[0].length;
        Matrix m = new Matrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length
                        + " values, expected " + cols + " like row 0");
            }
            System.arraycopy(values[r], 0, m.data, r * cols, cols);
        }
        return m;
    }

    /** A 1 × n matrix holding one sample. */
    public static Matrix row(double... values) {
        return new Matrix(1, values.length, values.clone());
    }

    /** An n × 1 matrix. */
    public static Matrix column(double... values) {
        return new Matrix(values.length, 1, values.clone());
    }

    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols);
    }

    public static Matrix filled(int rows, int cols, double value) {
        Matrix m = new Matrix(rows, cols);
        Arrays.fill(m.data, value);
        return m;
    }

    public static Matrix identity(int n) {
        Matrix m = new Matrix(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] = 1;
        }
        return m;
    }

    /** Uniform values in [low, high) from a seeded generator. */
    public static Matrix uniform(int rows, int cols, double low, double high, Random random) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = low + (high - low) * random.nextDouble();
        }
        return m;
    }

    /** Normal values with the given standard deviation from a seeded generator. */
    public static Matrix gaussian(int rows, int cols, double stddev, Random random) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = stddev * random.nextGaussian();
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int size() {
        return data.length;
    }

    /** The shape as text, e.g. {@code "32x784"}. */
    public String shape() {
        return rows + "x" + cols;
    }

    /** The backing array (not a copy): writing to it changes the matrix. */
    public double[] data() {
        return data;
    }

    public double get(int r, int c) {
        checkIndex(r, c);
        return data[r * cols + c];
    }

    public void set(int r, int c, double value) {
        checkIndex(r, c);
        data[r * cols + c] = value;
    }

    private void checkIndex(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IndexOutOfBoundsException("index (" + r + ", " + c + ") is outside shape " + shape());
        }
    }

    /** A copy of row {@code r}. */
    public double[] getRow(int r) {
        checkIndex(r, 0);
        return Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
    }

    public void setRow(int r, double[] values) {
        checkIndex(r, 0);
        if (values.length != cols) {
            throw new IllegalArgumentException("row has " + values.length + " values, matrix " + shape()
                    + " needs " + cols);
        }
        System.arraycopy(values, 0, data, r * cols, cols);
    }

    /** A new matrix with the rows at {@code indices}, in that order (used to cut mini-batches). */
    public Matrix selectRows(int[] indices) {
        return selectRows(indices, 0, indices.length);
    }

    /** A new matrix with the rows {@code indices[from..to)}. */
    public Matrix selectRows(int[] indices, int from, int to) {
        Matrix out = new Matrix(to - from, cols);
        for (int i = from; i < to; i++) {
            int r = indices[i];
            checkIndex(r, 0);
            System.arraycopy(data, r * cols, out.data, (i - from) * cols, cols);
        }
        return out;
    }

    /**
     * Copies the rows {@code indices[from..to)} into {@code out}, which must be
     * {@code (to − from) × cols}: the training loop's way to cut a mini-batch without allocating.
     */
    public void selectRows(int[] indices, int from, int to, Matrix out) {
        if (out.rows != to - from || out.cols != cols) {
            throw new IllegalArgumentException("output " + out.shape() + " cannot hold " + (to - from)
                    + " rows of " + shape() + ": expected " + (to - from) + "x" + cols);
        }
        for (int i = from; i < to; i++) {
            int r = indices[i];
            checkIndex(r, 0);
            System.arraycopy(data, r * cols, out.data, (i - from) * cols, cols);
        }
    }

    /** Rows {@code [from, to)} as a new matrix. */
    public Matrix sliceRows(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IndexOutOfBoundsException("rows [" + from + ", " + to + ") are outside shape " + shape());
        }
        return new Matrix(to - from, cols, Arrays.copyOfRange(data, from * cols, to * cols));
    }

    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /**
     * The matrix product {@code this · other}: (n × k) · (k × m) = (n × m). Output (i, j) is the
     * sum over k of row i of {@code this} times column j of {@code other}, written as the triple
     * loop from the textbook. Layers run the same sums on faster kernels, through {@link Products}.
     */
    public Matrix matmul(Matrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape()
                    + ": inner sizes " + cols + " and " + other.rows + " differ");
        }
        Matrix out = new Matrix(rows, other.cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < other.cols; j++) {
                double sum = 0;
                for (int k = 0; k < cols; k++) {
                    sum += get(i, k) * other.get(k, j);
                }
                out.set(i, j, sum);
            }
        }
        return out;
    }

    /**
     * {@code thisᵀ · other}: (k × n)ᵀ · (k × m) = (n × m), the same as
     * {@code transpose().matmul(other)} without building the transpose: column i of {@code this}
     * plays the part of row i. A dense layer's weight gradient {@code xᵀ·g} is this product.
     */
    public Matrix matmulTransposeA(Matrix other) {
        if (rows != other.rows) {
            throw new IllegalArgumentException("cannot multiply the transpose of " + shape() + " by " + other.shape()
                    + ": row counts " + rows + " and " + other.rows + " differ");
        }
        Matrix out = new Matrix(cols, other.cols);
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < other.cols; j++) {
                double sum = 0;
                for (int k = 0; k < rows; k++) {
                    sum += get(k, i) * other.get(k, j);
                }
                out.set(i, j, sum);
            }
        }
        return out;
    }

    /**
     * {@code this · otherᵀ}: (n × k) · (m × k)ᵀ = (n × m), the same as
     * {@code matmul(other.transpose())} without building the transpose: output (i, j) is the dot
     * product of row i of {@code this} and row j of {@code other}. A dense layer's input gradient
     * {@code g·Wᵀ} is this product.
     */
    public Matrix matmulTransposeB(Matrix other) {
        if (cols != other.cols) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by the transpose of " + other.shape()
                    + ": column counts " + cols + " and " + other.cols + " differ");
        }
        Matrix out = new Matrix(rows, other.rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < other.rows; j++) {
                double sum = 0;
                for (int k = 0; k < cols; k++) {
                    sum += get(i, k) * other.get(j, k);
                }
                out.set(i, j, sum);
            }
        }
        return out;
    }

    public Matrix transpose() {
        Matrix out = new Matrix(cols, rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out.data[c * rows + r] = data[r * cols + c];
            }
        }
        return out;
    }

    public Matrix plus(Matrix other) {
        requireSameShape(other, "add");
        Matrix out = copy();
        for (int i = 0; i < data.length; i++) {
            out.data[i] += other.data[i];
        }
        return out;
    }

    public Matrix minus(Matrix other) {
        requireSameShape(other, "subtract");
        Matrix out = copy();
        for (int i = 0; i < data.length; i++) {
            out.data[i] -= other.data[i];
        }
        return out;
    }

    /** Element-wise (Hadamard) product. */
    public Matrix times(Matrix other) {
        requireSameShape(other, "multiply element-wise");
        Matrix out = copy();
        for (int i = 0; i < data.length; i++) {
            out.data[i] *= other.data[i];
        }
        return out;
    }

    public Matrix scale(double factor) {
        Matrix out = copy();
        for (int i = 0; i < data.length; i++) {
            out.data[i] *= factor;
        }
        return out;
    }

    /** Adds a 1 × cols row (a bias) to every row. */
    public Matrix plusRow(Matrix rowVector) {
        if (rowVector.rows != 1 || rowVector.cols != cols) {
            throw new IllegalArgumentException("cannot add row " + rowVector.shape() + " to each row of "
                    + shape() + ": expected 1x" + cols);
        }
        Matrix out = copy();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out.data[r * cols + c] += rowVector.data[c];
            }
        }
        return out;
    }

    /** Sums each column: the result is 1 × cols (the bias gradient of a batch). */
    public Matrix sumRows() {
        Matrix out = new Matrix(1, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out.data[c] += data[r * cols + c];
            }
        }
        return out;
    }

    public Matrix map(DoubleUnaryOperator f) {
        Matrix out = new Matrix(rows, cols);
        for (int i = 0; i < data.length; i++) {
            out.data[i] = f.applyAsDouble(data[i]);
        }
        return out;
    }

    public double sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return s;
    }

    /** Column index of the largest value in row {@code r} (the predicted class). */
    public int argmaxRow(int r) {
        checkIndex(r, 0);
        int best = 0;
        for (int c = 1; c < cols; c++) {
            if (data[r * cols + c] > data[r * cols + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Square root of the sum of squares. */
    public double norm() {
        double s = 0;
        for (double v : data) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    public boolean hasNonFinite() {
        for (double v : data) {
            if (!Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    public void requireSameShape(Matrix other, String operation) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("cannot " + operation + " " + shape() + " and " + other.shape()
                    + ": shapes must match");
        }
    }

    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = getRow(r);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    /** Shape and the first few rows, enough to look at in a notebook. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Matrix ").append(shape());
        int shownRows = Math.min(rows, 6);
        int shownCols = Math.min(cols, 8);
        for (int r = 0; r < shownRows; r++) {
            sb.append("\n  [");
            for (int c = 0; c < shownCols; c++) {
                sb.append(c == 0 ? "" : ", ").append(String.format("%.4f", data[r * cols + c]));
            }
            sb.append(cols > shownCols ? ", …]" : "]");
        }
        if (rows > shownRows) {
            sb.append("\n  … ").append(rows - shownRows).append(" more rows");
        }
        return sb.toString();
    }
}
