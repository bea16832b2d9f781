package dev.nonlinear.bench;


import dev.nonlinear.playground.PlaygroundLab;
import dev.nonlinear.widgets.ImageView;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How many frames per second the Playground lab draws: one frame is what the widget panel
 * ({@code PlaygroundPanel}) does on every tick of its timer: {@code lab.step()} (one epoch),
 * {@code lab.picture()}, and the picture encoded as JPEG into its image widget
 * ({@code ImageView.show}, what goes over the wire; only the send itself is left out). The network is the brief's
 * 2-8-8-1 tanh on the circle set of 500 points, at the Playground's 50 % training share and at
 * the slider's largest, 90 % (450 points trained per epoch). The goal is at least 10 frames per
 * second on 2 cores. Also printed: the step and the picture alone, and the PNG encoding a
 * notebook display adds on top.
 *
 * <p>Run it with {@code mvn -B -pl bench -am -Pplayground -DskipTests package}, or
 * {@code java --add-modules=jdk.incubator.vector -cp ... dev.nonlinear.bench.PlaygroundBenchmark}.
 * Options: {@code --frames=N} frames per timed round (default 200), {@code --rounds=N} (default 3);
 * the result is the median round. Lines start with {@code PLAYGROUND}.
 */
public final class PlaygroundBenchmark {
    private PlaygroundBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int frames = TrainingBenchmark.intOption(args, "frames", 200);
        int rounds = TrainingBenchmark.intOption(args, "rounds", 3);
        System.out.println(TrainingBenchmark.describeJvm());
        for (double trainRatio : new double[]{0.5, 0.9}) {
            PlaygroundLab lab = lab(trainRatio);
            long warmUntil = System.nanoTime() + 3_000_000_000L;   // JIT warm-up: 3 s of frames
            ImageView warmView = new ImageView(lab.picture(), 0.85f);
            while (System.nanoTime() < warmUntil) {
                lab.step();
                warmView.show(lab.picture());
            }
            double[] fps = new double[rounds];
            double[] stepMs = new double[rounds];
            double[] pictureMs = new double[rounds];
            double[] encodeMs = new double[rounds];
            ImageView view = new ImageView(lab.picture(), 0.85f);   // the panel's setting
            for (int r = 0; r < rounds; r++) {
                lab = lab(trainRatio);                              // from epoch 0, as a learner starts
                long stepNanos = 0;
                long pictureNanos = 0;
                long encodeNanos = 0;
                for (int f = 0; f < frames; f++) {
                    long start = System.nanoTime();
                    lab.step();
                    long stepped = System.nanoTime();
                    BufferedImage frame = lab.picture();
                    long drawn = System.nanoTime();
                    view.show(frame);
                    encodeNanos += System.nanoTime() - drawn;
                    pictureNanos += drawn - stepped;
                    stepNanos += stepped - start;
                }
                fps[r] = frames / ((stepNanos + pictureNanos + encodeNanos) / 1e9);
                stepMs[r] = stepNanos / 1e6 / frames;
                pictureMs[r] = pictureNanos / 1e6 / frames;
                encodeMs[r] = encodeNanos / 1e6 / frames;
            }
            System.out.printf(Locale.ROOT, "PLAYGROUND network=2-8-8-1-tanh points=500 train=%d frames=%d "
                            + "fps=%.1f step_ms=%.2f picture_ms=%.2f jpeg_ms=%.2f fps_rounds=%s test_loss=%.4f%n",
                    lab.points().train().size(), frames, TrainingBenchmark.median(fps), TrainingBenchmark.median(stepMs), TrainingBenchmark.median(pictureMs), TrainingBenchmark.median(encodeMs),
                    Arrays.toString(fps), lab.history().lastTestLoss());
        }
        PlaygroundLab lab = lab(0.5);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            png.reset();
            ImageIO.write(lab.picture(), "png", png);
        }
        System.out.printf(Locale.ROOT, "PLAYGROUND png_encode_plus_picture_ms=%.1f png_bytes=%d%n",
                (System.nanoTime() - start) / 1e6 / 20, png.size());
    }

    private static PlaygroundLab lab(double trainRatio) {
        PlaygroundLab lab = new PlaygroundLab(1);
        lab.settings().dataset("circle").trainRatio(trainRatio);
        for (int layer = 0; layer < 2; layer++) {
            while (lab.settings().hidden().neurons(layer) < 8) {
                lab.addNeuron(layer);
            }
        }
        return lab;
    }
}
