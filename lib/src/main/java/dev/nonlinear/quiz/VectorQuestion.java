package dev.nonlinear.quiz;

import dev.nonlinear.activation.Activation;
import dev.nonlinear.activation.ElementwiseActivation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * "Write this vector function", e.g. softmax: a {@link CodeQuestion} answered with a function of a
 * whole vector, {@code q.answerVector(x -> …)}, compared with the reference on hidden input
 * vectors by {@link CodeChecks#vectors}.
 */
final class VectorQuestion extends CodeQuestion {
    private final UnaryOperator<double[]> reference;
    private final double[][] inputs;

    VectorQuestion(String id, String prompt, String explanation, String hint, UnaryOperator<double[]> reference,
                   double[][] inputs, String answerText) {
        super(id, prompt, explanation, hint, form(id, inputs.length), answerText, "the reference function of the question");
        this.reference = reference;
        this.inputs = inputs;
    }

    @Override
    public int testCount() {
        return inputs.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected AnswerFeedback check(Object answer) {
        if (answer == null) {
            return checkNull("function");
        }
        // An Activation that is not elementwise (softmax) is itself a function of a whole vector.
        if (answer instanceof Activation activation && !(answer instanceof ElementwiseActivation)) {
            return checkVector(activation::apply);
        }
        if (answer instanceof Function<?, ?> function) {
            return checkVector((Function<double[], double[]>) function);
        }
        if (answer instanceof DoubleUnaryOperator || answer instanceof ElementwiseActivation) {
            return unreadable("That function takes one number, but this question wants a function of a whole"
                    + " vector (double[] → double[]). " + capitalised(howToAnswer()) + ".");
        }
        return notAFunction(answer);
    }

    @Override
    protected AnswerFeedback checkWithDerivative(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return unreadable("This question wants one function of a whole vector, not a function and its derivative. "
                + capitalised(howToAnswer()) + ".");
    }

    private AnswerFeedback checkVector(Function<double[], double[]> f) {
        if (CodeChecks.nullEverywhere(f, inputs)) {
            return blank("null");
        }
        List<String> details = new ArrayList<>();
        boolean ok = CodeChecks.vectors(f, reference, inputs, details);
        return verdict(ok, hint(), details);
    }

    private static Form form(String id, int tests) {
        String name = variableName(id);
        return new Form("Code", name + ".answerVector(x -> …)", "a function from double[] to double[]",
                "answer with a function of a vector, e.g. " + name + ".answerVector(x -> …)",
                "Checked against a reference on " + tests + " hidden input vectors (tolerance 1e-6).",
                "your function of the vector x, returning a new double[]: " + name + ".answerVector(x -> …)");
    }
}
