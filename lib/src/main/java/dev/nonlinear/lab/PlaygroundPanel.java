package dev.nonlinear.lab;

import dev.nonlinear.playground.PlaygroundLab;
import dev.nonlinear.widgets.Button;
import dev.nonlinear.widgets.HBox;
import dev.nonlinear.widgets.ImageView;
import dev.nonlinear.widgets.Label;
import dev.nonlinear.widgets.OutputArea;
import dev.nonlinear.widgets.Play;
import dev.nonlinear.widgets.VBox;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * TensorFlow Playground in a notebook: a {@link PlaygroundLab} with its controls. The top bar
 * plays, pauses, steps and resets training; the data, features, layers and training settings sit
 * beside the picture of the network ({@link PlaygroundDataControls}, {@link PlaygroundLayerControls},
 * {@link PlaygroundTrainingControls}). Every control changes the lab at once; the picture follows.
 *
 * <pre>{@code
 * PlaygroundPanel.show(new PlaygroundLab(1))
 * }</pre>
 *
 * While playing, each tick of the {@link Play} timer trains one epoch and repaints (as JPEG, which
 * is quicker to make than PNG). The browser sends the next tick only after the kernel has handled
 * this one, so a slow machine plays slower rather than falling behind. Without a widget front end
 * the panel shows the lab's text and its picture. All callbacks run on the kernel's comm thread;
 * cells should not change the lab while it plays.
 */
public final class PlaygroundPanel extends VBox {
    private static final float JPEG_QUALITY = 0.85f;

    private final PlaygroundLab lab;
    private final ImageView picture;
    private final Label epoch = new Label("");
    private final Label status = new Label("");
    private final Play play = new Play("play", 0, 1_000_000, 50);
    private final OutputArea weights = new OutputArea();
    private final PlaygroundLayerControls layers;

    /** The panel for {@code lab}, with the lab's current settings in its controls. */
    public PlaygroundPanel(PlaygroundLab lab) {
        super(List.of());
        this.lab = lab;
        this.picture = new ImageView(lab.picture(), JPEG_QUALITY);
        Runnable changed = this::changed;
        this.layers = new PlaygroundLayerControls(lab, changed);
        // The picture under the buttons, the settings under it: a notebook is about 1,100 pixels wide.
        var settings = new HBox(new PlaygroundDataControls(lab, changed).box(),
                new PlaygroundTrainingControls(lab, changed).box());
        children(List.of(topBar(), picture, settings, layers.box(), status, weights));
        epoch.value(counter());   // the picture above is the lab's as it is now
    }

    /** The panel for {@code lab}; the cell shows what this returns. */
    public static PlaygroundPanel show(PlaygroundLab lab) {
        return new PlaygroundPanel(lab);
    }

    private HBox topBar() {
        var step = new Button("step").icon("step-forward").onClick(() -> advance());
        var reset = new Button("reset").icon("undo").onClick(() -> {
            synchronized (lab) {
                lab.reset();
            }
            repaint();
        });
        var export = new Button("weights table").icon("table").onClick(() -> weights.replace(lab.weights()));
        play.observe("value", change -> {
            if (change.newValue() instanceof Number now && change.oldValue() instanceof Number before
                    && now.intValue() > before.intValue()) {
                advance(); // a tick; going back to 0 is the stop button, not a step
            }
        });
        return new HBox(play, step, reset, export, epoch);
    }

    /** One epoch and a new picture; a diverging run pauses the timer and says why. */
    private void advance() {
        try {
            synchronized (lab) {
                lab.step();
            }
            repaint();
        } catch (RuntimeException e) {
            play.playing(false);
            status.value("Training stopped: " + e.getMessage() + " Lower the learning rate, then reset.");
        }
    }

    /** After any control changed the lab: a new picture, and the layer column if the layers changed. */
    private void changed() {
        repaint();
        layers.refresh();
    }

    /** Redraws the picture and the epoch counter from the lab. */
    public void repaint() {
        BufferedImage frame;
        String counter;
        synchronized (lab) {
            frame = lab.picture();
            counter = counter();
        }
        picture.show(frame);
        epoch.value(counter);
        status.value("");
    }

    private String counter() {
        return String.format(Locale.ROOT, "epoch %,d · train loss %.3f · test loss %.3f",
                lab.epoch(), lab.history().lastTrainLoss(), lab.history().lastTestLoss());
    }

    /** The lab behind the panel. */
    public PlaygroundLab lab() {
        return lab;
    }

    @Override
    public String text() {
        return lab.text();
    }

    @Override
    public BufferedImage picture() {
        return lab.picture();
    }
}
