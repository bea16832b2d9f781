package dev.nonlinear.tensor.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix-product kernels written with the JDK Vector API ({@code jdk.incubator.vector}): one
 * instruction works on {@link #LANES} doubles at once (4 with AVX2, 8 with AVX-512).
 *
 * <p>Only {@link FastProducts} calls this class, and only after checking that the JVM was started
 * with {@code --add-modules jdk.incubator.vector}; without the module this class is never loaded
 * and {@link ScalarKernels} does the same work. Both compute exactly the sums of the plain loops in
 * {@code dev.nonlinear.tensor.Matrix}, only in a different order. The entry point is
 * {@link #compute}; the tiles below it take plain arrays and ints because they are the innermost
 * loops, where the JIT should see nothing but locals.
 *
 * <p>How it is fast, in three ideas:
 * <ol>
 *   <li>Register tiles: a 4 × (3·LANES) block of the output (4 × 12 with AVX2) is kept in 12
 *       vector registers while the loop runs over the inner dimension, so each value loaded from
 *       A is used 12 times and each vector loaded from B 4 times. Narrower tiles finish the
 *       columns left over, and single rows (a batch of one) get a wide 1 × (4·LANES) tile.</li>
 *   <li>Cache blocks: the inner dimension is cut into pieces of {@link #KC} and the rows into
 *       pieces of {@link #MC}, so the part of B being reused stays in the L1/L2 caches.</li>
 *   <li>No transposes: {@code Aᵀ·B} reads A with swapped strides, and {@code A·Bᵀ} is a set of
 *       dot products of rows, so neither ever builds a transposed copy.</li>
 * </ol>
 */
final class VectorKernels {
    static final VectorSpecies<Double> SPECIES = species();
    static final int LANES = SPECIES.length();
    /** Inner-dimension block: a 4-row strip of A (4 × KC) and a B panel (KC × 3·LANES) fit in L1. */
    static final int KC = 256;
    /** Row block: MC × KC values of A stay in L2 while every column panel of B passes over them. */
    static final int MC = 64;

    private VectorKernels() {
    }

    /** {@code -Dnonlinear.vectorBits=256} forces a width (e.g. 256-bit vectors on an AVX-512 machine). */
    private static VectorSpecies<Double> species() {
        String bits = System.getProperty("nonlinear.vectorBits");
        if (bits != null) {
            try {
                return VectorSpecies.of(double.class, jdk.incubator.vector.VectorShape.forBitSize(Integer.parseInt(bits.trim())));
            } catch (IllegalArgumentException e) {
                // an unknown width: keep the preferred one
            }
        }
        return DoubleVector.SPECIES_PREFERRED;
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
     * Rows {@code [i0, i1)} of {@code C = A·B} (or {@code C += A·B} when {@code accumulate}), with
     * A(i, p) = {@code a[i·ars + p·acs]}: row-major A is {@code (ars, acs) = (k, 1)}, and a stored
     * k × n matrix read as its transpose is {@code (1, n)}. B is k × m and C is n × m, row-major.
     */
    private static void gemm(double[] a, int ars, int acs, double[] b, double[] c, int k, int m, int i0, int i1,
                             boolean accumulate) {
        if (k == 0) {
            ScalarKernels.clearRows(c, m, i0, i1, accumulate);
            return;
        }
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            boolean add = accumulate || p0 > 0;
            for (int ib = i0; ib < i1; ib += MC) {
                int ie = Math.min(i1, ib + MC);
                int j = 0;
                if (ie - ib >= 4) {
                    for (; j + 3 * LANES <= m; j += 3 * LANES) {
                        int i = ib;
                        for (; i + 4 <= ie; i += 4) {
                            tile4x3(a, ars, acs, b, c, m, i, j, p0, p1, add);
                        }
                        for (; i < ie; i++) {
                            tile1x1(a, ars, acs, b, c, m, i, j, p0, p1, add);
                            tile1x2(a, ars, acs, b, c, m, i, j + LANES, p0, p1, add);
                        }
                    }
                }
                if (ie - ib < 4) {
                    // One to three rows (a batch of one sample): wide single-row tiles read each
                    // cache line of B once, instead of once per narrow panel.
                    for (; j + 4 * LANES <= m; j += 4 * LANES) {
                        for (int i = ib; i < ie; i++) {
                            tile1x4(a, ars, acs, b, c, m, i, j, p0, p1, add);
                        }
                    }
                }
                for (; j + 2 * LANES <= m; j += 2 * LANES) {
                    int i = ib;
                    for (; i + 4 <= ie; i += 4) {
                        tile4x2(a, ars, acs, b, c, m, i, j, p0, p1, add);
                    }
                    for (; i < ie; i++) {
                        tile1x2(a, ars, acs, b, c, m, i, j, p0, p1, add);
                    }
                }
                for (; j + LANES <= m; j += LANES) {
                    int i = ib;
                    for (; i + 4 <= ie; i += 4) {
                        tile4x1(a, ars, acs, b, c, m, i, j, p0, p1, add);
                    }
                    for (; i < ie; i++) {
                        tile1x1(a, ars, acs, b, c, m, i, j, p0, p1, add);
                    }
                }
                if (j < m) {
                    ScalarKernels.block(a, ars, acs, b, c, m, ib, ie, j, m, p0, p1, add);
                }
            }
        }
    }

    /** C[i..i+4, j..j+3L) (+)= Σ_p A(i+r, p)·B[p, j..j+3L): 12 accumulators, 4 broadcasts and 3 loads per p. */
    private static void tile4x3(double[] a, int ars, int acs, double[] b, double[] c, int m, int i, int j,
                                int p0, int p1, boolean add) {
        int c0 = i * m + j;
        int c1 = c0 + m;
        int c2 = c1 + m;
        int c3 = c2 + m;
        DoubleVector s00;
        DoubleVector s01;
        DoubleVector s02;
        DoubleVector s10;
        DoubleVector s11;
        DoubleVector s12;
        DoubleVector s20;
        DoubleVector s21;
        DoubleVector s22;
        DoubleVector s30;
        DoubleVector s31;
        DoubleVector s32;
        if (add) {
            s00 = DoubleVector.fromArray(SPECIES, c, c0);
            s01 = DoubleVector.fromArray(SPECIES, c, c0 + LANES);
            s02 = DoubleVector.fromArray(SPECIES, c, c0 + 2 * LANES);
            s10 = DoubleVector.fromArray(SPECIES, c, c1);
            s11 = DoubleVector.fromArray(SPECIES, c, c1 + LANES);
            s12 = DoubleVector.fromArray(SPECIES, c, c1 + 2 * LANES);
            s20 = DoubleVector.fromArray(SPECIES, c, c2);
            s21 = DoubleVector.fromArray(SPECIES, c, c2 + LANES);
            s22 = DoubleVector.fromArray(SPECIES, c, c2 + 2 * LANES);
            s30 = DoubleVector.fromArray(SPECIES, c, c3);
            s31 = DoubleVector.fromArray(SPECIES, c, c3 + LANES);
            s32 = DoubleVector.fromArray(SPECIES, c, c3 + 2 * LANES);
        } else {
            s00 = DoubleVector.zero(SPECIES);
            s01 = s00;
            s02 = s00;
            s10 = s00;
            s11 = s00;
            s12 = s00;
            s20 = s00;
            s21 = s00;
            s22 = s00;
            s30 = s00;
            s31 = s00;
            s32 = s00;
        }
        int ap = i * ars + p0 * acs;
        int bp = p0 * m + j;
        for (int p = p0; p < p1; p++, ap += acs, bp += m) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
            DoubleVector b2 = DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            s00 = b0.fma(x, s00);
            s01 = b1.fma(x, s01);
            s02 = b2.fma(x, s02);
            x = DoubleVector.broadcast(SPECIES, a[ap + ars]);
            s10 = b0.fma(x, s10);
            s11 = b1.fma(x, s11);
            s12 = b2.fma(x, s12);
            x = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]);
            s20 = b0.fma(x, s20);
            s21 = b1.fma(x, s21);
            s22 = b2.fma(x, s22);
            x = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]);
            s30 = b0.fma(x, s30);
            s31 = b1.fma(x, s31);
            s32 = b2.fma(x, s32);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + LANES);
        s02.intoArray(c, c0 + 2 * LANES);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + LANES);
        s12.intoArray(c, c1 + 2 * LANES);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + LANES);
        s22.intoArray(c, c2 + 2 * LANES);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + LANES);
        s32.intoArray(c, c3 + 2 * LANES);
    }

    /** C[i..i+4, j..j+2L) (+)= Σ_p A(i+r, p)·B[p, j..j+2L): 8 accumulators, 4 broadcasts and 2 loads per p. */
    private static void tile4x2(double[] a, int ars, int acs, double[] b, double[] c, int m, int i, int j,
                                int p0, int p1, boolean add) {
        int c0 = i * m + j;
        int c1 = c0 + m;
        int c2 = c1 + m;
        int c3 = c2 + m;
        DoubleVector s00;
        DoubleVector s01;
        DoubleVector s10;
        DoubleVector s11;
        DoubleVector s20;
        DoubleVector s21;
        DoubleVector s30;
        DoubleVector s31;
        if (add) {
            s00 = DoubleVector.fromArray(SPECIES, c, c0);
            s01 = DoubleVector.fromArray(SPECIES, c, c0 + LANES);
            s10 = DoubleVector.fromArray(SPECIES, c, c1);
            s11 = DoubleVector.fromArray(SPECIES, c, c1 + LANES);
            s20 = DoubleVector.fromArray(SPECIES, c, c2);
            s21 = DoubleVector.fromArray(SPECIES, c, c2 + LANES);
            s30 = DoubleVector.fromArray(SPECIES, c, c3);
            s31 = DoubleVector.fromArray(SPECIES, c, c3 + LANES);
        } else {
            s00 = DoubleVector.zero(SPECIES);
            s01 = s00;
            s10 = s00;
            s11 = s00;
            s20 = s00;
            s21 = s00;
            s30 = s00;
            s31 = s00;
        }
        int ap = i * ars + p0 * acs;
        int bp = p0 * m + j;
        for (int p = p0; p < p1; p++, ap += acs, bp += m) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            s00 = b0.fma(x, s00);
            s01 = b1.fma(x, s01);
            x = DoubleVector.broadcast(SPECIES, a[ap + ars]);
            s10 = b0.fma(x, s10);
            s11 = b1.fma(x, s11);
            x = DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]);
            s20 = b0.fma(x, s20);
            s21 = b1.fma(x, s21);
            x = DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]);
            s30 = b0.fma(x, s30);
            s31 = b1.fma(x, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + LANES);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + LANES);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + LANES);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + LANES);
    }

    /** One row × 2 vectors; p is unrolled by two so four independent sums hide the FMA latency (batch size 1). */
    private static void tile1x2(double[] a, int ars, int acs, double[] b, double[] c, int m, int i, int j,
                                int p0, int p1, boolean add) {
        int c0 = i * m + j;
        DoubleVector s0 = add ? DoubleVector.fromArray(SPECIES, c, c0) : DoubleVector.zero(SPECIES);
        DoubleVector s1 = add ? DoubleVector.fromArray(SPECIES, c, c0 + LANES) : DoubleVector.zero(SPECIES);
        DoubleVector t0 = DoubleVector.zero(SPECIES);
        DoubleVector t1 = t0;
        int ap = i * ars + p0 * acs;
        int bp = p0 * m + j;
        int p = p0;
        for (; p + 1 < p1; p += 2, ap += 2 * acs, bp += 2 * m) {
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            s0 = DoubleVector.fromArray(SPECIES, b, bp).fma(x, s0);
            s1 = DoubleVector.fromArray(SPECIES, b, bp + LANES).fma(x, s1);
            DoubleVector y = DoubleVector.broadcast(SPECIES, a[ap + acs]);
            t0 = DoubleVector.fromArray(SPECIES, b, bp + m).fma(y, t0);
            t1 = DoubleVector.fromArray(SPECIES, b, bp + m + LANES).fma(y, t1);
        }
        if (p < p1) {
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            s0 = DoubleVector.fromArray(SPECIES, b, bp).fma(x, s0);
            s1 = DoubleVector.fromArray(SPECIES, b, bp + LANES).fma(x, s1);
        }
        s0.add(t0).intoArray(c, c0);
        s1.add(t1).intoArray(c, c0 + LANES);
    }

    /** One row × 4 vectors, p unrolled by two: eight independent sums. */
    private static void tile1x4(double[] a, int ars, int acs, double[] b, double[] c, int m, int i, int j,
                                int p0, int p1, boolean add) {
        int c0 = i * m + j;
        DoubleVector s0 = add ? DoubleVector.fromArray(SPECIES, c, c0) : DoubleVector.zero(SPECIES);
        DoubleVector s1 = add ? DoubleVector.fromArray(SPECIES, c, c0 + LANES) : DoubleVector.zero(SPECIES);
        DoubleVector s2 = add ? DoubleVector.fromArray(SPECIES, c, c0 + 2 * LANES) : DoubleVector.zero(SPECIES);
        DoubleVector s3 = add ? DoubleVector.fromArray(SPECIES, c, c0 + 3 * LANES) : DoubleVector.zero(SPECIES);
        DoubleVector t0 = DoubleVector.zero(SPECIES);
        DoubleVector t1 = t0;
        DoubleVector t2 = t0;
        DoubleVector t3 = t0;
        int ap = i * ars + p0 * acs;
        int bp = p0 * m + j;
        int p = p0;
        for (; p + 1 < p1; p += 2, ap += 2 * acs, bp += 2 * m) {
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            s0 = DoubleVector.fromArray(SPECIES, b, bp).fma(x, s0);
            s1 = DoubleVector.fromArray(SPECIES, b, bp + LANES).fma(x, s1);
            s2 = DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES).fma(x, s2);
            s3 = DoubleVector.fromArray(SPECIES, b, bp + 3 * LANES).fma(x, s3);
            DoubleVector y = DoubleVector.broadcast(SPECIES, a[ap + acs]);
            int bq = bp + m;
            t0 = DoubleVector.fromArray(SPECIES, b, bq).fma(y, t0);
            t1 = DoubleVector.fromArray(SPECIES, b, bq + LANES).fma(y, t1);
            t2 = DoubleVector.fromArray(SPECIES, b, bq + 2 * LANES).fma(y, t2);
            t3 = DoubleVector.fromArray(SPECIES, b, bq + 3 * LANES).fma(y, t3);
        }
        if (p < p1) {
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            s0 = DoubleVector.fromArray(SPECIES, b, bp).fma(x, s0);
            s1 = DoubleVector.fromArray(SPECIES, b, bp + LANES).fma(x, s1);
            s2 = DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES).fma(x, s2);
            s3 = DoubleVector.fromArray(SPECIES, b, bp + 3 * LANES).fma(x, s3);
        }
        s0.add(t0).intoArray(c, c0);
        s1.add(t1).intoArray(c, c0 + LANES);
        s2.add(t2).intoArray(c, c0 + 2 * LANES);
        s3.add(t3).intoArray(c, c0 + 3 * LANES);
    }

    /** Four rows × 1 vector, for the columns left after the 2-vector panels. */
    private static void tile4x1(double[] a, int ars, int acs, double[] b, double[] c, int m, int i, int j,
                                int p0, int p1, boolean add) {
        int c0 = i * m + j;
        DoubleVector s0 = add ? DoubleVector.fromArray(SPECIES, c, c0) : DoubleVector.zero(SPECIES);
        DoubleVector s1 = add ? DoubleVector.fromArray(SPECIES, c, c0 + m) : DoubleVector.zero(SPECIES);
        DoubleVector s2 = add ? DoubleVector.fromArray(SPECIES, c, c0 + 2 * m) : DoubleVector.zero(SPECIES);
        DoubleVector s3 = add ? DoubleVector.fromArray(SPECIES, c, c0 + 3 * m) : DoubleVector.zero(SPECIES);
        int ap = i * ars + p0 * acs;
        int bp = p0 * m + j;
        for (int p = p0; p < p1; p++, ap += acs, bp += m) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
            s0 = b0.fma(DoubleVector.broadcast(SPECIES, a[ap]), s0);
            s1 = b0.fma(DoubleVector.broadcast(SPECIES, a[ap + ars]), s1);
            s2 = b0.fma(DoubleVector.broadcast(SPECIES, a[ap + 2 * ars]), s2);
            s3 = b0.fma(DoubleVector.broadcast(SPECIES, a[ap + 3 * ars]), s3);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + m);
        s2.intoArray(c, c0 + 2 * m);
        s3.intoArray(c, c0 + 3 * m);
    }

    private static void tile1x1(double[] a, int ars, int acs, double[] b, double[] c, int m, int i, int j,
                                int p0, int p1, boolean add) {
        int c0 = i * m + j;
        DoubleVector s0 = add ? DoubleVector.fromArray(SPECIES, c, c0) : DoubleVector.zero(SPECIES);
        int ap = i * ars + p0 * acs;
        int bp = p0 * m + j;
        for (int p = p0; p < p1; p++, ap += acs, bp += m) {
            s0 = DoubleVector.fromArray(SPECIES, b, bp).fma(DoubleVector.broadcast(SPECIES, a[ap]), s0);
        }
        s0.intoArray(c, c0);
    }

    /**
     * Rows {@code [i0, i1)} of {@code C = A·Bᵀ} (or {@code +=}) with A n × k and B m × k: every
     * output is the dot product of a row of A with a row of B, both read contiguously.
     */
    private static void gemmTransposeB(double[] a, double[] b, double[] c, int k, int m, int i0, int i1,
                                       boolean accumulate) {
        int kv = SPECIES.loopBound(k);
        for (int i = i0; i < i1; i++) {
            int ai = i * k;
            int ci = i * m;
            int j = 0;
            for (; j + 4 <= m; j += 4) {
                int b0 = j * k;
                int b1 = b0 + k;
                int b2 = b1 + k;
                int b3 = b2 + k;
                DoubleVector s0 = DoubleVector.zero(SPECIES);
                DoubleVector s1 = s0;
                DoubleVector s2 = s0;
                DoubleVector s3 = s0;
                for (int p = 0; p < kv; p += LANES) {
                    DoubleVector x = DoubleVector.fromArray(SPECIES, a, ai + p);
                    s0 = DoubleVector.fromArray(SPECIES, b, b0 + p).fma(x, s0);
                    s1 = DoubleVector.fromArray(SPECIES, b, b1 + p).fma(x, s1);
                    s2 = DoubleVector.fromArray(SPECIES, b, b2 + p).fma(x, s2);
                    s3 = DoubleVector.fromArray(SPECIES, b, b3 + p).fma(x, s3);
                }
                double d0 = s0.reduceLanes(VectorOperators.ADD);
                double d1 = s1.reduceLanes(VectorOperators.ADD);
                double d2 = s2.reduceLanes(VectorOperators.ADD);
                double d3 = s3.reduceLanes(VectorOperators.ADD);
                for (int p = kv; p < k; p++) {
                    double x = a[ai + p];
                    d0 += x * b[b0 + p];
                    d1 += x * b[b1 + p];
                    d2 += x * b[b2 + p];
                    d3 += x * b[b3 + p];
                }
                if (accumulate) {
                    c[ci + j] += d0;
                    c[ci + j + 1] += d1;
                    c[ci + j + 2] += d2;
                    c[ci + j + 3] += d3;
                } else {
                    c[ci + j] = d0;
                    c[ci + j + 1] = d1;
                    c[ci + j + 2] = d2;
                    c[ci + j + 3] = d3;
                }
            }
            for (; j < m; j++) {
                int bj = j * k;
                DoubleVector s = DoubleVector.zero(SPECIES);
                for (int p = 0; p < kv; p += LANES) {
                    s = DoubleVector.fromArray(SPECIES, b, bj + p).fma(DoubleVector.fromArray(SPECIES, a, ai + p), s);
                }
                double d = s.reduceLanes(VectorOperators.ADD);
                for (int p = kv; p < k; p++) {
                    d += a[ai + p] * b[bj + p];
                }
                c[ci + j] = accumulate ? c[ci + j] + d : d;
            }
        }
    }
}
