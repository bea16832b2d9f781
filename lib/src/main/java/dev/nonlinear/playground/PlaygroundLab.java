package dev.nonlinear.playground;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.data.Playground;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.loss.Loss;
import dev.nonlinear.optim.Regularized;
import dev.nonlinear.optim.SGD;
import dev.nonlinear.train.Trainer;
import tech.tablesaw.api.Table;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * TensorFlow Playground as an object: {@link LabSettings settings} that a notebook or a widget
 * changes, a network trained one epoch per {@link #step()}, and a {@link #picture()} of it all.
 * <pre>{@code
 * PlaygroundLab lab = new PlaygroundLab(42);          // circle, x₁ x₂, 4-2 tanh, lr 0.03
 * lab.settings().dataset("spiral").features("x1", "x2", "sin x1", "sin x2");
 * lab.addLayer();                                     // every change of shape resets the network
 * for (int i = 0; i < 300; i++) lab.step();
 * lab.picture();                                      // the page: features, neurons, output, losses
 * }</pre>
 * Changing the data, the features or the network draws new weights from the seed (as the
 * Playground starts over); learning rate, regularisation, loss and batch size apply from the next
 * step on. Same settings and seed, same steps: the same weights and losses, bit for bit.
 */
public final class PlaygroundLab {
    private final LabSettings settings;
    private final LossHistory history = new LossHistory();
    private Dataset.Split points;
    private Dataset train;
    private Dataset test;
    private Sequential model;
    private int epoch;

    /** The Playground's defaults with this seed. */
    public PlaygroundLab(long seed) {
        this.settings = new LabSettings(seed, this::reset);
        reset();
    }

    public LabSettings settings() {
        return settings;
    }

    /**
     * One epoch: every training point once, in shuffled mini-batches (the shuffle seeded by the
     * seed and the epoch number), each batch one SGD step on loss + penalty. Then both losses.
     * Throws {@code TrainingDivergedException} (and counts no epoch) if the loss stops being a
     * number, as a too large learning rate makes it; {@link #reset()} starts over.
     */
    public void step() {
        Regularized optimizer = new Regularized(new SGD(settings.learningRate()), settings.regularization());
        Table result = new Trainer(model, loss(), optimizer).epochs(1).batchSize(settings.batchSize())
                .seed(settings.seed() * 1_000_003L + epoch).validation(test).fit(train);
        epoch++;
        history.add(epoch, result.doubleColumn("loss").getDouble(0), result.doubleColumn("val_loss").getDouble(0));
    }

    /**
     * New data from the settings and new weights from the seed; epoch 0, and a history that holds
     * only the untrained network's losses (the Playground shows them too).
     */
    public void reset() {
        String name = settings.dataset();
        Dataset all = Playground.byName(name, settings.samples(), settings.noise(), settings.seed());
        points = all.split(settings.trainRatio(), settings.seed());
        train = new Dataset(Feature.inputs(points.train().x(), settings.features()), points.train().y());
        test = new Dataset(Feature.inputs(points.test().x(), settings.features()), points.test().y());
        model = LabNetwork.build(settings.features().size(), settings.hidden(), classes(), settings.seed());
        epoch = 0;
        history.clear();
        history.add(0, lossOn(train), lossOn(test));
    }

    private double lossOn(Dataset data) {
        return loss().value(model.predict(data.x()), data.y());
    }

    public void addLayer() {
        settings.hidden().addLayer();
        reset();
    }

    public void removeLayer() {
        settings.hidden().removeLayer();
        reset();
    }

    public void addNeuron(int layer) {
        settings.hidden().addNeuron(layer);
        reset();
    }

    public void removeNeuron(int layer) {
        settings.hidden().removeNeuron(layer);
        reset();
    }

    /** Any element-wise activation of the kit for one hidden layer, e.g. {@code "relu"}, {@code "gelu"}. */
    public void setActivation(int layer, String activation) {
        settings.hidden().setActivation(layer, activation);
        reset();
    }

    public int epoch() {
        return epoch;
    }

    public LossHistory history() {
        return history;
    }

    /** The network being trained (its layers and weights change with every step). */
    public Sequential model() {
        return model;
    }

    /** 0 for a regression set, else the number of classes. */
    public int classes() {
        return Playground.classes(settings.dataset());
    }

    /** The points as drawn, before features: the training part and the test part. */
    public Dataset.Split points() {
        return points;
    }

    /** Every weight and bias: layer, from, to, weight (see {@link WeightsTable}). */
    public Table weights() {
        return WeightsTable.of(model, settings.features());
    }

    /** The Playground's page as an image, with the settings' test-data and discretize toggles. */
    public BufferedImage picture() {
        return PlaygroundPicture.draw(this);
    }

    /** A few lines for text/plain: data, features, network, training settings, epoch and losses. */
    public String text() {
        return LabText.of(this);
    }

    @Override
    public String toString() {
        return text();
    }

    /** Squared error, or cross-entropy for classification if the settings ask for it. */
    Loss loss() {
        return LabNetwork.loss(classes(), settings.crossEntropy());
    }

    List<Feature> features() {
        return settings.features();
    }
}
