package dev.nonlinear.quiz;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

class MultipleChoiceTest {

    static MultipleChoice tanhQuestion() {
        return MultipleChoice.of("02-q1", "Which activation is zero-centred with range (−1, 1)?",
                List.of("sigmoid", "tanh", "ReLU", "softplus"), "B",
                "tanh(0) = 0 and tanh runs from −1 to 1.",
                Map.of("A", "σ(x) is always positive.", "C", "ReLU is never negative."));
    }

    @Test
    void rightAnswerIsCorrectWithExplanation() {
        MultipleChoice q = tanhQuestion();
        AnswerFeedback f = q.answer("B");
        assertTrue(f.isCorrect());
        assertTrue(f.isAttempt());
        assertEquals("✓ Correct", f.title());
        assertEquals("tanh(0) = 0 and tanh runs from −1 to 1.", f.explanation());
        assertTrue(f.message().contains("B: tanh"), f.message());
        assertEquals("", f.hint());
        assertTrue(f.toString().startsWith("✓ Correct (02-q1)"), f.toString());
        assertTrue(f.html().contains("#2e7d32"), "green card");
        assertEquals(1, q.attempts());
        assertTrue(q.isCorrect());
    }

    @Test
    void wrongAnswerIsIncorrectWithThatOptionsHint() {
        MultipleChoice q = tanhQuestion();
        AnswerFeedback f = q.answer("A");
        assertFalse(f.isCorrect());
        assertTrue(f.isAttempt());
        assertEquals("✗ Not quite", f.title());
        assertEquals("σ(x) is always positive.", f.hint());
        assertEquals("", f.explanation(), "the explanation would give the answer away");
        assertTrue(f.html().contains("#c62828"), "red card");
        assertTrue(f.toString().contains("Hint: σ(x) is always positive."), f.toString());
        assertFalse(q.isCorrect());
        // An option without its own hint still gets one.
        assertFalse(q.answer("D").hint().isBlank());
    }

    @Test
    void lettersAreTrimmedAndCaseInsensitive() {
        for (String answer : List.of(" b ", "b", "B)", "(b)", "B.", "\tB\n")) {
            assertTrue(tanhQuestion().answer(answer).isCorrect(), answer);
        }
        assertTrue(tanhQuestion().answer('b').isCorrect(), "a char works too");
    }

    @Test
    void letterOutsideTheOptionsIsNotAnAttempt() {
        MultipleChoice q = tanhQuestion();
        AnswerFeedback f = q.answer("E");
        assertFalse(f.isCorrect());
        assertFalse(f.isAttempt());
        assertEquals("\"E\" is not one of the options A, B, C, D — answer with one letter, e.g. q1.answer(\"B\").",
                f.message());
        assertEquals(0, q.attempts());
        assertFalse(q.isAnswered());
    }

    @Test
    void everyBadInputGetsAClearMessageAndNoException() {
        MultipleChoice q = tanhQuestion();
        assertUnreadable(q.answer((Object) null), "null");
        assertUnreadable(q.answer(2), "2 is a number");
        assertUnreadable(q.answer(2.5), "is a number");
        assertUnreadable(q.answer("2"), "\"2\" is a number");
        assertUnreadable(q.answer("tanh"), "the text of option B");
        assertUnreadable(q.answer("tanh or relu"), "is not one of the options A, B, C, D");
        assertUnreadable(q.answer("AB"), "is not one of the options");
        assertUnreadable(q.answer(true), "is not one of the options");
        assertUnreadable(q.answer(x -> x), "function");
        assertUnreadable(q.answer(x -> x, x -> 1), "function");
        assertUnreadable(q.answerVector(x -> x), "function");
        assertUnreadable(q.answer((DoubleUnaryOperator) null), "null");
        assertEquals(0, q.attempts());
        assertTrue(q.answer("B").isCorrect(), "still answerable afterwards");
    }

