package dev.nonlinear.quiz;

import dev.nonlinear.activation.Softmax;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a learner meets on Run All and after: the committed placeholder of every kind of answer
 * cell is blank (a neutral card, no attempt), and after three wrong answers {@code reveal()} shows
 * the answer, which the score then lists as revealed rather than correct.
 */
class BlankAndRevealTest {

    /** Each kind of question with the blanks its answer cell may hold. */
    private static Map<Question, List<Function<Question, AnswerFeedback>>> blanksByKind() {
        return Map.of(
                MultipleChoiceTest.tanhQuestion(), List.of(q -> q.answer("?"), q -> q.answer(" ? "), q -> q.answer(""),
                        q -> q.answer("   ")),
                NumericQuestionTest.sigmoidOfTwo(), List.of(q -> q.answer(Double.NaN), q -> q.answer(Float.NaN),
                        q -> q.answer("NaN"), q -> q.answer("?"), q -> q.answer("")),
                CodeQuestionTest.softsign(true), List.of(q -> q.answer(x -> Double.NaN, x -> Double.NaN),
                        q -> q.answer(x -> Double.NaN), q -> q.answer("?")),
                CodeQuestionTest.softsign(false), List.of(q -> q.answer(x -> Double.NaN), q -> q.answer("")),
                CodeQuestionTest.softmaxQuestion(), List.of(q -> q.answerVector(x -> null), q -> q.answer("?")));
    }

    @Test
    void blanksAreNotAttemptsAndShowTheNeutralCardForEveryKind() {
        blanksByKind().forEach((question, blanks) -> {
            for (Function<Question, AnswerFeedback> blank : blanks) {
                AnswerFeedback f = blank.apply(question);
                String what = question.id() + " " + question.form().kind() + ": " + f;
                assertTrue(f.isBlank(), what);
                assertEquals(AnswerFeedback.Kind.BLANK, f.kind(), what);
                assertFalse(f.isAttempt(), what);
                assertFalse(f.isCorrect(), what);
                assertEquals(AnswerFeedback.BLANK_TITLE, f.title(), what);
                assertTrue(f.message().startsWith("Replace "), what);
                assertTrue(f.message().contains("Nothing is checked or counted until you do."), what);
                assertTrue(f.toString().startsWith("✎ Waiting for your answer (" + question.id() + ")\nReplace "), what);
                String html = f.html();
                assertTrue(html.contains("Waiting for your answer"), html);
                assertTrue(html.contains("#f4f5f7"), "neutral grey card: " + html);
                assertFalse(html.contains("#c62828") || html.contains("#b26a00"), "neither red nor amber: " + html);
                assertEquals("", f.hint(), what);
            }
            assertEquals(0, question.attempts(), question.id());
            assertFalse(question.isAnswered(), question.id());
            assertEquals(0, question.wrongAttempts(), question.id());
        });
    }

    @Test
    void theBlankCardSaysExactlyWhatToReplace() {
        assertEquals("Replace ? with one letter: A, B, C or D, then run the cell again. Nothing is checked or counted"
                + " until you do.", MultipleChoiceTest.tanhQuestion().answer("?").message());
        assertTrue(MultipleChoiceTest.tanhQuestion().answer("").message().startsWith("Replace the empty answer with one"
                + " letter: A, B, C or D"));
        MultipleChoice twoOptions = MultipleChoice.of("09-q1", "Yes or no?", List.of("yes", "no"), "A", "Yes.");
        assertTrue(twoOptions.answer("?").message().startsWith("Replace ? with one letter: A or B,"));
        String number = NumericQuestionTest.sigmoidOfTwo().answer(Double.NaN).message();
        assertTrue(number.startsWith("Replace NaN with your number, e.g. q2.answer(0.5), then run the cell again."), number);
        assertTrue(number.contains("If NaN came out of your own calculation"), number);
        assertTrue(CodeQuestionTest.softsign(true).answer(x -> Double.NaN, x -> Double.NaN).message()
                .startsWith("Replace each Double.NaN with your f(x) and f′(x), e.g. q6.answer(x -> x / 2, x -> 0.5)"));
        assertTrue(CodeQuestionTest.softmaxQuestion().answerVector(x -> null).message()
                .startsWith("Replace null with your function of the vector x, returning a new double[]: q5.answerVector(x -> …)"));
    }

