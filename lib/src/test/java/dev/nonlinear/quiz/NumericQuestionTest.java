package dev.nonlinear.quiz;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class NumericQuestionTest {

    static NumericQuestion sigmoidOfTwo() {
        return NumericQuestion.of("02-q2", "What is sigmoid(2)?", 0.8807970779778823, 0.0005, 0,
                "1 / (1 + e^-2) ≈ 0.8808");
    }

    @Test
    void answersWithinTheToleranceAreCorrect() {
        for (Object answer : new Object[]{0.8808, 0.881, 0.88080, "0.8808", " 0.881 ", 0.8808f, new BigDecimal("0.8808")}) {
            AnswerFeedback f = sigmoidOfTwo().answer(answer);
            assertTrue(f.isCorrect(), answer + ": " + f);
            assertEquals("1 / (1 + e^-2) ≈ 0.8808", f.explanation());
        }
    }

    @Test
    void answersOutsideTheToleranceAreWrongWithADirection() {
        NumericQuestion q = sigmoidOfTwo();
        AnswerFeedback low = q.answer(0.88);
        assertFalse(low.isCorrect());
        assertTrue(low.isAttempt());
        assertEquals("✗ Not quite", low.title());
        assertTrue(low.hint().startsWith("Your answer is too low."), low.hint());
        assertEquals("You answered 0.88.", low.message());
        assertTrue(q.answer(0.9).hint().startsWith("Your answer is too high."));
        assertTrue(q.answer(88.08).hint().contains("percentage"), "88.08 looks like 88.08 %");
        assertEquals(3, q.attempts());
    }

    @Test
    void badNumbersAreNotAttempts() {
        NumericQuestion q = sigmoidOfTwo();
        assertUnreadable(q.answer(Double.POSITIVE_INFINITY), "Infinity is not a finite number");
        assertUnreadable(q.answer(Double.NEGATIVE_INFINITY), "not a finite number");
        assertUnreadable(q.answer((Object) null), "null");
        assertUnreadable(q.answer("B"), "\"B\" is not a number");
        assertUnreadable(q.answer("88%"), "percentage");
        assertUnreadable(q.answer("0,88"), "comma");
        assertUnreadable(q.answer(x -> x), "function");
        assertUnreadable(q.answer(x -> x, x -> 1), "function");
        assertUnreadable(q.answer(new int[]{1}), "is not a number");
        assertEquals(0, q.attempts());
    }

    private static void assertUnreadable(AnswerFeedback f, String expectedPart) {
        assertFalse(f.isCorrect(), f.toString());
        assertFalse(f.isAttempt(), f.toString());
        assertTrue(f.message().contains(expectedPart), "expected \"" + expectedPart + "\" in: " + f.message());
        assertTrue(f.message().contains("q2.answer("), f.message());
    }

    @Test
    void exactAndRelativeTolerances() {
        NumericQuestion count = NumericQuestion.of("05-q2", "Parameters?", 109386, 0, 0, "…");
        assertTrue(count.answer(109386).isCorrect());
        assertTrue(count.answer(109_386L).isCorrect());
        assertTrue(count.answer("109386").isCorrect());
        assertFalse(count.answer(109387).isCorrect());
        assertEquals("a number, must be exact", count.form().note());

        NumericQuestion tiny = NumericQuestion.of("03-q2", "0.25^10?", Math.pow(0.25, 10), 0, 0.01, "…");
        assertTrue(tiny.answer(9.54e-7).isCorrect());
        assertTrue(tiny.answer("9.5e-7").isCorrect());
        assertFalse(tiny.answer(9.3e-7).isCorrect());
        assertEquals("a number, accepted within ±1 %", tiny.form().note());
        assertEquals("a number, accepted within ±0.0005", sigmoidOfTwo().form().note());
        assertEquals("a number, accepted within ±1e-9", NumericQuestion.of("x", "t", 1, 1e-9, 0, "e").form().note());
    }

    @Test
    void theValueIsStoredObfuscatedAndVerified() throws IllegalAccessException {
        NumericQuestion q = sigmoidOfTwo();
        for (var field : NumericQuestion.class.getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(q);
            assertFalse(String.valueOf(value).contains("0.88"), field.getName() + " = " + value);
        }
        String salt = "s";
        String obfuscated = QuizKeys.obfuscate(salt, "id", 0.8808);
        assertEquals(0.8808, QuizKeys.reveal(salt, "id", obfuscated));
        assertNotEquals(obfuscated, QuizKeys.obfuscate(salt, "other-id", 0.8808), "the id is part of the key");
        assertThrows(IllegalArgumentException.class, () -> new NumericQuestion("id", "t", salt,
                QuizKeys.numberHash(salt, "id", 0.5), obfuscated, 0, 0, "e", ""), "hash must match the value");
    }

    @Test
    void cardSaysHowToAnswer() {
        NumericQuestion q = sigmoidOfTwo();
        assertTrue(q.toString().contains("q2.answer(…) — a number, accepted within ±0.0005"), q.toString());
        assertTrue(q.html().contains("Number · 02-q2"), q.html());
    }
}
