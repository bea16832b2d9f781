package dev.nonlinear.tensor.fast;

/**
 * One matrix product for the fast kernels: {@code C = op(A) · op(B)}, or {@code C += …} when
 * {@code accumulate}, on row-major flat arrays. C is {@code rows × cols}; {@code inner} is the
 * dimension the sums run over.
 *
 * <p>This record is what {@link FastProducts}, the row split and both kernel classes pass around
 * instead of a long list of positional ints. The kernels themselves are handed a row range
 * {@code [fromRow, toRow)} of C beside it, so that several threads can share one product.
 * Shapes are checked here once, with the sizes in the message; the kernels then trust them.
 */
public record Product(Kind kind, double[] a, double[] b, double[] c, int rows, int inner, int cols,
                      boolean accumulate) {

    /** The three products a dense layer needs; none of them builds a transposed copy. */
    public enum Kind {
        /** {@code C = A·B}, A stored rows × inner, B inner × cols: the forward pass {@code x·W}. */
        A_B,
        /** {@code C = Aᵀ·B}, A stored inner × rows and read column by column: the weight gradient {@code xᵀ·g}. */
        AT_B,
        /** {@code C = A·Bᵀ}, B stored cols × inner, so each output is a dot product of two rows: the input gradient {@code g·Wᵀ}. */
        A_BT
    }

    public Product {
        check(kind, a, b, c, rows, inner, cols);
    }

    private static void check(Kind kind, double[] a, double[] b, double[] c, int rows, int inner, int cols) {
        if (kind == null || a == null || b == null || c == null) {
            throw new NullPointerException("a product needs a kind and three arrays");
        }
        if (rows < 0 || inner < 0 || cols < 0) {
            throw new IllegalArgumentException("negative size: rows=" + rows + ", inner=" + inner + ", cols=" + cols);
        }
        if (a.length != (long) rows * inner || b.length != (long) inner * cols || c.length != (long) rows * cols) {
            throw new IllegalArgumentException(kind + " with rows=" + rows + ", inner=" + inner + ", cols=" + cols
                    + " needs arrays of " + (long) rows * inner + ", " + (long) inner * cols + " and "
                    + (long) rows * cols + " values, got " + a.length + ", " + b.length + " and " + c.length);
        }
        if (c == a || c == b) {
            throw new IllegalArgumentException("the output of " + kind + " must not be one of its inputs");
        }
    }

    /** A product that overwrites C. */
    public static Product of(Kind kind, double[] a, double[] b, double[] c, int rows, int inner, int cols) {
        return new Product(kind, a, b, c, rows, inner, cols, false);
    }

    /** How far apart A(i, p) and A(i + 1, p) are in {@code a}: A is read through strides, so Aᵀ costs nothing. */
    public int aRowStride() {
        return kind == Kind.AT_B ? 1 : inner;
    }

    /** How far apart A(i, p) and A(i, p + 1) are in {@code a}. */
    public int aColStride() {
        return kind == Kind.AT_B ? rows : 1;
    }

    /** rows × inner × cols: the work, to decide whether splitting it over threads pays. */
    public long multiplyAdds() {
        return (long) rows * inner * cols;
    }

    /** The kind and sizes, without the arrays: e.g. {@code A_B rows=64 inner=784 cols=128}. */
    @Override
    public String toString() {
        return kind + " rows=" + rows + " inner=" + inner + " cols=" + cols + (accumulate ? " (accumulate)" : "");
    }
}
