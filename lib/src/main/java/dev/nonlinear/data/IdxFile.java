package dev.nonlinear.data;

import dev.nonlinear.tensor.Matrix;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads IDX files, the format MNIST ships in. An IDX file is big-endian: a magic number (2051 for
 * images, 2049 for labels), the number of items, for images the number of rows and columns, then
 * one unsigned byte per pixel or label. Files may be raw or gzip'd ({@link IdxSource}). Anything
 * else is reported as a {@link MnistFormatException} naming the file, what was expected and what
 * was found.
 */
public final class IdxFile {
    /** Magic number of an IDX file of unsigned-byte images (0x00000803). */
    public static final int IMAGE_MAGIC = 2051;
    /** Magic number of an IDX file of unsigned-byte labels (0x00000801). */
    public static final int LABEL_MAGIC = 2049;

    private IdxFile() {
    }

    /**
     * Reads an IDX image file (raw or gzip'd) into an n × (rows·cols) matrix, one image per row in
     * row-major pixel order, each pixel scaled from 0..255 to [0, 1]. MNIST gives n × 784.
     */
    public static Matrix readImages(Path file) throws IOException {
        try (IdxSource source = IdxSource.open(file)) {
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

    /** Reads an IDX label file (raw or gzip'd): one label 0..classes-1 per item. */
    public static int[] readLabels(Path file, int classes) throws IOException {
        try (IdxSource source = IdxSource.open(file)) {
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
                if (label >= classes) {
                    throw new MnistFormatException(file, "label out of range at index " + i,
                            "a label 0.." + (classes - 1), String.valueOf(label));
                }
                labels[i] = label;
            }
            return labels;
        }
    }

    /** Reads magic and the {@code dims} sizes that follow; returns the sizes. */
    private static int[] readHeader(IdxSource source, Path file, int magic, int dims) throws IOException {
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
}
