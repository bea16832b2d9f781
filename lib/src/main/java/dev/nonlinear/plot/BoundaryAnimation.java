package dev.nonlinear.plot;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.display.AnimatedGif;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.train.EpochResult;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * An animation of a decision boundary forming during training, one frame per change worth seeing.
 * A frame every n epochs wastes most frames on the end of training, where nothing moves, and
 * skips the first epochs, where everything does; so a frame is kept when the boundary has moved:
 * when at least {@link #CHANGE_TO_KEEP} of a coarse grid over the plane changed side since the
 * last frame. Each frame's caption gives its epoch and training loss.
 *
 * <pre>{@code
 * BoundaryAnimation animation = new BoundaryAnimation(circle, "tanh network");
 * trainer.onEpoch(e -> animation.capture(model, e));
 * animation.gif(180)
 * }</pre>
 */
public final class BoundaryAnimation {
    /** The fraction of the coarse grid that must change side for a new frame: 1% is about 16 of its 1,600 points. */
    public static final double CHANGE_TO_KEEP = 0.01;
    private static final int GRID = 40;
    private static final double EXTENT = 6;

    private final Dataset data;
    private final String title;
    private final Matrix gridPoints = DecisionBoundary.grid(GRID, EXTENT);
    private final List<BufferedImage> frames = new ArrayList<>();
    private final List<Integer> frameEpochs = new ArrayList<>();
    private boolean[] sideAtLastFrame;
    private Sequential lastModel;
    private EpochResult lastEpoch;

    public BoundaryAnimation(Dataset data, String title) {
        this.data = data;
        this.title = title;
    }

    /** After an epoch: keeps a frame when the boundary moved enough since the last one (always the first). */
    public void capture(Sequential model, EpochResult epoch) {
        lastModel = model;
        lastEpoch = epoch;
        boolean[] side = sides(model);
        if (sideAtLastFrame == null || changedFraction(sideAtLastFrame, side) >= CHANGE_TO_KEEP) {
            keepFrame(model, epoch, side);
        }
    }

    /** The frames as a looping GIF, ending on the last epoch seen. */
    public AnimatedGif gif(int delayMillis) {
        if (lastEpoch == null) {
            throw new IllegalStateException("no epoch captured yet: pass capture to the trainer's onEpoch first");
        }
        if (frameEpochs.get(frameEpochs.size() - 1) != lastEpoch.epoch()) {
            keepFrame(lastModel, lastEpoch, sides(lastModel));
        }
        return AnimatedGif.of(frames, delayMillis);
    }

    /** The epochs that got a frame, e.g. [1, 2, 3, 5, 8, 14, 60]: where the boundary moved. */
    public List<Integer> frameEpochs() {
        return List.copyOf(frameEpochs);
    }

    private void keepFrame(Sequential model, EpochResult epoch, boolean[] side) {
        String caption = String.format("%s, epoch %d, loss %.3f", title, epoch.epoch(), epoch.loss());
        frames.add(DecisionBoundary.render(model, data, caption, 240, EXTENT));
        frameEpochs.add(epoch.epoch());
        sideAtLastFrame = side;
    }

    /** For each grid point: is the model's output on the class-1 side (≥ 0.5)? */
    private boolean[] sides(Sequential model) {
        Matrix output = model.predict(gridPoints);
        boolean[] side = new boolean[output.rows()];
        for (int i = 0; i < side.length; i++) {
            side[i] = output.get(i, 0) >= 0.5;
        }
        return side;
    }

    static double changedFraction(boolean[] before, boolean[] after) {
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed++;
            }
        }
        return (double) changed / before.length;
    }
}
