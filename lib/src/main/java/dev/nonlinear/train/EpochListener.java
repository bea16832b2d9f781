package dev.nonlinear.train;

/**
 * Told about every finished epoch by {@link Trainer#onEpoch}: for printing, collecting numbers, or
 * a live chart such as {@code dev.nonlinear.plot.TrainingProgress}. An interface of the training
 * core, so that the trainer knows nothing about notebooks or charts; whoever wants pictures passes
 * one in.
 *
 * <pre>{@code
 * trainer.onEpoch(e -> System.out.println(e));
 * trainer.onEpoch(new TrainingProgress(epochs));   // progress line and loss chart in the notebook
 * }</pre>
 */
@FunctionalInterface
public interface EpochListener {

    /** Called after each epoch, with that epoch's losses and accuracies. */
    void epochEnded(EpochResult result);
}
