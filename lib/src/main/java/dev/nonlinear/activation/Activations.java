package dev.nonlinear.activation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds activations by name: {@code Activations.byName("leaky_relu")}. Names ignore case and
 * separators, so "LeakyReLU", "leaky-relu" and "leaky_relu" are the same.
 */
public final class Activations {
    /** In teaching order: the classics, the ReLU family, the smooth modern ones, then the rest. */
    private static final Map<String, Supplier<Activation>> BY_NAME = orderedMap();
    private static final Map<String, String> ALIASES = Map.of("identity", "linear", "swish", "silu",
            "logistic", "sigmoid", "geluexact", "gelu");

    private Activations() {
    }

    private static Map<String, Supplier<Activation>> orderedMap() {
        var map = new java.util.LinkedHashMap<String, Supplier<Activation>>();
        map.put("linear", Linear::new);
        map.put("sigmoid", Sigmoid::new);
        map.put("tanh", Tanh::new);
        map.put("relu", ReLU::new);
        map.put("leaky_relu", LeakyReLU::new);
        map.put("elu", ELU::new);
        map.put("selu", SELU::new);
        map.put("gelu", GELU::new);
        map.put("gelu_tanh", GELU::tanhApproximation);
        map.put("silu", SiLU::new);
        map.put("mish", Mish::new);
        map.put("softplus", Softplus::new);
        map.put("softsign", Softsign::new);
        map.put("hard_sigmoid", HardSigmoid::new);
        map.put("relu6", ReLU6::new);
        map.put("softmax", Softmax::new);
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The canonical names, in teaching order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** A new instance of every activation, in teaching order. */
    public static List<Activation> all() {
        return BY_NAME.values().stream().map(Supplier::get).toList();
    }

    /** Every element-wise activation (all but softmax), for plots and comparisons. */
    public static List<ElementwiseActivation> allElementwise() {
        return all().stream().filter(Activation::isElementwise).map(a -> (ElementwiseActivation) a).toList();
    }

    /** The names of the element-wise activations (all but softmax), in teaching order: what a menu offers. */
    public static List<String> elementwiseNames() {
        return allElementwise().stream().map(ElementwiseActivation::name).toList();
    }

    public static Activation byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("activation name is null; valid names: " + String.join(", ", names()));
        }
        String key = normalise(name);
        key = ALIASES.getOrDefault(key, key);
        for (var entry : BY_NAME.entrySet()) {
            if (normalise(entry.getKey()).equals(key)) {
                return entry.getValue().get();
            }
        }
        throw new IllegalArgumentException("unknown activation \"" + name + "\"; valid names: " + String.join(", ", names()));
    }

    /** Like {@link #byName} but for functions applied to one number at a time. */
    public static ElementwiseActivation elementwise(String name) {
        Activation activation = byName(name);
        if (activation instanceof ElementwiseActivation elementwise) {
            return elementwise;
        }
        throw new IllegalArgumentException("\"" + name + "\" acts on whole vectors, not single numbers; use byName(\""
                + name + "\").apply(double[])");
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }
}
