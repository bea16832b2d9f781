package dev.nonlinear.quiz;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.Softmax;
import dev.nonlinear.activation.Softsign;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

class CodeQuestionTest {
    static final double[] POINTS = {-7.5, -2.0, -0.6, -0.05, 0.2, 0.9, 3.0, 12.0};
    static final DoubleUnaryOperator SOFTSIGN = x -> x / (1 + Math.abs(x));
    static final DoubleUnaryOperator SOFTSIGN_SLOPE = x -> 1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)));

    static CodeQuestion softsign(boolean derivativeRequired) {
        return CodeQuestion.activation("03-q6", "Write softsign and its derivative.", new Softsign(), POINTS,
                derivativeRequired, "softsign′(x) = 1 / (1 + |x|)²", "Quotient rule.");
    }

    @Test
    void aCorrectSoftsignPassesAllThreeChecks() {
        CodeQuestion q = softsign(true);
        AnswerFeedback f = q.answer(SOFTSIGN, SOFTSIGN_SLOPE);
        assertTrue(f.isCorrect(), f.toString());
        assertEquals("softsign′(x) = 1 / (1 + |x|)²", f.explanation());
        assertEquals(3, f.details().size(), f.toString());
        assertTrue(f.details().get(0).startsWith("✓ f matches the reference at all 8 hidden test points"));
        assertTrue(f.details().get(1).startsWith("✓ f' matches"));
        assertTrue(f.details().get(2).startsWith("✓ gradient check"), f.details().get(2));
        assertTrue(q.isCorrect());
    }

    @Test
    void aWrongDerivativeFailsAndTheGradientCheckErrorIsReported() {
        // A classic slip: forgetting to square the denominator.
        AnswerFeedback f = softsign(true).answer(SOFTSIGN, x -> 1 / (1 + Math.abs(x)));
        assertFalse(f.isCorrect());
        assertTrue(f.isAttempt());
        assertEquals("✗ Not quite", f.title());
        assertTrue(f.details().get(0).startsWith("✓ f matches"), f.toString());
        assertTrue(f.details().get(1).startsWith("✗ f'(-7.5) = 0.117647, expected 0.0138408"), f.toString());
        String gradient = f.details().get(2);
        assertTrue(gradient.startsWith("✗ gradient check"), gradient);
        assertTrue(gradient.matches(".*relative error \\d\\.\\de-0\\d at x = .*"), gradient);
        assertTrue(f.hint().startsWith("Your f is right, so the derivative is where to look."), f.hint());
        assertTrue(f.html().contains("gradient check"));
    }

    @Test
    void aDerivativeConsistentWithAWrongFunctionPassesOnlyTheGradientCheck() {
        // Twice softsign, with the derivative of twice softsign.
        AnswerFeedback f = softsign(true).answer(x -> 2 * x / (1 + Math.abs(x)),
                x -> 2 / ((1 + Math.abs(x)) * (1 + Math.abs(x))));
        assertFalse(f.isCorrect());
        assertTrue(f.details().get(0).startsWith("✗ f(-7.5) = "), f.toString());
        assertTrue(f.details().get(2).startsWith("✓ gradient check"), f.toString());
        assertTrue(f.hint().contains("so f itself is what differs"), f.hint());
    }

    @Test
    void aThrowingLearnerFunctionIsReportedNotThrown() {
        CodeQuestion q = softsign(true);
        AnswerFeedback f = assertDoesNotThrow(() -> q.answer(x -> {
            if (x < 0) {
                throw new IllegalStateException("negative input not handled");
            }
            return x / (1 + x);
        }, SOFTSIGN_SLOPE));
        assertFalse(f.isCorrect());
        assertTrue(f.isAttempt());
        assertTrue(f.details().get(0).contains("f threw IllegalStateException: negative input not handled at x = -7.5"),
                f.toString());
        assertTrue(f.details().stream().anyMatch(d -> d.startsWith("✗ gradient check stopped: your code threw")),
                f.toString());
        assertFalse(f.toString().contains("\tat "), "no stack trace");

        AnswerFeedback divide = q.answer(x -> x / (1 + Math.abs(x)) + 0 * (1 / (int) Math.signum(x + 0.05)), SOFTSIGN_SLOPE);
        assertTrue(divide.details().get(0).contains("ArithmeticException: / by zero at x = -0.05"), divide.toString());

        AnswerFeedback overflow = q.answer(new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return applyAsDouble(x);   // runaway recursion
            }
        }, SOFTSIGN_SLOPE);
        assertTrue(overflow.details().get(0).contains("StackOverflowError"), overflow.toString());
    }

    @Test
    void nanAndInfinityAreReportedWithThePoint() {
        AnswerFeedback f = softsign(false).answer(x -> x / (1 + Math.abs(x)) + Math.sqrt(x));
        assertTrue(f.details().get(0).startsWith("✗ f(-7.5) returned NaN, expected -0.882353"), f.toString());
        AnswerFeedback g = softsign(true).answer(SOFTSIGN, x -> x == 0.2 ? Double.POSITIVE_INFINITY : SOFTSIGN_SLOPE.applyAsDouble(x));
        assertTrue(g.details().get(1).startsWith("✗ f'(0.2) returned Infinity, expected 0.694444"), g.toString());
    }

    @Test
    void onlyTheFunctionWhenTheDerivativeIsRequiredIsNotAnAttempt() {
        CodeQuestion q = softsign(true);
        AnswerFeedback f = q.answer(SOFTSIGN);
        assertFalse(f.isCorrect());
        assertFalse(f.isAttempt());
        assertTrue(f.message().contains("also asks for its derivative"), f.message());
        assertEquals(0, q.attempts());
        assertTrue(softsign(false).answer(SOFTSIGN).isCorrect(), "optional derivative");
    }

    @Test
    void anElementwiseActivationIsAnAnswerToo() {
        assertTrue(softsign(true).answer(new Softsign()).isCorrect());
        assertFalse(softsign(true).answer(Activations.elementwise("tanh")).isCorrect());
    }

    @Test
    void badInputToACodeQuestion() {
        CodeQuestion q = softsign(true);
        assertFalse(q.answer((DoubleUnaryOperator) null).isAttempt());
        assertFalse(q.answer((Object) null).isAttempt());
        assertTrue(q.answer(SOFTSIGN, null).message().contains("derivative df is null"));
        assertTrue(q.answer(null, SOFTSIGN_SLOPE).message().contains("function f is null"));
        assertTrue(q.answer("x / (1 + |x|)").message().contains("is not a function"));
        assertTrue(q.answer(42).message().contains("is not a function"));
        assertTrue(q.answerVector(x -> x).message().contains("takes a whole vector"));
        assertEquals(0, q.attempts());
    }

    static CodeQuestion softmaxQuestion() {
        return CodeQuestion.vector("06-q5", "Write softmax.", new Softmax()::apply,
                new double[][]{{2, 1, 0.1}, {0.5}, {1000, 1001, 1002}}, "Subtract the max.", "Math.exp(1000) is ∞.");
    }

    static double[] naiveSoftmax(double[] x) {
        double sum = 0;
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            e[i] = Math.exp(x[i]);
            sum += e[i];
        }
        for (int i = 0; i < x.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    static double[] stableSoftmax(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        double[] shifted = x.clone();
        for (int i = 0; i < x.length; i++) {
            shifted[i] -= max;
        }
        return naiveSoftmax(shifted);
    }

    @Test
    void vectorQuestionPassesAStableSoftmaxAndExplainsTheNaiveOnesNaN() {
        CodeQuestion q = softmaxQuestion();
        assertTrue(q.isVector());
        AnswerFeedback good = q.answerVector(CodeQuestionTest::stableSoftmax);
        assertTrue(good.isCorrect(), good.toString());
        assertEquals("✓ matches the reference on all 3 hidden inputs", good.details().get(0));

        AnswerFeedback naive = q.answerVector(CodeQuestionTest::naiveSoftmax);
        assertFalse(naive.isCorrect());
        assertTrue(naive.details().get(0).startsWith("✗ for the input [1000, 1001, 1002] position 0 is NaN"),
                naive.toString());
        assertEquals("Math.exp(1000) is ∞.", naive.hint());
        assertTrue(q.answer(new Softmax()).isCorrect(), "a vector Activation is an answer too");
    }

    @Test
    void vectorQuestionSurvivesBrokenFunctions() {
        CodeQuestion q = softmaxQuestion();
        assertTrue(q.answerVector(x -> x.length == 3 ? null : x).details().get(0).contains("returned null"),
                "null for some inputs is a wrong answer (null for all is the blank)");
        assertTrue(q.answerVector(x -> new double[]{1}).details().get(0)
                .contains("returned 1 values, expected 3"));
        AnswerFeedback thrown = q.answerVector(x -> {
            throw new UnsupportedOperationException("todo");
        });
        assertTrue(thrown.details().get(0).contains("threw UnsupportedOperationException: todo for the input [2, 1, 0.1000]"),
                thrown.toString());
        double[] hidden = {2, 1, 0.1};
        UnaryOperator<double[]> vandal = x -> {
            java.util.Arrays.fill(x, 0);
            return stableSoftmax(hidden);
        };
        q.answerVector(vandal);
        assertTrue(q.answerVector(CodeQuestionTest::stableSoftmax).isCorrect(), "learner code cannot spoil the hidden inputs");
        assertFalse(q.answer(x -> x).isAttempt(), "a function of one number is the wrong kind");
        assertTrue(q.answer(x -> x).message().contains("answerVector"));
        assertFalse(q.answer(x -> x, x -> 1).isAttempt());
    }

    @Test
    void cardsDoNotShowTheHiddenPoints() {
        String card = softsign(true).html();
        assertFalse(card.contains("-7.5") || card.contains("12.0"), card);
        assertTrue(card.contains("q6.answer(x -&gt; …, x -&gt; …)"), card);
        assertTrue(softmaxQuestion().toString().contains("q5.answerVector(x -> …)"));
    }
}
