package dev.nonlinear.trace;

import dev.nonlinear.layer.ActivationLayer;
import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two course cards, reproduced number for number. Each card draws a small network and prints
 * what one sample becomes after every layer, but not the weights. Here the weights are set by
 * hand: a readable W for every Dense layer, and the biases b solved so that x·W + b gives the
 * card's numbers (b = z − x·W for the card's z).
 *
 * <pre>{@code
 * CourseCards.Card card = CourseCards.card1();
 * card.check()                                            // stage | card | this model | same?
 * PipelineTrace.weights(card.model())                     // the hand-set W and b
 * PipelineTrace.prediction(card.model(), card.input())    // the same numbers, 3 decimals
 * }</pre>
 * Notebook 04 shows both cards; {@code CourseCardsTest} checks every stage of both.
 */
public final class CourseCards {
    private CourseCards() {
    }

    /**
     * Card 1, 3 → 2 (ReLU) → 2 (sigmoid):
     * [0.5, −1.2, 3.3] → [1.1, −0.7] → ReLU [1.1, 0.0] → [0.3, −0.4] → sigmoid [0.574, 0.401].
     */
    public static Card card1() {
        Dense hidden = Dense.of(new double[][]{
                {0.4, -0.2},
                {0.1, 0.3},
                {0.2, -0.1}}, new double[]{0.36, 0.09});
        Dense output = Dense.of(new double[][]{
                {0.5, -0.3},
                {0.8, 0.6}}, new double[]{-0.25, -0.07});
        return new Card("Card 1: 3 → 2 (ReLU) → 2 (sigmoid)",
                new Sequential(3, List.of(hidden, new ActivationLayer("relu"), output, new ActivationLayer("sigmoid"))),
                new double[]{0.5, -1.2, 3.3},
                List.of(printed(1, 0.5, -1.2, 3.3),
                        printed(1, 1.1, -0.7), printed(1, 1.1, 0.0),
                        printed(1, 0.3, -0.4), printed(3, 0.574, 0.401)));
    }

    /**
     * Card 2, 4 → 3 (ReLU) → 3 (sigmoid) → 3 (softmax): [2.0, −1.0, 0.5, 3.0] → [1.5, −0.5, 2.0] →
     * [1.5, 0.0, 2.0] → [0.8, −1.2, 0.5] → [0.69, 0.23, 0.62] → [2.0, 1.0, 0.1] → [0.66, 0.24, 0.10].
     *
     * <p>The last layer's input is the exact sigmoid output (0.68997…, which the card rounds to
     * 0.69), so its biases are solved from those exact values and are not round numbers.
     */
    public static Card card2() {
        Dense first = Dense.of(new double[][]{
                {0.5, -0.3, 0.2},
                {0.2, 0.1, -0.3},
                {0.4, 0.2, 0.6},
                {0.1, 0.1, 0.3}}, new double[]{0.2, -0.2, 0.1});
        Dense second = Dense.of(new double[][]{
                {0.2, -0.2, 0.6},
                {0.5, 0.2, -0.1},
                {0.2, -0.4, -0.1}}, new double[]{0.1, -0.1, -0.2});
        double[][] w3 = {
                {1.5, 0.5, -0.5},
                {0.5, 1.0, 0.5},
                {1.0, 0.5, 0.5}};
        double[] sigmoidOutput = sigmoid(0.8, -1.2, 0.5);
        Dense third = Dense.of(w3, solveBias(sigmoidOutput, w3, 2.0, 1.0, 0.1));
        return new Card("Card 2: 4 → 3 (ReLU) → 3 (sigmoid) → 3 (softmax)",
                new Sequential(4, List.of(first, new ActivationLayer("relu"), second, new ActivationLayer("sigmoid"),
                        third, new ActivationLayer("softmax"))),
                new double[]{2.0, -1.0, 0.5, 3.0},
                List.of(printed(1, 2.0, -1.0, 0.5, 3.0),
                        printed(1, 1.5, -0.5, 2.0), printed(1, 1.5, 0.0, 2.0),
                        printed(1, 0.8, -1.2, 0.5), printed(2, 0.69, 0.23, 0.62),
                        printed(1, 2.0, 1.0, 0.1), printed(2, 0.66, 0.24, 0.10)));
    }

    /** b = z − x·W: the biases that make x·W + b come out as {@code z}. */
    public static double[] solveBias(double[] x, double[][] w, double... z) {
        double[] b = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double xw = 0;
            for (int i = 0; i < x.length; i++) {
                xw += x[i] * w[i][j];
            }
            b[j] = z[j] - xw;
        }
        return b;
    }

    /**
     * A card: the network with its hand-set weights, the sample it follows, and the numbers it
     * prints — the input first, then the output of every layer in the model's order.
     */
    public record Card(String title, Sequential model, double[] input, List<Printed> printed) {
        /** Stage by stage: the card's numbers beside this model's, rounded as the card rounds them. */
        public Table check() {
            StringColumn stage = StringColumn.create("stage");
            StringColumn card = StringColumn.create("card");
            StringColumn computed = StringColumn.create("this model, rounded like the card");
            StringColumn same = StringColumn.create("same");
            List<double[]> values = values();
            for (int i = 0; i < printed.size(); i++) {
                stage.append(i == 0 ? "input" : i + ". " + PipelineTrace.describe(model.layers().get(i - 1)));
                Printed p = printed.get(i);
                card.append(p.toString());
                computed.append(p.format(values.get(i)));
                same.append(p.matches(values.get(i)) ? "✓" : "✗");
            }
            return Table.create(title, stage, card, computed, same);
        }

        /** True when every stage rounds to the card's numbers. */
        public boolean matches() {
            List<double[]> values = values();
            for (int i = 0; i < printed.size(); i++) {
                if (!printed.get(i).matches(values.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** The input, then every layer's output for it, unrounded. */
        public List<double[]> values() {
            List<double[]> values = new ArrayList<>();
            values.add(input.clone());
            for (Matrix out : model.forwardTrace(Matrix.row(input))) {
                values.add(out.getRow(0));
            }
            return values;
        }
    }

    /** A row of numbers as a card prints it: the values, each with {@code decimals} decimals. */
    public record Printed(int decimals, double... values) {
        /** {@code values} written the card's way, e.g. "[0.574, 0.401]". */
        public String format(double[] values) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < values.length; i++) {
                String text = String.format(Locale.ROOT, "%." + decimals + "f", values[i]);
                sb.append(i == 0 ? "" : ", ").append(text.matches("-0\\.?0*") ? text.substring(1) : text);
            }
            return sb.append("]").toString();
        }

        /** True when {@code computed}, rounded to this many decimals, reads exactly as the card. */
        public boolean matches(double[] computed) {
            return computed.length == values.length && format(computed).equals(toString());
        }

        @Override
        public String toString() {
            return format(values);
        }
    }

    private static Printed printed(int decimals, double... values) {
        return new Printed(decimals, values);
    }

    private static double[] sigmoid(double... z) {
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            s[i] = 1 / (1 + Math.exp(-z[i]));
        }
        return s;
    }
}
