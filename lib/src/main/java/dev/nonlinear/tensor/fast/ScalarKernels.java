package dev.nonlinear.tensor.fast;

import java.util.Arrays;

/**
 * The matrix-product kernels in plain Java, used when the JVM runs without
 * {@code --add-modules jdk.incubator.vector} (and for the few columns the vector kernels leave
 * over). Same entry point as {@link VectorKernels}: {@link #compute} fills rows
 * {@code [fromRow, toRow)} of one {@link Product}. A 4 × 4 block of the output is kept in 16 local
 * variables while the loop runs over the inner dimension, so every value loaded from A or B is
 * used four times.
 *
 * <p>Below {@link #compute} the helpers take the arrays and sizes as plain arguments: they are the
 * innermost loops, where the JIT should see nothing but locals.
 */
final class ScalarKernels {
    /** Inner-dimension block, as in the vector kernels (kept here so this class never loads those). */
    private static final int KC = 256;

    private ScalarKernels() {
    }

    /** Rows {@code [fromRow, toRow)} of the product. */
    static void compute(Product p, int fromRow, int toRow) {
        if (p.kind() == Product.Kind.A_BT) {
            gemmTransposeB(p.a(), p.b(), p.c(), p.inner(), p.cols(), fromRow, toRow, p.accumulate());
        } else {
            gemm(p.a(), p.aRowStride(), p.aColStride(), p.b(), p.c(), p.inner(), p.cols(), fromRow, toRow,
                    p.accumulate());
        }
    }

    /**
     * Rows {@code [i0, i1)} of {@code C (+)= A·B} with A(i, p) = {@code a[i·ars + p·acs]} (see
     * {@link Product#aRowStride}), B k × m and C n × m.
     */
    private static void gemm(double[] a, int ars, int acs, double[] b, double[] c, int k, int m, int i0, int i1,
                             boolean accumulate) {
        if (k == 0) {
            clearRows(c, m, i0, i1, accumulate);
            return;
        }
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            boolean add = accumulate || p0 > 0;
            int i = i0;
            for (; i + 4 <= i1; i += 4) {
                int j = 0;
                for (; j + 4 <= m; j += 4) {
                    tile4x4(a, ars, acs, b, c, m, i, j, p0, p1, add);
                }
                block(a, ars, acs, b, c, m, i, i + 4, j, m, p0, p1, add);
            }
            block(a, ars, acs, b, c, m, i, i1, 0, m, p0, p1, add);
        }
    }

    private static void tile4x4(double[] a, int ars, int acs, double[] b, double[] c, int m, int i, int j,
                                int p0, int p1, boolean add) {
        int c0 = i * m + j;
        int c1 = c0 + m;
        int c2 = c1 + m;
        int c3 = c2 + m;
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        double s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        int ap = i * ars + p0 * acs;
        int bp = p0 * m + j;
        for (int p = p0; p < p1; p++, ap += acs, bp += m) {
            double b0 = b[bp];
            double b1 = b[bp + 1];
            double b2 = b[bp + 2];
            double b3 = b[bp + 3];
            double x = a[ap];
            s00 += x * b0;
            s01 += x * b1;
            s02 += x * b2;
            s03 += x * b3;
            x = a[ap + ars];
            s10 += x * b0;
            s11 += x * b1;
            s12 += x * b2;
            s13 += x * b3;
            x = a[ap + 2 * ars];
            s20 += x * b0;
            s21 += x * b1;
            s22 += x * b2;
            s23 += x * b3;
            x = a[ap + 3 * ars];
            s30 += x * b0;
            s31 += x * b1;
            s32 += x * b2;
            s33 += x * b3;
        }
        store4(c, c0, s00, s01, s02, s03, add);
        store4(c, c1, s10, s11, s12, s13, add);
        store4(c, c2, s20, s21, s22, s23, add);
        store4(c, c3, s30, s31, s32, s33, add);
    }

    private static void store4(double[] c, int at, double v0, double v1, double v2, double v3, boolean add) {
        if (add) {
            c[at] += v0;
            c[at + 1] += v1;
            c[at + 2] += v2;
            c[at + 3] += v3;
        } else {
            c[at] = v0;
            c[at + 1] = v1;
            c[at + 2] = v2;
            c[at + 3] = v3;
        }
    }

    /** The plain loop over any block: rows [i0, i1), columns [j0, j1), inner [p0, p1). */
    static void block(double[] a, int ars, int acs, double[] b, double[] c, int m, int i0, int i1, int j0, int j1,
                      int p0, int p1, boolean add) {
        for (int i = i0; i < i1; i++) {
            for (int j = j0; j < j1; j++) {
                double sum = add ? c[i * m + j] : 0;
                int ap = i * ars + p0 * acs;
                for (int p = p0; p < p1; p++, ap += acs) {
                    sum += a[ap] * b[p * m + j];
                }
                c[i * m + j] = sum;
            }
        }
    }

    /** Rows {@code [i0, i1)} of {@code C (+)= A·Bᵀ} with A n × k and B m × k: dot products of rows. */
    private static void gemmTransposeB(double[] a, double[] b, double[] c, int k, int m, int i0, int i1,
                                       boolean accumulate) {
        for (int i = i0; i < i1; i++) {
            int ai = i * k;
            int ci = i * m;
            int j = 0;
            for (; j + 4 <= m; j += 4) {
                int b0 = j * k;
                int b1 = b0 + k;
                int b2 = b1 + k;
                int b3 = b2 + k;
                double d0 = 0, d1 = 0, d2 = 0, d3 = 0;
                for (int p = 0; p < k; p++) {
                    double x = a[ai + p];
                    d0 += x * b[b0 + p];
                    d1 += x * b[b1 + p];
                    d2 += x * b[b2 + p];
                    d3 += x * b[b3 + p];
                }
                store4(c, ci + j, d0, d1, d2, d3, accumulate);
            }
            for (; j < m; j++) {
                int bj = j * k;
                double d = 0;
                for (int p = 0; p < k; p++) {
                    d += a[ai + p] * b[bj + p];
                }
                c[ci + j] = accumulate ? c[ci + j] + d : d;
            }
        }
    }

    /** An empty inner dimension: the product is all zeros. */
    static void clearRows(double[] c, int m, int i0, int i1, boolean accumulate) {
        if (!accumulate) {
            Arrays.fill(c, i0 * m, i1 * m, 0);
        }
    }
}
