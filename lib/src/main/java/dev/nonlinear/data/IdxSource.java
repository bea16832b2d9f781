package dev.nonlinear.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** An IDX file opened as raw bytes or through gunzip, chosen by its first two bytes (1f 8b). */
final class IdxSource implements AutoCloseable {
    private final Path file;
    private final InputStream in;
    private final boolean gzip;

    private IdxSource(Path file, InputStream in, boolean gzip) {
        this.file = file;
        this.in = in;
        this.gzip = gzip;
    }

    static IdxSource open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new IdxSource(file, new GZIPInputStream(raw, 1 << 16), true);
            }
            return new IdxSource(file, raw, false);
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
