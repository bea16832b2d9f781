package dev.nonlinear.trace;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The course cards' traces, with the hand-set weights notebook 04 uses, equal the cards' numbers
 * to the cards' printed precision: every stage, every value.
 */
class CourseCardsTest {

    @Test
    void card1MatchesEveryPrintedNumber() {
        CourseCards.Card card = CourseCards.card1();
        assertStages(card, "[0.5, -1.2, 3.3]", "[1.1, -0.7]", "[1.1, 0.0]", "[0.3, -0.4]", "[0.574, 0.401]");
    }

    @Test
    void card2MatchesEveryPrintedNumber() {
        CourseCards.Card card = CourseCards.card2();
        assertStages(card, "[2.0, -1.0, 0.5, 3.0]", "[1.5, -0.5, 2.0]", "[1.5, 0.0, 2.0]", "[0.8, -1.2, 0.5]",
                "[0.69, 0.23, 0.62]", "[2.0, 1.0, 0.1]", "[0.66, 0.24, 0.10]");
    }

    /** The stages as the cards print them (written out here, independently of CourseCards' own list). */
    private static void assertStages(CourseCards.Card card, String... printed) {
        List<double[]> values = card.values();
        assertEquals(printed.length, values.size(), "one stage per layer plus the input");
        for (int i = 0; i < printed.length; i++) {
            int decimals = printed[i].split(",")[0].length() - printed[i].split(",")[0].indexOf('.') - 1;
            String computed = new CourseCards.Printed(decimals, values.get(i)).toString();
            assertEquals(printed[i], computed, card.title() + ", stage " + i);
            assertEquals(printed[i], card.printed().get(i).toString(), "the card as CourseCards writes it, stage " + i);
        }
        assertTrue(card.matches());
        Table check = card.check();
        assertEquals(printed.length, check.rowCount());
        check.stringColumn("same").forEach(mark -> assertEquals("✓", mark, check.print()));
    }

    @Test
    void theScoresBeforeSoftmaxAreExactlyTheCardsAndTheOutputsAreADistribution() {
        List<double[]> values = CourseCards.card2().values();
        assertArrayEquals(new double[]{2.0, 1.0, 0.1}, values.get(5), 1e-12);
        double[] p = values.get(6);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }

    @Test
    void aWrongNumberIsCaught() {
        CourseCards.Printed card = new CourseCards.Printed(3, 0.574, 0.401);
        assertTrue(card.matches(new double[]{0.57444, 0.40131}));
        assertFalse(card.matches(new double[]{0.5755, 0.40131}));
        assertFalse(card.matches(new double[]{0.57444}));
        assertEquals("[0.0]", new CourseCards.Printed(1, -0.01).toString(), "no minus sign on a rounded zero");
    }

    @Test
    void solveBiasGivesTheBiasesThatHitTheTarget() {
        double[] b = CourseCards.solveBias(new double[]{0.5, -1.2, 3.3}, new double[][]{{0.4, -0.2}, {0.1, 0.3}, {0.2, -0.1}},
                1.1, -0.7);
        assertArrayEquals(new double[]{0.36, 0.09}, b, 1e-12);
    }
}