    @Test
    void realUnreadableAnswersKeepTheirAmberCard() {
        AnswerFeedback e = MultipleChoiceTest.tanhQuestion().answer("E");
        assertEquals(AnswerFeedback.UNREADABLE_TITLE, e.title());
        assertFalse(e.isBlank());
        assertEquals("\"E\" is not one of the options A, B, C, D — answer with one letter, e.g. q1.answer(\"B\").",
                e.message());
        assertTrue(e.html().contains("#b26a00"));
        AnswerFeedback infinity = NumericQuestionTest.sigmoidOfTwo().answer(Double.POSITIVE_INFINITY);
        assertEquals(AnswerFeedback.Kind.UNREADABLE, infinity.kind());
        assertEquals(AnswerFeedback.Kind.UNREADABLE, MultipleChoiceTest.tanhQuestion().answer(Double.NaN).kind(),
                "NaN is the blank of numbers only; a letter question says it wants a letter");
    }

    @Test
    void codeWithOnlyTheDerivativeLeftBlankIsCheckedAsTheFunctionAlone() {
        CodeQuestion q = CodeQuestionTest.softsign(true);
        AnswerFeedback halfWay = q.answer(CodeQuestionTest.SOFTSIGN, x -> Double.NaN);
        assertEquals("⚠ Half way: the derivative is missing", halfWay.title(), halfWay.toString());
        assertFalse(halfWay.isAttempt());
        AnswerFeedback wrongF = q.answer(x -> 2 * x, x -> Double.NaN);
        assertTrue(wrongF.isAttempt());
        assertFalse(wrongF.isCorrect());
        assertEquals(1, wrongF.details().size(), wrongF.toString());
        assertEquals(1, q.attempts());
        AnswerFeedback throwsSomewhere = q.answer(x -> {
            if (x > 10) {
                throw new IllegalStateException("big");
            }
            return Double.NaN;
        }, x -> Double.NaN);
        assertEquals(AnswerFeedback.Kind.WRONG, throwsSomewhere.kind(), "code that throws is checked, not blank");
    }

    @Test
    void revealIsLockedBeforeThreeWrongTriesAndSaysHowManyAreLeft() {
        MultipleChoice q = MultipleChoiceTest.tanhQuestion();
        AnswerFeedback early = q.reveal();
        assertEquals(AnswerFeedback.Kind.LOCKED, early.kind());
        assertEquals("⊘ Not open yet", early.title());
        assertEquals("The answer opens after 3 wrong tries, and you have not answered yet: have a go first — answer"
                + " with one letter, e.g. q1.answer(\"B\").", early.message());
        assertFalse(early.message().contains("tanh"), "reveals nothing");

        AnswerFeedback first = q.answer("A");
        assertEquals("", first.revealOffer());
        assertEquals("The answer opens after 3 wrong tries: you have had 1, so 2 more to go. The hint on your last card"
                + " is the best clue.", q.reveal().message());
        q.answer("?");   // blank: not a try
        q.answer("E");   // unreadable: not a try
        AnswerFeedback second = q.answer("C");
        assertEquals("", second.revealOffer());
        assertTrue(q.reveal().message().contains("you have had 2, so 1 more to go"));
        assertFalse(q.isRevealed());
        assertEquals(2, q.wrongAttempts());
        assertFalse(q.reveal().isAttempt());
        assertEquals(2, q.attempts(), "reveal() does not count as an answer");
    }

    @Test
    void afterThreeWrongTriesTheWrongCardOffersTheAnswerAndRevealShowsIt() {
        MultipleChoice q = MultipleChoiceTest.tanhQuestion();
        q.answer("A");
        q.answer("C");
        AnswerFeedback third = q.answer("D");
        assertEquals(AnswerFeedback.Kind.WRONG, third.kind());
        assertEquals("Stuck? Run `q1.reveal()` to see the answer and why.", third.revealOffer());
        assertTrue(third.toString().endsWith("\nStuck? Run q1.reveal() to see the answer and why."), third.toString());
        assertTrue(third.html().contains("Stuck? Run <code"), third.html());
        assertTrue(third.html().contains("q1.reveal()</code> to see the answer and why."), third.html());

        AnswerFeedback answer = q.reveal();
        assertEquals(AnswerFeedback.Kind.ANSWER, answer.kind());
        assertEquals("➜ The answer", answer.title());
        assertEquals("The answer: B — tanh.", answer.message());
        assertEquals("tanh(0) = 0 and tanh runs from −1 to 1.", answer.explanation());
        assertEquals("➜ The answer (02-q1)\nThe answer: B — tanh.\ntanh(0) = 0 and tanh runs from −1 to 1.",
                answer.toString());
        assertTrue(answer.html().contains("The answer: B — tanh."), answer.html());
        assertFalse(answer.isAttempt());
        assertTrue(q.isRevealed());
        assertTrue(q.toString().endsWith("Your latest answer: ✗ not right yet (3 attempts) · answer revealed"),
                q.toString());
        assertTrue(q.html().contains("answer revealed"));
        assertEquals("", q.answer("A").revealOffer(), "no offer once revealed");
        assertTrue(q.answer("B").isCorrect(), "still answerable");

        q.reset();
        assertFalse(q.isRevealed());
        assertEquals(0, q.wrongAttempts());
        assertEquals(AnswerFeedback.Kind.LOCKED, q.reveal().kind());
    }

