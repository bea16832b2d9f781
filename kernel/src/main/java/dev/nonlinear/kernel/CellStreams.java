package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.messages.publish.PublishStream;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code System.out}, {@code System.err} and {@code System.in} while a cell runs. The cell prints
 * into buffers ({@link CellOutput}) whose text goes out every 50 ms and at the end of the cell;
 * afterwards the kernel's own streams are back.
 */
final class CellStreams implements AutoCloseable {
    private static final long FLUSH_EVERY_MS = 50;

    private final CellOutput stdout;
    private final CellOutput stderr;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("output-flusher"));
    private volatile boolean cellActive;
    // The kernel's own streams, put back after the cell.
    private PrintStream kernelOut;
    private PrintStream kernelErr;
    private InputStream kernelIn;

    /** @param maxBytesPerCell bytes of stdout and of stderr kept per cell; more is dropped with a note */
    CellStreams(CellPublisher publisher, long maxBytesPerCell) {
        stdout = new CellOutput(text -> publisher.stream(PublishStream.StreamType.OUT, text), maxBytesPerCell);
        stderr = new CellOutput(text -> publisher.stream(PublishStream.StreamType.ERR, text), maxBytesPerCell);
    }

    /** Sends what running cells print every few milliseconds, from now on. */
    void startFlushing() {
        flusher.scheduleWithFixedDelay(this::flushIfActive, FLUSH_EVERY_MS, FLUSH_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** Points the standard streams at this cell's buffers (left empty by any earlier cell) and {@code stdin}. */
    void beginCell(InputStream stdin) {
        kernelOut = System.out;
        kernelErr = System.err;
        kernelIn = System.in;
        stdout.discard();
        stderr.discard();
        System.setOut(stdout.printStream());
        System.setErr(stderr.printStream());
        System.setIn(stdin);
        cellActive = true;
    }

    /** Sends the rest of the cell's output and puts the kernel's streams back. */
    void endCell() {
        flush();
        cellActive = false;
        System.setOut(kernelOut);
        System.setErr(kernelErr);
        System.setIn(kernelIn);
    }

    /** Sends what the cell has printed so far, e.g. so that it shows above a display that follows. */
    void flush() {
        stdout.flush();
        stderr.flush();
    }

    private void flushIfActive() {
        if (cellActive) {
            flush();
        }
    }

    @Override
    public void close() {
        flusher.shutdownNow();
    }
}