    private static void assertUnreadable(AnswerFeedback f, String expectedPart) {
        assertFalse(f.isCorrect(), f.toString());
        assertFalse(f.isAttempt(), f.toString());
        assertEquals(AnswerFeedback.UNREADABLE_TITLE, f.title());
        assertTrue(f.message().contains(expectedPart), "expected \"" + expectedPart + "\" in: " + f.message());
        assertTrue(f.message().contains("q1.answer("), "says how to answer: " + f.message());
        assertFalse(f.toString().contains("Exception"), f.toString());
        assertFalse(f.html().contains("at dev.nonlinear"), "no stack trace");
    }

    @Test
    void theQuestionKeepsOnlyAHashOfTheAnswer() throws IllegalAccessException {
        MultipleChoice q = tanhQuestion();
        for (var field : MultipleChoice.class.getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(q);
            assertFalse("B".equals(value) || Character.valueOf('B').equals(value), field.getName());
        }
        assertFalse(q.toString().contains("✓"));
    }

    @Test
    void htmlCardShowsLetteredOptionsAndHowToAnswer() {
        String html = tanhQuestion().html();
        assertTrue(html.contains(">A</span>") && html.contains(">D</span>"), html);
        assertTrue(html.contains("q1.answer(&quot;X&quot;)"), html);
        assertTrue(html.contains("Quizzes.get(&quot;02-q1&quot;)"), html);
        String text = tanhQuestion().toString();
        assertTrue(text.startsWith("[02-q1] Which activation"), text);
        assertTrue(text.contains("  B) tanh"), text);
        assertTrue(text.contains("q1.answer(\"X\") — X is one of A, B, C, D"), text);
    }

    @Test
    void htmlEscapesEverythingUserProvided() {
        MultipleChoice q = MultipleChoice.of("x-q1", "Is <script>alert(1)</script> safe?",
                List.of("<b>yes</b>", "no & never"), "B", "<img src=x onerror=alert(1)>",
                Map.of("A", "<script>hint</script>"));
        String card = q.html();
        assertFalse(card.contains("<script>"), card);
        assertFalse(card.contains("<b>yes"), card);
        assertTrue(card.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), card);
        assertTrue(card.contains("no &amp; never"), card);
        assertFalse(q.answer("A").html().contains("<script>"));
        assertFalse(q.answer("B").html().contains("<img"));
        AnswerFeedback echoed = q.answer("<script>x</script>");
        assertFalse(echoed.isAttempt());
        assertFalse(echoed.html().contains("<script>"), echoed.html());
        assertTrue(echoed.html().contains("&lt;script&gt;"), echoed.html());
    }

    @Test
    void backticksBecomeCodeAfterEscaping() {
        String html = QuizCards.text("use `a<b` and `q1.answer(\"B\")`\nnext");
        assertEquals("use <code style=\"background:rgba(0,0,0,0.06);padding:0 3px;border-radius:3px\">a&lt;b</code>"
                + " and <code style=\"background:rgba(0,0,0,0.06);padding:0 3px;border-radius:3px\">"
                + "q1.answer(&quot;B&quot;)</code><br>next", html);
    }

    @Test
    void authorErrorsAreRejectedWhenTheQuestionIsMade() {
        assertThrows(IllegalArgumentException.class,
                () -> MultipleChoice.of("q", "text", List.of("only one"), "A", "e"));
        assertThrows(IllegalArgumentException.class,
                () -> MultipleChoice.of("q", "text", List.of("1", "2", "3", "4", "5", "6", "7"), "A", "e"));
        assertThrows(IllegalArgumentException.class,
                () -> MultipleChoice.of("q", "text", List.of("a", "b"), "A", "e", Map.of("C", "no such option")));
        assertThrows(IllegalArgumentException.class,
                () -> new MultipleChoice("q", "text", List.of("a", "b"), "s", "B", "e", "", Map.of()));
    }

    @Test
    void variableNameComesFromTheId() {
        assertEquals("q1", tanhQuestion().variableName());
        assertEquals("q", MultipleChoice.of("weird id!", "t", List.of("a", "b"), "A", "e").variableName());
    }
}
