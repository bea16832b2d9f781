package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MnistTest {

    /** MD5s of the shipped subset, as listed in notebooks/data/mnist/NOTICE. */
    static final Map<String, String> SHIPPED_MD5 = Map.of(
            "train-images-idx3-ubyte.gz", "5eed659afb5e1b375a6445caa2ea25ba",
            "train-labels-idx1-ubyte.gz", "fa5954be76dca5f1824dc4df3b91171c",
            "t10k-images-idx3-ubyte.gz", "6a68c11a13879ed4af768974c943d393",
            "t10k-labels-idx1-ubyte.gz", "1b5cd1a620a64864edeb63b5a7c7114d");

    private static Path shippedDir;
    private static Mnist.Data shipped;

    @BeforeAll
    static void loadShippedSubset() throws IOException {
        // Ignore the property and environment variable: these tests are about the files in the repo.
        shippedDir = Mnist.findBundledDir(null, null, Path.of(System.getProperty("user.dir")));
        shipped = Mnist.load(shippedDir);
    }

    @Test
    void theShippedSubsetIsFoundFromTheWorkingDirectory() throws IOException {
        assertTrue(shippedDir.endsWith(Path.of("notebooks", "data", "mnist")), shippedDir.toString());
        assertEquals(shippedDir, Mnist.findBundledDir(null, null, shippedDir.resolve("../../..").normalize()));
    }

    @Test
    void theShippedSubsetHasTenThousandTrainingAndTwoThousandTestImages() {
        assertEquals("10000x784", shipped.train().x().shape());
        assertEquals("10000x10", shipped.train().y().shape());
        assertEquals("2000x784", shipped.test().x().shape());
        assertEquals("2000x10", shipped.test().y().shape());
        assertEquals(10000, shipped.trainLabels().length);
        assertEquals(2000, shipped.testLabels().length);
    }

    @Test
    void pixelsAreScaledToTheUnitInterval() {
        for (Matrix x : new Matrix[]{shipped.train().x(), shipped.test().x()}) {
            double min = Arrays.stream(x.data()).min().orElseThrow();
            double max = Arrays.stream(x.data()).max().orElseThrow();
            assertEquals(0, min);
            assertEquals(1, max);
        }
        // The famous first training image, a 5: about 19 % of its pixels are ink.
        double[] first = shipped.train().x().getRow(0);
        long ink = Arrays.stream(first).filter(v -> v > 0).count();
        assertTrue(ink > 120 && ink < 200, "non-zero pixels in the first image: " + ink);
    }

    @Test
    void labelsMatchTheOriginalOrderAndTheOneHotTargets() {
        assertArrayEquals(new int[]{5, 0, 4, 1, 9, 2, 1, 3, 1, 4}, Arrays.copyOf(shipped.trainLabels(), 10),
                "the first training labels of MNIST");
        // Every 5th t10k label: originals 0, 5, 10, 15 are 7, 1, 0, 5.
        assertArrayEquals(new int[]{7, 1, 0, 5}, Arrays.copyOf(shipped.testLabels(), 4));
        for (Mnist.Data data : new Mnist.Data[]{shipped}) {
            checkOneHot(data.train(), data.trainLabels());
            checkOneHot(data.test(), data.testLabels());
        }
    }

    private static void checkOneHot(Dataset d, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            assertEquals(labels[i], d.label(i));
            assertEquals(1.0, Arrays.stream(d.y().getRow(i)).sum());
        }
    }

    @Test
    void everyDigitIsPresentInReasonableNumbers() {
        int[] train = counts(shipped.trainLabels());
        int[] test = counts(shipped.testLabels());
        assertArrayEquals(new int[]{1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, train);
        for (int digit = 0; digit < 10; digit++) {
            assertTrue(test[digit] > 120, "digit " + digit + " appears " + test[digit] + " times in the test subset");
        }
        assertEquals(2000, Arrays.stream(test).sum());
    }

    private static int[] counts(int[] labels) {
        int[] counts = new int[10];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    @Test
    void shippedFilesMatchTheRecordedMd5s() throws IOException {
        String notice = Files.readString(shippedDir.resolve("NOTICE"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : SHIPPED_MD5.entrySet()) {
            Path file = shippedDir.resolve(e.getKey());
            assertEquals(e.getValue(), md5(Files.readAllBytes(file)), "MD5 of " + file);
            assertTrue(notice.lines().anyMatch(line -> line.contains(e.getValue()) && line.contains(e.getKey())),
                    "NOTICE lists " + e.getKey() + " with MD5 " + e.getValue());
        }
    }

    @Test
    void rawAndGzipFilesLoadTheSame(@TempDir Path tmp) throws IOException {
        for (String name : SHIPPED_MD5.keySet()) {
            String raw = name.substring(0, name.length() - ".gz".length());
            Files.write(tmp.resolve(raw), gunzip(Files.readAllBytes(shippedDir.resolve(name))));
        }
        Mnist.Data fromRaw = Mnist.load(tmp);
        assertEquals(shipped.train(), fromRaw.train());
        assertEquals(shipped.test(), fromRaw.test());
        assertArrayEquals(shipped.trainLabels(), fromRaw.trainLabels());
        assertArrayEquals(shipped.testLabels(), fromRaw.testLabels());
    }

    @Test
    void gzipIsRecognisedByItsBytesNotItsName(@TempDir Path tmp) throws IOException {
        byte[] gz = Files.readAllBytes(shippedDir.resolve("t10k-labels-idx1-ubyte.gz"));
        Path gzipWithoutSuffix = tmp.resolve("labels-idx1-ubyte");
        Files.write(gzipWithoutSuffix, gz);
        Path rawWithSuffix = tmp.resolve("labels-idx1-ubyte.gz");
        Files.write(rawWithSuffix, gunzip(gz));
        assertArrayEquals(shipped.testLabels(), IdxFile.readLabels(gzipWithoutSuffix, Mnist.CLASSES));
        assertArrayEquals(shipped.testLabels(), IdxFile.readLabels(rawWithSuffix, Mnist.CLASSES));
    }

    @Test
    void imageSizeComesFromTheHeader(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny");
        Files.write(file, images(2, 2, 3, new byte[]{0, 51, (byte) 255, 0, 0, 0, 1, 2, 3, 4, 5, (byte) 128}));
        Matrix m = IdxFile.readImages(file);
        assertEquals("2x6", m.shape());
        assertArrayEquals(new double[]{0, 0.2, 1, 0, 0, 0}, m.getRow(0), 1e-12);
        assertEquals(128 / 255.0, m.get(1, 5), 1e-12);
    }

    // ---- corrupt files -------------------------------------------------------------------------

    @Test
    void wrongMagicNamesFileExpectedAndFound(@TempDir Path tmp) throws IOException {
        Path labels = tmp.resolve("labels");
        Files.write(labels, labels(1, 2, 3));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readImages(labels));
        assertMessage(e, labels, "wrong magic number", "expected 2051 (0x00000803, an image file)",
                "found 2049 (0x00000801, a label file)");
        assertEquals(labels, e.file());

        Path images = tmp.resolve("images");
        Files.write(images, images(1, 1, 1, new byte[]{0}));
        e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(images, Mnist.CLASSES));
        assertMessage(e, images, "wrong magic number", "expected 2049", "found 2051");

        Path junk = tmp.resolve("junk.txt");
        Files.writeString(junk, "hello, world, this is not IDX");
        e = assertThrows(MnistFormatException.class, () -> IdxFile.readImages(junk));
        assertMessage(e, junk, "wrong magic number", "expected 2051", "found 1751477356 (0x68656c6c)");
    }

    @Test
    void truncatedBodyNamesTheMissingBytes(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("images");
        byte[] full = images(3, 2, 2, new byte[12]);
        Files.write(file, Arrays.copyOf(full, full.length - 2));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readImages(file));
        assertMessage(e, file, "file ends early", "expected 12 bytes of pixels (3 images of 2x2)",
                "found 10 bytes (2 whole images)");

        Path labels = tmp.resolve("labels");
        byte[] fullLabels = labels(1, 2, 3, 4);
        Files.write(labels, Arrays.copyOf(fullLabels, fullLabels.length - 1));
        e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(labels, Mnist.CLASSES));
        assertMessage(e, labels, "file ends early", "expected 4 labels", "found 3 labels");
    }

    @Test
    void truncatedGzipIsReportedAsBrokenGzip(@TempDir Path tmp) throws IOException {
        byte[] gz = Files.readAllBytes(shippedDir.resolve("t10k-images-idx3-ubyte.gz"));
        Path file = tmp.resolve("t10k-images-idx3-ubyte.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readImages(file));
        assertMessage(e, file, "broken gzip data", "expected a complete gzip stream", "found ");
    }

    @Test
    void truncatedHeaderNamesTheHeaderSize(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("images");
        Files.write(file, Arrays.copyOf(images(1, 28, 28, new byte[784]), 6));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readImages(file));
        assertMessage(e, file, "file ends inside the IDX header", "expected 16 header bytes", "found 6 bytes");

        Path labels = tmp.resolve("labels");
        Files.write(labels, new byte[]{0, 0, 8});
        e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(labels, Mnist.CLASSES));
        assertMessage(e, labels, "file ends inside the IDX header", "expected 8 header bytes", "found 3 bytes");
    }

    @Test
    void emptyFileSaysSo(@TempDir Path tmp) throws IOException {
        Path file = Files.createFile(tmp.resolve("train-images-idx3-ubyte"));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readImages(file));
        assertMessage(e, file, "empty file", "expected an IDX header of 16 bytes", "found 0 bytes");
        e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(file, Mnist.CLASSES));
        assertMessage(e, file, "empty file", "expected an IDX header of 8 bytes", "found 0 bytes");
    }

    @Test
    void labelOutOfRangeNamesIndexAndValue(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("labels");
        Files.write(file, labels(3, 12, 4));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(file, Mnist.CLASSES));
        assertMessage(e, file, "label out of range at index 1", "expected a label 0..9", "found 12");

        Files.write(file, labels(9, 10));
        e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(file, Mnist.CLASSES));
        assertMessage(e, file, "label out of range at index 1", "found 10");

        Files.write(file, labels(3, 255));
        e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(file, Mnist.CLASSES));
        assertMessage(e, file, "label out of range at index 1", "found 255");
    }

    @Test
    void countMismatchBetweenImagesAndLabelsNamesBothFiles(@TempDir Path tmp) throws IOException {
        Files.write(tmp.resolve("train-images-idx3-ubyte"), images(3, 2, 2, new byte[12]));
        Files.write(tmp.resolve("train-labels-idx1-ubyte"), labels(1, 2));
        Files.write(tmp.resolve("t10k-images-idx3-ubyte"), images(1, 2, 2, new byte[4]));
        Files.write(tmp.resolve("t10k-labels-idx1-ubyte"), labels(7));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> Mnist.load(tmp));
        assertMessage(e, tmp.resolve("train-labels-idx1-ubyte"), "label count does not match",
                tmp.resolve("train-images-idx3-ubyte").toString(), "expected 3 labels (one per image)",
                "found 2 labels");

        Files.write(tmp.resolve("train-labels-idx1-ubyte"), labels(1, 2, 3));
        Mnist.Data data = Mnist.load(tmp);
        assertEquals("3x4", data.train().x().shape());
        assertEquals("1x10", data.test().y().shape());
        assertEquals(7, data.test().label(0));
    }

    @Test
    void extraBytesAfterTheAnnouncedDataAreAnError(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("labels");
        byte[] ok = labels(1, 2);
        Files.write(file, Arrays.copyOf(ok, ok.length + 3));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readLabels(file, Mnist.CLASSES));
        assertMessage(e, file, "extra bytes", "expected the end of the file after 2 labels", "found 3 more bytes");
    }

    @Test
    void zeroRowsOrColumnsAreRejected(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("images");
        Files.write(file, images(1, 0, 28, new byte[0]));
        MnistFormatException e = assertThrows(MnistFormatException.class, () -> IdxFile.readImages(file));
        assertMessage(e, file, "bad image size", "expected rows and columns > 0", "found 0x28");
    }

    @Test
    void missingFilesAndFoldersAreNamed(@TempDir Path tmp) throws IOException {
        FileNotFoundException e = assertThrows(FileNotFoundException.class, () -> Mnist.load(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());

        Files.write(tmp.resolve("train-images-idx3-ubyte.gz"), new byte[0]);
        e = assertThrows(FileNotFoundException.class, () -> Mnist.load(tmp));
        assertTrue(e.getMessage().contains("train-labels-idx1-ubyte (or train-labels-idx1-ubyte.gz) not found in "
                + tmp.toAbsolutePath()), e.getMessage());
    }

    @Test
    void bundledSearchSaysWhereItLooked(@TempDir Path tmp) throws IOException {
        Path start = Files.createDirectories(tmp.resolve("a/b"));
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> Mnist.findBundledDir(null, null, start));
        assertTrue(e.getMessage().contains(Mnist.DIR_PROPERTY), e.getMessage());
        assertTrue(e.getMessage().contains(Mnist.DIR_ENV), e.getMessage());
        assertTrue(e.getMessage().contains(start.resolve("notebooks/data/mnist").toString()), e.getMessage());
        assertTrue(e.getMessage().contains(tmp.resolve("notebooks/data/mnist").toString()), e.getMessage());

        e = assertThrows(FileNotFoundException.class, () -> Mnist.findBundledDir(tmp.toString(), null, start));
        assertTrue(e.getMessage().contains("system property nonlinear.mnist.dir names " + tmp.toAbsolutePath()),
                e.getMessage());
        e = assertThrows(FileNotFoundException.class, () -> Mnist.findBundledDir(null, tmp.toString(), start));
        assertTrue(e.getMessage().contains("environment variable NONLINEAR_MNIST_DIR names " + tmp.toAbsolutePath()),
                e.getMessage());

        assertEquals(shippedDir, Mnist.findBundledDir(shippedDir.toString(), tmp.toString(), start),
                "the property wins over the environment");
        assertEquals(shippedDir, Mnist.findBundledDir(null, shippedDir.toString(), start));

        Path found = Files.createDirectories(tmp.resolve("notebooks/data/mnist"));
        Files.write(found.resolve("train-images-idx3-ubyte"), new byte[0]);
        assertEquals(found, Mnist.findBundledDir(null, null, start), "found by searching upwards");
    }

    @Test
    void loadBundledHonoursTheSystemProperty(@TempDir Path tmp) throws IOException {
        Files.write(tmp.resolve("train-images-idx3-ubyte"), images(1, 1, 2, new byte[]{0, (byte) 255}));
        Files.write(tmp.resolve("train-labels-idx1-ubyte"), labels(3));
        Files.write(tmp.resolve("t10k-images-idx3-ubyte"), images(1, 1, 2, new byte[]{(byte) 255, 0}));
        Files.write(tmp.resolve("t10k-labels-idx1-ubyte"), labels(9));
        String before = System.getProperty(Mnist.DIR_PROPERTY);
        System.setProperty(Mnist.DIR_PROPERTY, tmp.toString());
        try {
            Mnist.Data data = Mnist.loadBundled();
            assertArrayEquals(new int[]{3}, data.trainLabels());
            assertArrayEquals(new int[]{9}, data.testLabels());
        } finally {
            if (before == null) {
                System.clearProperty(Mnist.DIR_PROPERTY);
            } else {
                System.setProperty(Mnist.DIR_PROPERTY, before);
            }
        }
    }

    @Test
    void oneHotPutsOneOnePerRow() {
        Matrix m = Dataset.oneHot(new int[]{2, 0, 1}, 3);
        assertEquals(Matrix.of(new double[][]{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}), m);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.oneHot(new int[]{1, 10}, 10));
        assertTrue(e.getMessage().contains("label 10 at index 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dataset.oneHot(new int[]{0}, 0));
    }

    @Test
    void formatExceptionIsAnIOException() {
        MnistFormatException e = new MnistFormatException(Path.of("f"), "p", "a", "b");
        assertSame(IOException.class, e.getClass().getSuperclass());
        assertEquals("f: p: expected a, found b", e.getMessage());
        assertEquals("a", e.expected());
        assertEquals("b", e.found());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void assertMessage(Exception e, Path file, String... parts) {
        String message = e.getMessage();
        assertTrue(message.startsWith(file.toString()), "message should start with the file: " + message);
        for (String part : parts) {
            assertTrue(message.contains(part), "message should contain \"" + part + "\": " + message);
        }
    }

    private static byte[] images(int count, int rows, int cols, byte[] pixels) {
        return ByteBuffer.allocate(16 + pixels.length)
                .putInt(IdxFile.IMAGE_MAGIC).putInt(count).putInt(rows).putInt(cols).put(pixels).array();
    }

    private static byte[] labels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length).putInt(IdxFile.LABEL_MAGIC).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
