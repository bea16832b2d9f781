package dev.nonlinear.activation;

/**
 * The error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt, range (−1, 1), and its complement
 * erfc(x) = 1 − erf(x), range (0, 2), accurate to about 1e-15 relative error for every double.
 *
 * <p>{@link GELU} needs them, because the standard normal CDF is Φ(x) = erfc(−x/√2) / 2.
 * {@code java.lang.Math} has no erf, and the short textbook formulas (Abramowitz–Stegun 7.1.26 is
 * good to 1.5e-7) are too coarse: a gradient check at 1e-6 would be measuring the approximation.
 *
 * <p>Two classic expansions, each used only where it converges quickly and nothing cancels:
 * <ul>
 *   <li>|x| &lt; 0.5: the power series erf(x) = (2/√π) e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·5···(2n+1)),
 *       whose terms are all positive (the better-known alternating series subtracts);
 *   <li>x ≥ 0.5: Legendre's continued fraction for erfc (the incomplete gamma function
 *       Γ(1/2, x²) / √π). It delivers tails such as erfc(10) ≈ 2.1e-45 to full relative
 *       precision, where 1 − erf(10) would round to 0.
 * </ul>
 * Negative arguments use erf(−x) = −erf(x) and erfc(−x) = 2 − erfc(x).
 */
public final class Erf {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;
    private static final double SERIES_LIMIT = 0.5;
    /** erfc(27.5) is below the smallest subnormal double, so erfc is exactly 0 from here on. */
    private static final double ERFC_ZERO_FROM = 27.5;

    private Erf() {
    }

    /** The error function; odd, erf(0) = 0, erf(±∞) = ±1. */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (ax < SERIES_LIMIT) {
            return series(x);
        }
        double y = 1 - erfcPositive(ax); // erfc(0.5) ≈ 0.48, so no cancellation here
        return x < 0 ? -y : y;
    }

    /** The complementary error function 1 − erf(x), without the cancellation of that formula. */
    public static double erfc(double x) {
        if (Math.abs(x) < SERIES_LIMIT) {
            return 1 - series(x); // erf(x) < 0.53 here, so 1 − erf(x) keeps its precision
        }
        return x > 0 ? erfcPositive(x) : 2 - erfcPositive(-x);
    }

    private static double series(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; Math.abs(term) > Math.abs(sum) * 1e-17; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * sum * expMinusSquare(x);
    }

    /** erfc(x) for x ≥ 0.5 (or NaN) by the continued fraction, evaluated from the bottom up. */
    private static double erfcPositive(double x) {
        if (x >= ERFC_ZERO_FROM) {
            return 0; // also keeps x·x = ∞ (x ≥ 1.4e154) from producing ∞ − ∞ = NaN below
        }
        double x2 = x * x;
        // erfc(x) = x e^(−x²)/√π · 1/(b₀ + a₁/(b₁ + a₂/(b₂ + ...))), aₙ = −n(n − ½), bₙ = x² + 2n + ½.
        // Bottom-up evaluation is more accurate than the forward (Lentz) one, but needs the depth
        // up front: 20 + 120/x² terms was found, by comparing with fractions four times deeper,
        // to leave a truncation error below 1e-17 for every x ≥ 0.5 (the fraction converges
        // slowly near 0, which is why the series takes over below 0.5).
        int depth = 20 + (int) (120 / x2);
        double f = x2 + 2 * depth + 0.5;
        for (int n = depth; n >= 1; n--) {
            f = x2 + 2 * (n - 1) + 0.5 - n * (n - 0.5) / f;
        }
        return x * ONE_OVER_SQRT_PI / f * expMinusSquare(x);
    }

    /**
     * e^(−x²) with x² taken exactly. A rounded x² is off by up to 1e-16·x², and the exponential
     * turns that absolute error into a relative one: 7e-14 at x = 26. Math.fma recovers the
     * rounding error lo of x·x, and e^(−lo) ≈ 1 − lo since |lo| is tiny.
     */
    private static double expMinusSquare(double x) {
        double hi = x * x;
        double lo = Math.fma(x, x, -hi);
        return Math.exp(-hi) * (1 - lo);
    }
}
