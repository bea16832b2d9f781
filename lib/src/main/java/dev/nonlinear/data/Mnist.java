package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

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
 * <h2>Format</h2>
 * An IDX file is big-endian: a magic number (2051 for images, 2049 for labels), the number of
 * items, for images the number of rows and columns, then one unsigned byte per pixel or label.
 * Anything else is reported as a {@link MnistFormatException} naming the file, what was expected
 * and what was found.
 */
public final class Mnist {

    /** Magic number of an IDX file of unsigned-byte images (0x00000803). */
    public static final int IMAGE_MAGIC = 2051;
    /** Magic number of an IDX file of unsigned-byte labels (0x00000801). */
    public static final int LABEL_MAGIC = 2049;
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
        Matrix trainX = readImages(trainImages);
        int[] trainY = readLabels(trainLabels);
        requireSameCount(trainImages, trainX.rows(), trainLabels, trainY.length);
        Matrix testX = readImages(testImages);
        int[] testY = readLabels(testLabels);
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

    /**
     * Reads an IDX image file (raw or gzip'd) into an n × (rows·cols) matrix, one image per row in
     * row-major pixel order, each pixel scaled from 0..255 to [0, 1]. MNIST gives n × 784.
     */
    public static Matrix readImages(Path file) throws IOException {
        try (Source source = Source.open(file)) {
            int[] header = readHeader(source, file, IMAGE_MAGIC, 3);
            int count = header[0];
            int rows = header[1];
            int cols = header[2];
            if (rows <= 0 || cols <= 0) {
                throw new MnistFormatException(file, "bad image size in the header",
                        "rows and columns > 0", rows + "x" + cols);
            }
            long pixels = (long) count * rows * cols;
            if (pixels > Integer.MAX_VALUE - 8) {
                throw new MnistFormatException(file, "too many pixels for one matrix",
                        "at most " + (Integer.MAX_VALUE - 8) + " pixels",
                        count + " images of " + rows + "x" + cols + " = " + pixels);
            }
            byte[] body = new byte[(int) pixels];
            int got = source.readBody(body);
            if (got < body.length) {
                throw new MnistFormatException(file, "file ends early",
                        body.length + " bytes of pixels (" + count + " images of " + rows + "x" + cols + ")",
                        got + " bytes (" + (got / (rows * cols)) + " whole images)");
            }
            source.requireEnd(body.length + " bytes of pixels");
            double[] data = new double[body.length];
            for (int i = 0; i < body.length; i++) {
                data[i] = (body[i] & 0xff) / 255.0;
            }
            return new Matrix(count, rows * cols, data);
        }
    }

    /** Reads an IDX label file (raw or gzip'd): one digit 0..9 per image. */
    public static int[] readLabels(Path file) throws IOException {
        try (Source source = Source.open(file)) {
            int count = readHeader(source, file, LABEL_MAGIC, 1)[0];
            byte[] body = new byte[count];
            int got = source.readBody(body);
            if (got < count) {
                throw new MnistFormatException(file, "file ends early", count + " labels", got + " labels");
            }
            source.requireEnd(count + " labels");
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                int label = body[i] & 0xff;
                if (label >= CLASSES) {
                    throw new MnistFormatException(file, "label out of range at index " + i,
                            "a digit 0..9", String.valueOf(label));
                }
                labels[i] = label;
            }
            return labels;
        }
    }

    /** Reads magic and the {@code dims} sizes that follow; returns the sizes. */
    private static int[] readHeader(Source source, Path file, int magic, int dims) throws IOException {
        int headerBytes = 4 * (1 + dims);
        byte[] header = new byte[headerBytes];
        int got = source.readBody(header);
        String layout = magic == IMAGE_MAGIC
                ? "magic 2051, image count, rows, columns"
                : "magic 2049, label count";
        if (got == 0) {
            throw new MnistFormatException(file, "empty file",
                    "an IDX header of " + headerBytes + " bytes (" + layout + ")", "0 bytes");
        }
        if (got >= 4 && bigEndian(header, 0) != magic) {
            int found = bigEndian(header, 0);
            throw new MnistFormatException(file, "wrong magic number", describeMagic(magic), describeMagic(found));
        }
        if (got < headerBytes) {
            throw new MnistFormatException(file, "file ends inside the IDX header",
                    headerBytes + " header bytes (" + layout + ")", got + " bytes");
        }
        int[] sizes = new int[dims];
        for (int d = 0; d < dims; d++) {
            sizes[d] = bigEndian(header, 4 * (d + 1));
        }
        if (sizes[0] < 0) {
            throw new MnistFormatException(file, "bad item count in the header", "a count between 0 and "
                    + Integer.MAX_VALUE, Integer.toUnsignedString(sizes[0]));
        }
        return sizes;
    }

    private static String describeMagic(int magic) {
        String hex = String.format("%d (0x%08x", magic, magic);
        if (magic == IMAGE_MAGIC) {
            return hex + ", an image file)";
        }
        if (magic == LABEL_MAGIC) {
            return hex + ", a label file)";
        }
        return hex + ")";
    }

    private static int bigEndian(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** A file opened as raw bytes or through gunzip, chosen by its first two bytes (1f 8b). */
    private static final class Source implements AutoCloseable {
        private final Path file;
        private final InputStream in;
        private final boolean gzip;

        private Source(Path file, InputStream in, boolean gzip) {
            this.file = file;
            this.in = in;
            this.gzip = gzip;
        }

        static Source open(Path file) throws IOException {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            try {
                raw.mark(2);
                int b0 = raw.read();
                int b1 = raw.read();
                raw.reset();
                if (b0 == 0x1f && b1 == 0x8b) {
                    return new Source(file, new GZIPInputStream(raw, 1 << 16), true);
                }
                return new Source(file, raw, false);
            } catch (ZipException | EOFException e) {
                raw.close();
                throw brokenGzip(file, e);
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
        }

        /** Reads until {@code buffer} is full or the data ends; returns the number of bytes read. */
        int readBody(byte[] buffer) throws IOException {
            try {
                return in.readNBytes(buffer, 0, buffer.length);
            } catch (ZipException | EOFException e) {
                if (gzip) {
                    throw brokenGzip(file, e);
                }
                throw e;
            }
        }

        /** Fails if anything follows the data the header announced. */
        void requireEnd(String announced) throws IOException {
            long extra;
            try {
                extra = in.transferTo(OutputStream.nullOutputStream());
            } catch (ZipException | EOFException e) {
                if (gzip) {
                    throw brokenGzip(file, e);
                }
                throw e;
            }
            if (extra > 0) {
                throw new MnistFormatException(file, "extra bytes after the data the header announces",
                        "the end of the file after " + announced, extra + " more bytes");
            }
        }

        private static MnistFormatException brokenGzip(Path file, IOException e) {
            return new MnistFormatException(file, "broken gzip data (the file starts with the gzip bytes 1f 8b)",
                    "a complete gzip stream", String.valueOf(e.getMessage()), e);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
