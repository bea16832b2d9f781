package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaygroundTest {

    private static final String[] CLASSIFICATION = {"circle", "xor", "gauss", "spiral", "linear"};

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss", "linear"})
    void everySetHasTheAskedShape(String name) {
        for (int n : new int[]{1, 2, 7, 500}) {
            Dataset d = Playground.byName(name, n, 0.2, 3);
            assertEquals(n + "x2", d.x().shape(), name + " x with n=" + n);
            assertEquals(n + "x1", d.y().shape(), name + " y with n=" + n);
            assertFalse(d.x().hasNonFinite(), name);
            assertFalse(d.y().hasNonFinite(), name);
            for (double v : d.x().data()) {
                assertTrue(Math.abs(v) <= 6 + 1e-12 || name.equals("gauss"), name + " point coordinate " + v);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss", "spiral", "linear"})
    void classificationLabelsAreZeroOrOne(String name) {
        Dataset d = Playground.byName(name, 400, 0.5, 11);
        for (double v : d.y().data()) {
            assertTrue(v == 0 || v == 1, name + " label " + v);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "gauss", "spiral", "linear"})
    void noiselessSetsAreHalfPositiveHalfNegativePositivesFirst(String name) {
        Dataset d = Playground.byName(name, 500, 0, 5);
        for (int i = 0; i < 500; i++) {
            assertEquals(i < 250 ? 1.0 : 0.0, d.y().get(i, 0), name + " label of point " + i);
        }
        Dataset odd = Playground.byName(name, 7, 0, 5);
        assertEquals(4.0, odd.y().sum(), name + ": the odd point goes to the positives");
    }

    @Test
    void xorIsRoughlyBalanced() {
        double positives = Playground.xor(2000, 0, 8).y().sum();
        assertTrue(positives > 900 && positives < 1100, "positives: " + positives);
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss", "linear"})
    void sameSeedSameDataDifferentSeedDifferentData(String name) {
        Dataset a = Playground.byName(name, 300, 0.1, 42);
        Dataset b = Playground.byName(name, 300, 0.1, 42);
        Dataset c = Playground.byName(name, 300, 0.1, 43);
        assertEquals(a.x(), b.x(), name);
        assertEquals(a.y(), b.y(), name);
        assertNotEquals(a.x(), c.x(), name);
    }

    @Test
    void circleWithoutNoiseLeavesTheGapBetweenTwoAndAHalfAndThreeAndAHalf() {
        Dataset d = Playground.circle(1000, 0, 1);
        double maxInner = 0;
        double minOuter = Double.MAX_VALUE;
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x().get(i, 0), d.x().get(i, 1));
            if (d.y().get(i, 0) == 1) {
                assertTrue(r < 2.5, "positive at radius " + r);
                maxInner = Math.max(maxInner, r);
            } else {
                assertTrue(r >= 3.5 - 1e-12 && r <= 5 + 1e-12, "negative at radius " + r);
                minOuter = Math.min(minOuter, r);
            }
        }
        assertTrue(maxInner > 2.3, "positives fill the inner disc, max radius " + maxInner);
        assertTrue(minOuter < 3.7, "negatives fill the outer ring, min radius " + minOuter);
    }

    @Test
    void circleNoiseFlipsLabelsButKeepsThePoints() {
        Dataset clean = Playground.circle(500, 0, 9);
        Dataset noisy = Playground.circle(500, 0.5, 9);
        assertEquals(clean.x(), noisy.x(), "as in the Playground, noise does not move the points");
        int flipped = 0;
        for (int i = 0; i < 500; i++) {
            if (clean.y().get(i, 0) != noisy.y().get(i, 0)) {
                flipped++;
            }
        }
        assertTrue(flipped > 25 && flipped < 250, "flipped labels: " + flipped);
    }

    @Test
    void xorWithoutNoiseIsPaddedOffTheAxesAndLabelledBySignOfProduct() {
        Dataset d = Playground.xor(1000, 0, 2);
        for (int i = 0; i < d.size(); i++) {
            double x = d.x().get(i, 0);
            double y = d.x().get(i, 1);
            assertTrue(Math.abs(x) >= 0.3 && Math.abs(y) >= 0.3, "point (" + x + ", " + y + ") too near an axis");
            assertTrue(Math.abs(x) <= 5.3 && Math.abs(y) <= 5.3, "point (" + x + ", " + y + ") outside the square");
            assertEquals(x * y >= 0 ? 1.0 : 0.0, d.y().get(i, 0), "label of (" + x + ", " + y + ")");
        }
    }

    @Test
    void xorNoiseFlipsSomeLabelsButKeepsThePoints() {
        Dataset clean = Playground.xor(500, 0, 4);
        Dataset noisy = Playground.xor(500, 0.5, 4);
        assertEquals(clean.x(), noisy.x());
        assertNotEquals(clean.y(), noisy.y());
    }

    @Test
    void xorLabelsComeFromThePointPlusNoiseDrawnInThePlaygroundsOrder() {
        // dataset.ts draws x, y, noiseX, noiseY per point and labels the moved point; replay that.
        java.util.Random random = new java.util.Random(77);
        Dataset d = Playground.xor(300, 0.4, 77);
        int disagreeWithCleanSign = 0;
        for (int i = 0; i < d.size(); i++) {
            double x = random.nextDouble() * 10 - 5;
            x += x > 0 ? 0.3 : -0.3;
            double y = random.nextDouble() * 10 - 5;
            y += y > 0 ? 0.3 : -0.3;
            double noiseX = (random.nextDouble() * 10 - 5) * 0.4;
            double noiseY = (random.nextDouble() * 10 - 5) * 0.4;
            assertEquals(x, d.x().get(i, 0), 1e-12);
            assertEquals(y, d.x().get(i, 1), 1e-12);
            assertEquals((x + noiseX) * (y + noiseY) >= 0 ? 1.0 : 0.0, d.y().get(i, 0), "label of point " + i);
            if ((x * y >= 0) != (d.y().get(i, 0) == 1)) {
                disagreeWithCleanSign++;
            }
        }
        assertTrue(disagreeWithCleanSign > 10, "noise flips labels near the axes: " + disagreeWithCleanSign);
    }

    @Test
    void gaussCentresAreNearPlusAndMinusTwoAndVarianceFollowsTheNoise() {
        assertEquals(0.5, Playground.gaussVariance(0), 1e-12);
        assertEquals(2.25, Playground.gaussVariance(0.25), 1e-12);
        assertEquals(4, Playground.gaussVariance(0.5), 1e-12);
        for (double noise : new double[]{0, 0.5}) {
            Dataset d = Playground.gauss(4000, noise, 7);
            double[][] stats = classStats(d);
            double tolerance = noise == 0 ? 0.1 : 0.25;
            assertEquals(2, stats[1][0], tolerance, "positive mean x");
            assertEquals(2, stats[1][1], tolerance, "positive mean y");
            assertEquals(-2, stats[0][0], tolerance, "negative mean x");
            assertEquals(-2, stats[0][1], tolerance, "negative mean y");
            double variance = Playground.gaussVariance(noise);
            assertEquals(variance, stats[1][2], variance * 0.15, "positive variance at noise " + noise);
            assertEquals(variance, stats[0][2], variance * 0.15, "negative variance at noise " + noise);
        }
    }

    /** Per class (0, 1): mean x, mean y, variance of x. */
    private static double[][] classStats(Dataset d) {
        double[][] sums = new double[2][4];
        for (int i = 0; i < d.size(); i++) {
            int c = (int) d.y().get(i, 0);
            double x = d.x().get(i, 0);
            sums[c][0] += x;
            sums[c][1] += d.x().get(i, 1);
            sums[c][2] += x * x;
            sums[c][3]++;
        }
        double[][] stats = new double[2][3];
        for (int c = 0; c < 2; c++) {
            double n = sums[c][3];
            stats[c][0] = sums[c][0] / n;
            stats[c][1] = sums[c][1] / n;
            stats[c][2] = sums[c][2] / n - stats[c][0] * stats[c][0];
        }
        return stats;
    }

    @Test
    void spiralWithoutNoiseStaysInsideRadiusFiveAndTheArmsMirrorEachOther() {
        Dataset d = Playground.spiral(500, 0, 3);
        for (int i = 0; i < 500; i++) {
            double r = Math.hypot(d.x().get(i, 0), d.x().get(i, 1));
            assertTrue(r <= 5, "radius " + r);
        }
        assertEquals(0, d.x().get(0, 0), 1e-12, "each arm starts at the origin");
        assertEquals(5 * 249 / 250.0, Math.hypot(d.x().get(249, 0), d.x().get(249, 1)), 1e-9);
        // Halfway along the positive arm: r = 2.5 and t = 1.75 * 0.5 * 2 pi = 1.75 pi.
        assertEquals(2.5 * Math.sin(1.75 * Math.PI), d.x().get(125, 0), 1e-9);
        assertEquals(2.5 * Math.cos(1.75 * Math.PI), d.x().get(125, 1), 1e-9);
        // The last positive point has turned 1.75 * 249/250 times around.
        double t = 1.75 * 2 * Math.PI * 249 / 250;
        assertEquals(5 * 249 / 250.0 * Math.sin(t), d.x().get(249, 0), 1e-9);
        assertEquals(5 * 249 / 250.0 * Math.cos(t), d.x().get(249, 1), 1e-9);
        for (int i = 0; i < 250; i++) {
            assertEquals(-d.x().get(i, 0), d.x().get(250 + i, 0), 1e-9, "the negative arm is turned by pi");
            assertEquals(-d.x().get(i, 1), d.x().get(250 + i, 1), 1e-9, "the negative arm is turned by pi");
        }
    }

    @Test
    void spiralNoiseMovesPointsByAtMostTheNoise() {
        Dataset clean = Playground.spiral(500, 0, 3);
        Dataset noisy = Playground.spiral(500, 0.5, 3);
        Matrix diff = noisy.x().minus(clean.x());
        double max = Arrays.stream(diff.data()).map(Math::abs).max().orElseThrow();
        assertTrue(max <= 0.5 && max > 0.4, "largest shift " + max);
        assertEquals(clean.y(), noisy.y());
    }

    @Test
    void regressionPlaneTargetIsXPlusYOverTenAndNoiseOnlyChangesTargets() {
        Dataset d = Playground.regressionPlane(1200, 0, 12);
        for (int i = 0; i < d.size(); i++) {
            double x = d.x().get(i, 0);
            double y = d.x().get(i, 1);
            assertTrue(Math.abs(x) <= 6 && Math.abs(y) <= 6);
            assertEquals((x + y) / 10, d.y().get(i, 0), 1e-12);
        }
        Dataset noisy = Playground.regressionPlane(1200, 0.5, 12);
        assertEquals(d.x(), noisy.x());
        assertNotEquals(d.y(), noisy.y());
    }

    @Test
    void regressionGaussianHasSixSignedBumps() {
        assertEquals(1, Playground.bumpsTarget(-4, 2.5), 1e-12);
        assertEquals(-1, Playground.bumpsTarget(0, 2.5), 1e-12);
        assertEquals(1, Playground.bumpsTarget(4, 2.5), 1e-12);
        assertEquals(-1, Playground.bumpsTarget(-4, -2.5), 1e-12);
        assertEquals(1, Playground.bumpsTarget(0, -2.5), 1e-12);
        assertEquals(-1, Playground.bumpsTarget(4, -2.5), 1e-12);
        assertEquals(0.5, Playground.bumpsTarget(-3, 2.5), 1e-12, "halfway down the cone at distance 1");
        assertEquals(0, Playground.bumpsTarget(0, 0), 1e-12, "2.5 away from every bump");
        assertEquals(0, Playground.bumpsTarget(6, 6), 1e-12);

        Dataset d = Playground.regressionGaussian(1200, 0, 13);
        boolean positive = false;
        boolean negative = false;
        for (int i = 0; i < d.size(); i++) {
            double target = d.y().get(i, 0);
            assertEquals(Playground.bumpsTarget(d.x().get(i, 0), d.x().get(i, 1)), target, 1e-12);
            assertTrue(target >= -1 && target <= 1);
            positive |= target > 0.5;
            negative |= target < -0.5;
        }
        assertTrue(positive && negative);
        assertEquals(d.x(), Playground.regressionGaussian(1200, 0.3, 13).x());
    }

    @Test
    void linearIsSeparatedByTheLineXPlusYWithAMargin() {
        Dataset d = Playground.linear(500, 0, 21);
        for (int i = 0; i < d.size(); i++) {
            double s = d.x().get(i, 0) + d.x().get(i, 1);
            assertTrue(Math.abs(s) / Math.sqrt(2) >= 0.5, "point too near the line: x + y = " + s);
            assertEquals(s > 0 ? 1.0 : 0.0, d.y().get(i, 0));
        }
        Dataset noisy = Playground.linear(500, 0.5, 21);
        assertEquals(d.x(), noisy.x());
        assertNotEquals(d.y(), noisy.y());
    }

    @Test
    void badSampleCountsAreRejectedWithTheValue() {
        for (int n : new int[]{0, -3}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Playground.circle(n, 0, 1));
            assertTrue(e.getMessage().contains("numSamples must be > 0, got " + n), e.getMessage());
        }
    }

    @Test
    void badNoiseIsRejectedWithTheValueAndTheRange() {
        for (double noise : new double[]{-0.1, 0.51, 5, Double.NaN}) {
            for (String name : Playground.NAMES) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Playground.byName(name, 10, noise, 1), name + " with noise " + noise);
                assertTrue(e.getMessage().contains("got " + noise), e.getMessage());
                assertTrue(e.getMessage().contains("[0, 0.5]"), e.getMessage());
            }
        }
        Playground.xor(10, 0.5, 1);
        Playground.xor(10, 0, 1);
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Playground.byName("spirals", 10, 0, 1));
        assertTrue(e.getMessage().contains("\"spirals\""), e.getMessage());
        for (String name : new String[]{"circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss"}) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Playground.isRegression("plane"));
        NullPointerException npe = assertThrows(NullPointerException.class, () -> Playground.byName(null, 10, 0, 1));
        assertTrue(npe.getMessage().contains("circle"), npe.getMessage());
    }

    @Test
    void byNameMatchesTheNamedGeneratorsAndDefaults() {
        assertEquals(Playground.circle(50, 0.1, 3), Playground.byName("circle", 50, 0.1, 3));
        assertEquals(Playground.regressionPlane(50, 0.1, 3), Playground.byName("reg-plane", 50, 0.1, 3));
        assertEquals(Playground.regressionGaussian(50, 0.1, 3), Playground.byName(" Reg-Gauss ", 50, 0.1, 3));
        assertEquals(500, Playground.byName("spiral", 1).size());
        assertEquals(1200, Playground.byName("reg-gauss", 1).size());
        assertTrue(Playground.isRegression("reg-plane"));
        assertFalse(Playground.isRegression("xor"));
        for (String name : CLASSIFICATION) {
            assertEquals(Playground.DEFAULT_SAMPLES, Playground.defaultSamples(name));
        }
    }

    @Test
    void splitGivesThePlaygroundsHalfAndHalf() {
        Dataset.Split split = Playground.circle(Playground.DEFAULT_SAMPLES, 0, 1).split(0.5, 2);
        assertEquals(250, split.train().size());
        assertEquals(250, split.test().size());
        double trainPositives = split.train().y().sum();
        assertTrue(trainPositives > 90 && trainPositives < 160, "shuffled before the split: " + trainPositives);
    }
}
