package dev.nonlinear.playground;

import java.util.Locale;

/** A lab's state in a few lines of text, for a notebook's text/plain output or a log. */
final class LabText {
    private LabText() {
    }

    static String of(PlaygroundLab lab) {
        LabSettings s = lab.settings();
        String problem = lab.classes() == 0 ? "regression" : lab.classes() + " classes";
        String output = lab.model().layers().get(lab.model().layers().size() - 1).name();
        return String.format(Locale.ROOT, """
                        Playground lab (seed %d)
                        data:     %s, %s, noise %.2f, %d train / %d test points
                        features: %s
                        hidden:   %s
                        output:   %s, loss %s
                        training: learning rate %s, batch %d, regularization %s
                        epoch %d: train loss %.4f, test loss %.4f""",
                s.seed(), s.dataset(), problem, s.noise(), lab.points().train().size(), lab.points().test().size(),
                String.join(" ", s.features().stream().map(Feature::symbol).toList()),
                s.hidden(), output, lab.loss().name(),
                s.learningRate(), s.batchSize(), s.regularization(),
                lab.epoch(), lab.history().lastTrainLoss(), lab.history().lastTestLoss());
    }
}
