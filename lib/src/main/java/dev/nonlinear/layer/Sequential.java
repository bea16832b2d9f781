package dev.nonlinear.layer;

import dev.nonlinear.activation.ElementwiseActivation;
import dev.nonlinear.data.Dataset;
import dev.nonlinear.loss.Loss;
import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.tensor.MatrixBuffer;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Layers applied one after another: the output of each is the input of the next.
 *
 * <pre>{@code
 * Sequential model = Sequential.input(2, 42)     // 2 features, seed 42
 *         .dense(8, "tanh")
 *         .dense(8, "tanh")
 *         .dense(1, "sigmoid")
 *         .build();
 * }</pre>
 *
 * <p>One training step, as the {@code Trainer} runs it — there is no other path:
 * <pre>{@code
 * Matrix p = model.forward(x);           // the last layer's buffer, valid until the next forward
 * model.backward(loss, p, y);            // writes every parameter's grad()
 * optimizer.step(model.parameters());    // w ← w − lr·grad, or Adam's version of it
 * }</pre>
 */
public final class Sequential {
    private final int inputSize;
    private final List<Layer> layers;
    private final List<Parameter> parameters;
    private final MatrixBuffer lossGradient = new MatrixBuffer();

    public Sequential(int inputSize, List<Layer> layers) {
        if (inputSize <= 0) {
            throw new IllegalArgumentException("input size must be positive, got " + inputSize);
        }
        this.inputSize = inputSize;
        this.layers = List.copyOf(layers);
        int size = inputSize;
        for (Layer layer : this.layers) {
            size = layer.outputSize(size);
        }
        List<Parameter> all = new ArrayList<>();
        this.layers.forEach(layer -> all.addAll(layer.parameters()));
        this.parameters = Collections.unmodifiableList(all);
    }

    /** Starts a {@link SequentialBuilder} for {@code features} inputs; weights come from {@code seed}. */
    public static SequentialBuilder input(int features, long seed) {
        return new SequentialBuilder(features, seed);
    }

    /**
     * The output for this batch: each layer's output is the next one's input. The result is the
     * last layer's buffer, valid until the next call (training needs nothing more and so allocates
     * nothing); use {@link #predict} to keep outputs.
     */
    public Matrix forward(Matrix input) {
        Matrix x = input;
        for (Layer layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }

    /** The outputs for these inputs, in a new matrix that later calls leave alone. */
    public Matrix predict(Matrix input) {
        return forward(input).copy();
    }

    /** A copy of the output of every layer for one batch, first layer first (for pipeline traces). */
    public List<Matrix> forwardTrace(Matrix input) {
        List<Matrix> outputs = new ArrayList<>();
        Matrix x = input;
        for (Layer layer : layers) {
            x = layer.forward(x);
            outputs.add(x.copy());
        }
        return outputs;
    }

    /**
     * Backpropagates the loss of the last {@link #forward} batch through every layer, storing every
     * parameter's gradient. If the loss and the final activation have a fused gradient (softmax +
     * cross-entropy, sigmoid + binary cross-entropy) it starts below that activation, and the first
     * layer skips dLoss/dInput, which nobody needs.
     */
    public void backward(Loss loss, Matrix predictions, Matrix targets) {
        int top = layers.size() - 1;
        Matrix grad = lossGradient.get(predictions.rows(), predictions.cols());
        if (layers.get(top) instanceof ActivationLayer last
                && loss.gradientThroughActivation(last.activation(), predictions, targets, grad)) {
            top--;
        } else {
            loss.gradient(predictions, targets, grad);
        }
        for (int i = top; i >= 0; i--) {
            grad = layers.get(i).backward(grad, i > 0);
        }
    }

    /** Every layer's parameters, first layer first (the same unmodifiable list on every call). */
    public List<Parameter> parameters() {
        return parameters;
    }

    public int parameterCount() {
        return layers.stream().mapToInt(Layer::parameterCount).sum();
    }

    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /**
     * The activations of the hidden layers (every activation layer but the last), in order: what
     * a notebook needs to look at each hidden unit's slope, without casting layers.
     */
    public List<ElementwiseActivation> hiddenActivations() {
        List<ActivationLayer> all = layers.stream().filter(l -> l instanceof ActivationLayer)
                .map(l -> (ActivationLayer) l).toList();
        List<ElementwiseActivation> hidden = new ArrayList<>();
        for (ActivationLayer layer : all.subList(0, Math.max(0, all.size() - 1))) {
            if (!(layer.activation() instanceof ElementwiseActivation f)) {
                throw new IllegalStateException("hidden activation " + layer.activation().name()
                        + " works on whole rows, not number by number; expected one like relu or tanh");
            }
            hidden.add(f);
        }
        return hidden;
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        int size = inputSize;
        for (Layer layer : layers) {
            size = layer.outputSize(size);
        }
        return size;
    }

    /**
     * How often this model is right on {@code data}: the fraction of rows whose predicted class
     * matches the target's, or for multi-label data the fraction of outputs on the right side of
     * 0.5 ({@link Dataset#accuracy}, named by {@link Dataset#accuracyName}).
     */
    public double accuracy(Dataset data) {
        return data.accuracy(forward(data.x()));
    }

    /**
     * One row per layer — name, output shape, parameter count — like Keras' {@code model.summary()}.
     * The batch dimension is shown as {@code (None, n)} as Keras does.
     */
    public Table summary() {
        StringColumn name = StringColumn.create("layer");
        StringColumn shape = StringColumn.create("output shape");
        IntColumn params = IntColumn.create("params");
        StringColumn start = StringColumn.create("weights start");
        int size = inputSize;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            size = layer.outputSize(size);
            name.append(layer instanceof Dense ? "dense_" + i + " (Dense)" : "activation_" + i + " (" + layer.name() + ")");
            shape.append("(None, " + size + ")");
            params.append(layer.parameterCount());
            start.append(layer instanceof Dense dense ? dense.start() : "");
        }
        return Table.create("Model: " + parameterCount() + " trainable parameters", name, shape, params, start);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sequential(" + inputSize);
        for (Layer layer : layers) {
            sb.append(layer instanceof Dense d ? " → " + d.outputs() : " " + layer.name());
        }
        return sb.append(")").toString();
    }
}
