package dev.nonlinear.loss;

import java.util.List;
import java.util.Locale;

/** Looks up a loss by name, e.g. {@code Losses.byName("mse")}. */
public final class Losses {
    private static final List<Loss> ALL = List.of(new MeanSquaredError(), new BinaryCrossEntropy(),
            new BinaryCrossEntropyWithLogits(), new CategoricalCrossEntropy(), new SoftmaxCrossEntropy());

    private Losses() {
    }

    public static List<String> names() {
        return ALL.stream().map(Loss::name).toList();
    }

    public static Loss byName(String name) {
        if (name != null) {
            String key = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            for (Loss loss : ALL) {
                if (loss.name().equals(key)) {
                    return loss;
                }
            }
        }
        throw new IllegalArgumentException("unknown loss \"" + name + "\"; valid names: " + String.join(", ", names()));
    }
}
