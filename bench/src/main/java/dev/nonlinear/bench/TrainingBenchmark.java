package dev.nonlinear.bench;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.loss.CategoricalCrossEntropy;
import dev.nonlinear.optim.SGD;
import dev.nonlinear.tensor.Matrix;
import dev.nonlinear.tensor.Products;
import dev.nonlinear.tensor.fast.FastProducts;
import dev.nonlinear.train.Trainer;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How fast the library trains: one epoch of the 784-128(ReLU)-64(ReLU)-10(softmax) MLP with plain
 * SGD (lr 0.01) and categorical cross-entropy fused with softmax, on seeded synthetic data, at
 * batch 64 over 60,000 samples and at batch 1 over 10,000 samples; and the matrix product on
 * 1024 × 1024. Each measurement follows a warm-up and is the median of a few repeats.
 *
 * <p>{@code bench/numpy_mlp.py} and {@code bench/torch_mlp.py} do the same work, and
 * {@code bench/run-all.sh} runs all three and prints the comparison. Run this one with
 * {@code mvn -B -pl lib -Pbench -DskipTests package}, or
 * {@code java --add-modules=jdk.incubator.vector -cp ... dev.nonlinear.bench.TrainingBenchmark}.
 *
 * <p>Options: {@code --repeats=N} (default 3), {@code --samples64=N}, {@code --samples1=N},
 * {@code --matmul=N} (size of the square product, 0 to skip).
 *
 * <p>Output lines starting with {@code RESULT} are read by run-all.sh; the epoch time is the
 * training loop only (shuffle, batches, forward, loss, backward, SGD step), as the Trainer reports
 * it, not the evaluation the Trainer does after each epoch.
 */
public final class TrainingBenchmark {
    private static final int[] SIZES = {784, 128, 64, 10};

    private TrainingBenchmark() {
    }

    public static void main(String[] args) {
        int repeats = intOption(args, "repeats", 3);
        int samples64 = intOption(args, "samples64", 60_000);
        int samples1 = intOption(args, "samples1", 10_000);
        int matmulSize = intOption(args, "matmul", 1024);

        System.out.println(describeJvm());
        if (matmulSize > 0) {
            matmul(matmulSize, Math.max(repeats, 5));
        }
        epochs(64, samples64, repeats);
        epochs(1, samples1, repeats);
    }

    /** The JVM, its flags and the kernels in use, for the results table. */
    public static String describeJvm() {
        Runtime.Version v = Runtime.version();
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return String.format(Locale.ROOT, "JVM %s (%s, %s), %d cores, matmul backend %s, %d thread(s); flags %s",
                v, System.getProperty("java.vm.name"), System.getProperty("java.vendor"),
                Runtime.getRuntime().availableProcessors(),
                Products.usingFastKernels() ? FastProducts.backend() : "plain loops", FastProducts.threads(), flags);
    }

    private static void matmul(int n, int repeats) {
        Random random = new Random(3);
        Matrix a = Matrix.gaussian(n, n, 1, random);
        Matrix b = Matrix.gaussian(n, n, 1, random);
        Matrix out = new Matrix(n, n);
        long warmUntil = System.nanoTime() + 1_000_000_000L;     // at least 3 runs and 1 s of warm-up
        for (int i = 0; i < 3 || System.nanoTime() < warmUntil; i++) {
            Products.matmul(a, b, out);
        }
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            Products.matmul(a, b, out);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double median = median(seconds);
        System.out.printf(Locale.ROOT, "RESULT impl=java kind=matmul n=%d median_s=%.5f gflops=%.2f times=%s%n",
                n, median, 2.0 * n * n * n / median / 1e9, join(seconds));
    }

    private static void epochs(int batch, int samples, int repeats) {
        Dataset data = syntheticData(samples, 1);
        Sequential model = Sequential.input(SIZES[0], 42)
                .dense(SIZES[1], "relu").dense(SIZES[2], "relu").dense(SIZES[3], "softmax").build();
        List<Double> seconds = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        new Trainer(model, new CategoricalCrossEntropy(), new SGD(0.01))
                .epochs(1 + repeats).batchSize(batch).seed(7)
                .onEpoch(e -> {
                    seconds.add(e.seconds());
                    losses.add(e.loss());
                })
                .fit(data);
        double[] timed = seconds.subList(1, seconds.size()).stream().mapToDouble(Double::doubleValue).toArray();
        double median = median(timed);
        System.out.printf(Locale.ROOT,
                "RESULT impl=java dtype=float64 batch=%d samples=%d median_s=%.4f samples_per_s=%.0f "
                        + "training_gflops=%.1f loss=%.4f warmup_s=%.3f times=%s%n",
                batch, samples, median, samples / median, samples * flopsPerSample() / median / 1e9,
                losses.get(losses.size() - 1), seconds.get(0), join(timed));
    }

    /**
     * Floating-point operations of one training sample: the forward products (2·in·out per
     * layer), the weight gradients (the same again) and the input gradients of every layer but the
     * first, which nobody needs. Biases, activations and the update are left out.
     */
    static double flopsPerSample() {
        double flops = 0;
        for (int l = 0; l + 1 < SIZES.length; l++) {
            double product = 2.0 * SIZES[l] * SIZES[l + 1];
            flops += l == 0 ? 2 * product : 3 * product;
        }
        return flops;
    }

    /**
     * The same recipe as the Python scripts: uniform [0, 1) "pixels", and the label of a sample is
     * the argmax of a fixed random linear map of its centred pixels, so there is something to learn.
     */
    public static Dataset syntheticData(int n, long seed) {
        Random random = new Random(seed);
        Matrix x = Matrix.uniform(n, SIZES[0], 0, 1, random);
        Matrix teacher = Matrix.gaussian(SIZES[0], SIZES[3], 1, random);
        Matrix centred = x.copy();
        double[] c = centred.data();
        for (int i = 0; i < c.length; i++) {
            c[i] -= 0.5;
        }
        Matrix scores = new Matrix(n, SIZES[3]);
        Products.matmul(centred, teacher, scores);      // the layers' fast product: n may be 60,000
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = scores.argmaxRow(i);
        }
        return new Dataset(x, Dataset.oneHot(labels, SIZES[3]));
    }

    /** The middle value (the mean of the two middle ones for an even count); shared with PlaygroundBenchmark. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String join(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(sb.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", v));
        }
        return sb.toString();
    }

    /** The value of {@code --name=N} among {@code args}, or {@code fallback}; shared with PlaygroundBenchmark. */
    static int intOption(String[] args, String name, int fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()).trim());
            }
        }
        return fallback;
    }
}
