package dev.nonlinear.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpiralArmsTest {

    @Test
    void threeArmsHaveOneHotTargetsAndAlmostEqualCounts() {
        Dataset d = Playground.byName("spiral-3", 301, 0.1, 5);
        assertEquals("301x2", d.x().shape());
        assertEquals("301x3", d.y().shape());
        int[] counts = new int[3];
        for (int i = 0; i < d.size(); i++) {
            assertEquals(1.0, d.y().getRow(i)[0] + d.y().getRow(i)[1] + d.y().getRow(i)[2], 0);
            counts[d.label(i)]++;
        }
        assertArrayEquals(new int[]{101, 100, 100}, counts);
        assertEquals(3, Playground.classes("spiral-3"));
        assertEquals(2, Playground.classes("xor"));
        assertEquals(0, Playground.classes("reg-gauss"));
    }

    @Test
    void withoutNoiseEachArmIsTheTwoArmSpiralTurnedByAThird() {
        Dataset d = Playground.spiralArms(300, 3, 0, 1);
        for (int i = 0; i < 100; i++) {
            double x = d.x().get(i, 0);
            double y = d.x().get(i, 1);
            double turn = 2 * Math.PI / 3;
            // Point i of arm 1 is point i of arm 0 turned by 120° (the angle is measured from the x₂ axis).
            double tx = x * Math.cos(turn) + y * Math.sin(turn);
            double ty = -x * Math.sin(turn) + y * Math.cos(turn);
            assertEquals(tx, d.x().get(100 + i, 0), 1e-9);
            assertEquals(ty, d.x().get(100 + i, 1), 1e-9);
            assertTrue(Math.hypot(x, y) <= 5);
        }
    }

    @Test
    void twoArmsAreThePlaygroundSpiral() {
        Dataset arms = Playground.spiralArms(200, 2, 0, 3);
        Dataset spiral = Playground.spiral(200, 0, 3);
        assertArrayEquals(spiral.x().data(), arms.x().data(), 1e-12);
        for (int i = 0; i < 200; i++) {
            assertEquals(spiral.label(i) == 1 ? 0 : 1, arms.label(i));   // the Playground's positives come first
        }
    }

    @Test
    void badArmCountsNameTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Playground.spiralArms(10, 9, 0, 1));
        assertTrue(e.getMessage().contains("[2, 8], got 9"), e.getMessage());
    }
}
