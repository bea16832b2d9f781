package dev.nonlinear.activation;

/**
 * The error function erf(x) = (2/√π)∫₀ˣ e^(−t²) dt, which the JDK does not provide and exact GELU
 * needs. Accurate to about 1e-15: a positive-term series below |x| = 3, and the classic continued
 * fraction for erfc above, where the series would need too many terms.
 */
public final class Erf {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private Erf() {
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double a = Math.abs(x);
        double value = a < 3 ? series(a) : 1 - erfcContinuedFraction(a);
        return Math.copySign(value, x);
    }

    /** erfc(x) = 1 − erf(x), computed directly for large x where 1 − erf(x) would round to 0. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x < 3 ? 1 - erf(x) : erfcContinuedFraction(x);
    }

    /** erf(a) = (2/√π)·e^(−a²)·Σ 2ⁿa^(2n+1)/(1·3·…·(2n+1)); every term is positive, so no cancellation. */
    private static double series(double a) {
        double term = a;
        double sum = a;
        for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
            term *= 2 * a * a / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-a * a) * sum;
    }

    /** erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the bottom up. */
    private static double erfcContinuedFraction(double x) {
        if (x > 27) {
            return 0;   // e^(−x²) underflows to 0 below this anyway
        }
        double fraction = x;
        for (int n = 80; n >= 1; n--) {
            fraction = x + (n / 2.0) / fraction;
        }
        return Math.exp(-x * x) / (Math.sqrt(Math.PI) * fraction);
    }
}
