package dev.nonlinear.tensor;

/**
 * The one place where speed matters more than readability: the matrix products used in training.
 * {@link Matrix#matmulReference} is the plain version; the tests check that both agree.
 */
public final class FastMath {
    private FastMath() {
    }

    /** {@code out = a · b}; shapes already checked by the caller. */
    static void matmul(Matrix a, Matrix b, Matrix out) {
        int n = a.rows();
        int k = a.cols();
        int m = b.cols();
        double[] ad = a.data();
        double[] bd = b.data();
        double[] od = out.data();
        java.util.Arrays.fill(od, 0);
        // i-k-j order walks b and out along rows, so the inner loop is sequential and vectorisable.
        for (int i = 0; i < n; i++) {
            int outRow = i * m;
            for (int p = 0; p < k; p++) {
                double aip = ad[i * k + p];
                if (aip == 0) {
                    continue;
                }
                int bRow = p * m;
                for (int j = 0; j < m; j++) {
                    od[outRow + j] += aip * bd[bRow + j];
                }
            }
        }
    }
}
