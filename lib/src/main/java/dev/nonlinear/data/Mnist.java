package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads MNIST handwritten digits from the standard IDX files.
 *
 * <h2>The subset that ships with Nonlinear</h2>
 * {@link #loadBundled()} loads the subset in {@code notebooks/data/mnist}: the first 10,000
 * training images and every 5th test image (2,000). See the {@code NOTICE} file there for where it
 * comes from and its license (CC BY-SA 3.0).
 *
 * <h2>The full set</h2>
 * Download the four standard files into one folder:
 * <pre>
 *   train-images-idx3-ubyte.gz   60,000 training images
 *   train-labels-idx1-ubyte.gz   their labels
 *   t10k-images-idx3-ubyte.gz    10,000 test images
 *   t10k-labels-idx1-ubyte.gz    their labels
 * </pre>
 * and call {@code Mnist.load(Path.of("path/to/that/folder"))}. The files may be gzip'd or raw
 * (without {@code .gz}); gzip is recognised by its first two bytes, not by the name. The full
 * training set takes about 380 MB as doubles. To make {@link #loadBundled()} find it instead, set
 * the system property {@code nonlinear.mnist.dir} or the environment variable
 * {@code NONLINEAR_MNIST_DIR} to the folder.
 *
 * <p>This class finds the files; {@link IdxFile} reads them.
 */
public final class Mnist {

    /** Digits 0..9. */
    public static final int CLASSES = 10;

    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    /** System property naming the MNIST folder for {@link #loadBundled()}. */
    public static final String DIR_PROPERTY = "nonlinear.mnist.dir";
    /** Environment variable naming the MNIST folder for {@link #loadBundled()}. */
    public static final String DIR_ENV = "NONLINEAR_MNIST_DIR";
    /** Where the shipped subset lives, relative to the project root. */
    public static final String BUNDLED_DIR = "notebooks/data/mnist";

    private Mnist() {
    }

    /**
     * MNIST split into training and test data. In each {@link Dataset}, {@code x} is n × 784 (one
     * 28 × 28 image per row, pixels in [0, 1]) and {@code y} is n × 10 one-hot; the labels are also
     * kept as plain digits.
     */
    public record Data(Dataset train, Dataset test, int[] trainLabels, int[] testLabels) {
    }

    /**
     * Loads the four standard files from {@code dir}, each as {@code NAME} (raw) or
     * {@code NAME.gz}.
     *
     * @throws FileNotFoundException if a file is missing
     * @throws MnistFormatException  if a file is not a valid IDX file, or images and labels differ
     *                               in number
     */
    public static Data load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FileNotFoundException("MNIST folder " + dir.toAbsolutePath() + " does not exist");
        }
        Path trainImages = find(dir, TRAIN_IMAGES);
        Path trainLabels = find(dir, TRAIN_LABELS);
        Path testImages = find(dir, TEST_IMAGES);
        Path testLabels = find(dir, TEST_LABELS);
        Matrix trainX = IdxFile.readImages(trainImages);
        int[] trainY = IdxFile.readLabels(trainLabels, CLASSES);
        requireSameCount(trainImages, trainX.rows(), trainLabels, trainY.length);
        Matrix testX = IdxFile.readImages(testImages);
        int[] testY = IdxFile.readLabels(testLabels, CLASSES);
        requireSameCount(testImages, testX.rows(), testLabels, testY.length);
        return new Data(
                new Dataset(trainX, Dataset.oneHot(trainY, CLASSES)),
                new Dataset(testX, Dataset.oneHot(testY, CLASSES)),
                trainY, testY);
    }

    /**
     * Loads the subset shipped in {@code notebooks/data/mnist} (10,000 training and 2,000 test
     * images), or the folder named by the system property {@code nonlinear.mnist.dir} or else the
     * environment variable {@code NONLINEAR_MNIST_DIR}.
     *
     * @throws FileNotFoundException naming every place it looked, if none holds the files
     */
    public static Data loadBundled() throws IOException {
        return load(findBundledDir());
    }

    /**
     * The folder {@link #loadBundled()} reads: the system property {@code nonlinear.mnist.dir} if
     * set, else the environment variable {@code NONLINEAR_MNIST_DIR} if set, else the first
     * {@code notebooks/data/mnist} holding the training images, searching from the working
     * directory upwards.
     */
    public static Path findBundledDir() throws FileNotFoundException {
        return findBundledDir(System.getProperty(DIR_PROPERTY), System.getenv(DIR_ENV),
                Path.of(System.getProperty("user.dir")));
    }

    static Path findBundledDir(String property, String env, Path start) throws FileNotFoundException {
        if (property != null && !property.isBlank()) {
            return requireMnistDir(Path.of(property), "system property " + DIR_PROPERTY);
        }
        if (env != null && !env.isBlank()) {
            return requireMnistDir(Path.of(env), "environment variable " + DIR_ENV);
        }
        List<String> looked = new ArrayList<>();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(BUNDLED_DIR);
            if (holdsMnist(candidate)) {
                return candidate;
            }
            looked.add(candidate.toString());
        }
        throw new FileNotFoundException("no MNIST data found: system property " + DIR_PROPERTY
                + " and environment variable " + DIR_ENV + " are not set, and no folder " + BUNDLED_DIR
                + " with " + TRAIN_IMAGES + "[.gz] was found from " + start.toAbsolutePath().normalize()
                + " upwards; looked in: " + String.join(", ", looked));
    }

    private static Path requireMnistDir(Path dir, String source) throws FileNotFoundException {
        if (!holdsMnist(dir)) {
            throw new FileNotFoundException(source + " names " + dir.toAbsolutePath() + ", but that folder has no "
                    + TRAIN_IMAGES + " or " + TRAIN_IMAGES + ".gz");
        }
        return dir;
    }

    private static boolean holdsMnist(Path dir) {
        return Files.isRegularFile(dir.resolve(TRAIN_IMAGES)) || Files.isRegularFile(dir.resolve(TRAIN_IMAGES + ".gz"));
    }

    /** {@code dir/name} if it exists, else {@code dir/name.gz}. */
    private static Path find(Path dir, String name) throws FileNotFoundException {
        Path raw = dir.resolve(name);
        if (Files.isRegularFile(raw)) {
            return raw;
        }
        Path gz = dir.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        throw new FileNotFoundException("MNIST file " + name + " (or " + name + ".gz) not found in "
                + dir.toAbsolutePath() + "; it needs " + TRAIN_IMAGES + ", " + TRAIN_LABELS + ", "
                + TEST_IMAGES + " and " + TEST_LABELS + ", raw or .gz");
    }

    private static void requireSameCount(Path images, int imageCount, Path labels, int labelCount)
            throws MnistFormatException {
        if (imageCount != labelCount) {
            throw new MnistFormatException(labels, "label count does not match the images in " + images,
                    imageCount + " labels (one per image)", labelCount + " labels");
        }
    }
}
