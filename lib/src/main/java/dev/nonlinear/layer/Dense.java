package dev.nonlinear.layer;

import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.tensor.MatrixBuffer;
import dev.nonlinear.tensor.Products;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A fully connected layer: {@code y = x · W + b}, with W of shape in × out.
 *
 * <p>On its own this is a linear function; stacking two of them is still linear
 * ({@code (x·W1)·W2 = x·(W1·W2)}), which is why networks put an activation between them.
 *
 * <p>The whole layer in readable form — this is exactly what the code below computes:
 * <pre>{@code
 * forward(x):   y  = x.matmul(W).plusRow(b)
 * backward(g):  dW = x.transpose().matmul(g)       // dLoss/dW
 *               db = g.sumRows()                   // dLoss/db
 *               return g.matmul(W.transpose())     // dLoss/dx
 * }</pre>
 * The code computes the products through {@link Products} instead: the same sums (by default on
 * fast kernels, in another order, so up to rounding) without building the transposes, written
 * into buffers it reuses from batch to batch so a training step allocates nothing. A test checks
 * the code against these formulas; {@code Products.useFastKernels(false)} runs it on the plain
 * loops of {@link Matrix}.
 */
public final class Dense implements Layer {
    private final int inputs;
    private final int outputs;
    private final Parameter weights;
    private final Parameter bias;
    private final List<Parameter> parameters;
    private final String start;
    private final MatrixBuffer outputBuffer = new MatrixBuffer();
    private final MatrixBuffer gradInputBuffer = new MatrixBuffer();
    private Matrix lastInput;

    /** Xavier initialisation from a seeded generator. */
    public Dense(int inputs, int outputs, long seed) {
        this(inputs, outputs, Init.XAVIER, new Random(seed));
    }

    public Dense(int inputs, int outputs, Init init, Random random) {
        if (inputs <= 0 || outputs <= 0) {
            throw new IllegalArgumentException("Dense needs positive sizes, got " + inputs + " → " + outputs);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = new Parameter("W", init.weights(inputs, outputs, random));
        this.bias = new Parameter("b", Matrix.filled(1, outputs, init.bias()));
        this.parameters = List.of(weights, bias);
        this.start = init.toString();
    }

    /**
     * A layer with weights and biases set by hand, e.g. to follow a worked example number by number:
     * <pre>{@code
     * Dense layer = Dense.of(new double[][]{{0.4, -0.2},    // W: one row per input (3),
     *                                       {0.1,  0.3},    //    one column per output (2)
     *                                       {0.2, -0.1}},
     *                        new double[]{0.36, 0.09});      // b: one bias per output
     * }</pre>
     * The arrays are copied; training changes the layer's own copy.
     */
    public static Dense of(double[][] weights, double[] bias) {
        Matrix w = Matrix.of(weights);
        if (w.rows() == 0 || w.cols() == 0) {
            throw new IllegalArgumentException("Dense needs at least one input and one output, got W " + w.shape());
        }
        if (bias.length != w.cols()) {
            throw new IllegalArgumentException("W " + w.shape() + " has " + w.cols() + " outputs but b has "
                    + bias.length + " values: one bias per output (per column of W)");
        }
        return new Dense(w, Matrix.row(bias));
    }

    private Dense(Matrix weights, Matrix bias) {
        this.inputs = weights.rows();
        this.outputs = weights.cols();
        this.weights = new Parameter("W", weights);
        this.bias = new Parameter("b", bias);
        this.parameters = List.of(this.weights, this.bias);
        this.start = "set by hand";
    }

    /** y = x·W + b, in this layer's output buffer. */
    @Override
    public Matrix forward(Matrix input) {
        requireInputWidth(input);
        lastInput = input;
        Matrix out = outputBuffer.get(input.rows(), outputs);
        Products.matmul(input, weights.value(), out);
        double[] y = out.data();
        double[] b = bias.value().data();
        for (int r = 0; r < out.rows(); r++) {
            int row = r * outputs;
            for (int c = 0; c < outputs; c++) {
                y[row + c] += b[c];
            }
        }
        return out;
    }

    /** dW and db from this batch, then dx = g·Wᵀ unless nobody needs it. */
    @Override
    public Matrix backward(Matrix gradOutput, boolean inputGradientNeeded) {
        setParameterGradients(gradOutput);
        if (!inputGradientNeeded) {
            return null;   // the first layer: its input is the data, and dx would cost as much as dW
        }
        Matrix gradInput = gradInputBuffer.get(gradOutput.rows(), inputs);
        Products.matmulTransposeB(gradOutput, weights.value(), gradInput);
        return gradInput;
    }

    /** dW = xᵀ·g and db = Σ rows of g, replacing the previous batch's gradients (see {@link Parameter}). */
    private void setParameterGradients(Matrix gradOutput) {
        if (lastInput == null) {
            throw new IllegalStateException("backward called before forward");
        }
        if (gradOutput.rows() != lastInput.rows() || gradOutput.cols() != outputs) {
            throw new IllegalArgumentException("Dense(" + inputs + " → " + outputs + ") got gradient "
                    + gradOutput.shape() + " for a batch of " + lastInput.rows() + ": expected "
                    + lastInput.rows() + "x" + outputs);
        }
        Products.matmulTransposeA(lastInput, gradOutput, weights.grad());

        double[] db = bias.grad().data();
        Arrays.fill(db, 0);
        double[] g = gradOutput.data();
        for (int r = 0; r < gradOutput.rows(); r++) {
            int row = r * outputs;
            for (int c = 0; c < outputs; c++) {
                db[c] += g[row + c];
            }
        }
    }

    private void requireInputWidth(Matrix input) {
        if (input.cols() != inputs) {
            throw new IllegalArgumentException("Dense(" + inputs + " → " + outputs + ") expects " + inputs
                    + " inputs per row, got batch " + input.shape());
        }
    }

    /** How the weights started: an {@link Init} such as "He normal", or "set by hand" for {@link #of}. */
    public String start() {
        return start;
    }

    public Matrix weights() {
        return weights.value();
    }

    public Matrix bias() {
        return bias.value();
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public int outputSize(int inputSize) {
        if (inputSize != inputs) {
            throw new IllegalArgumentException("Dense(" + inputs + " → " + outputs + ") cannot follow a layer with "
                    + inputSize + " outputs");
        }
        return outputs;
    }

    @Override
    public String name() {
        return "Dense";
    }

    @Override
    public String toString() {
        return "Dense(" + inputs + " → " + outputs + ")";
    }
}