    @Test
    void revealShowsTheNumberAndTheReferenceCode() {
        NumericQuestion number = NumericQuestionTest.sigmoidOfTwo();
        for (double wrong : new double[]{0.1, 0.2, 0.3}) {
            number.answer(wrong);
        }
        assertEquals("The answer: 0.8807970779778823 (accepted within ±0.0005).", number.reveal().message());
        assertEquals("1 / (1 + e^-2) ≈ 0.8808", number.reveal().explanation());

        QuizBank bank = QuizBankTest.fresh();
        Question softsign = bank.questions().get("03-q6");
        for (int i = 0; i < 3; i++) {
            softsign.answer(x -> x, x -> 1);
        }
        AnswerFeedback code = softsign.reveal();
        assertTrue(code.message().contains("x -> 1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))"), code.message());
        assertTrue(softsign.answer(x -> x / (1 + Math.abs(x)), x -> 1 / ((1 + Math.abs(x)) * (1 + Math.abs(x))))
                .isCorrect(), "the revealed code is right");

        Question softmax = bank.questions().get("06-q5");
        for (int i = 0; i < 3; i++) {
            softmax.answerVector(double[]::clone);
        }
        assertTrue(softmax.reveal().message().contains("Math.exp(v - m)"), softmax.reveal().message());
        assertTrue(softmax.answerVector(new Softmax()::apply).isCorrect());

        CodeQuestion inline = CodeQuestionTest.softsign(false);
        for (int i = 0; i < 3; i++) {
            inline.answer(x -> x);
        }
        assertEquals("The answer: the library's softsign, `Activations.elementwise(\"softsign\")`.",
                inline.reveal().message());
    }

    @Test
    void revealAfterARightAnswerShowsItWithoutCountingAsRevealed() {
        MultipleChoice q = MultipleChoiceTest.tanhQuestion();
        q.answer("B");
        AnswerFeedback f = q.reveal();
        assertEquals(AnswerFeedback.Kind.ANSWER, f.kind());
        assertEquals("You have already answered this right. The answer: B — tanh.", f.message());
        assertFalse(q.isRevealed());
    }

    @Test
    void theScoreListsRevealedQuestionsApartFromCorrectOnes() {
        Quiz quiz = QuizTest.zoo();
        Question q1 = quiz.question(1);
        for (String wrong : new String[]{"A", "C", "D"}) {
            q1.answer(wrong);
        }
        q1.reveal();
        q1.answer("B");                       // right, but after looking it up
        quiz.question(2).answer(0.8808);
        quiz.question(3).answer("?");         // blank: still not answered
        Score score = quiz.score();
        assertEquals(1, score.correct());
        assertEquals(1, score.revealed());
        assertEquals(2, score.answered());
        assertFalse(score.isComplete());
        assertEquals("1 / 3 correct, 1 revealed", score.toString());
        assertEquals("""
                Activation zoo: 1 / 3 correct, 1 revealed
                  02-q1  answer revealed (4 attempts)
                  02-q2  ✓ correct (1 attempt)
                  02-q3  not answered yet""", score.details());
        assertTrue(score.rows().get(0).correct() && !score.rows().get(0).counts());
        String html = score.html();
        assertTrue(html.contains("1 / 3 correct, 1 revealed"), html);
        assertTrue(html.contains("answer revealed"), html);
        assertTrue(quiz.toString().endsWith(score.details()));
        quiz.reset();
        assertEquals("0 / 3 correct", quiz.score().toString());
    }
}
