package dev.nonlinear.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * What a cell prints to {@code System.out} or {@code System.err}, collected and sent to Jupyter in
 * chunks (every few milliseconds, on {@link #flush()}, and at the end of the cell).
 *
 * <p>Why not send each {@code println} at once: a loop printing 10 000 lines would become 10 000
 * messages, and the user's thread would be inside the socket code when an interrupt stops it with
 * {@code Thread.stop} — which could leave half a message on the socket. Here the user's thread
 * only appends to a byte buffer; sending happens on {@link #flush()}.
 */
final class CellOutput extends OutputStream {
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Consumer<String> send;
    private final PrintStream printStream;
    private final long maxBytesPerCell;
    private long bytesThisCell;
    private boolean truncated;

    /** @param send receives the text; called with the chunks in order, never concurrently */
    CellOutput(Consumer<String> send) {
        this(send, Long.MAX_VALUE);
    }

    /**
     * @param maxBytesPerCell bytes kept per cell: a submission printing in an endless loop must
     *                        not fill the grader's memory and the feedback page
     */
    CellOutput(Consumer<String> send, long maxBytesPerCell) {
        this.send = send;
        this.maxBytesPerCell = maxBytesPerCell;
        this.printStream = new PrintStream(this, false, StandardCharsets.UTF_8);
    }

    /** A PrintStream for {@code System.setOut}. */
    PrintStream printStream() {
        return printStream;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        synchronized (pending) {
            long room = maxBytesPerCell - bytesThisCell;
            int kept = (int) Math.max(0, Math.min(length, room));
            pending.write(bytes, offset, kept);
            bytesThisCell += kept;
            if (kept < length && !truncated) {
                truncated = true;
                byte[] note = ("\n… output truncated: more than " + maxBytesPerCell + " bytes\n").getBytes(StandardCharsets.UTF_8);
                pending.write(note, 0, note.length);
            }
        }
    }

    /** Sends what has been printed so far. */
    @Override
    public synchronized void flush() {
        String text;
        synchronized (pending) {
            byte[] bytes = pending.toByteArray();
            int complete = completeUtf8Length(bytes);
            if (complete == 0) {
                return;
            }
            pending.reset();
            pending.write(bytes, complete, bytes.length - complete); // half a character waits
            text = new String(Arrays.copyOf(bytes, complete), StandardCharsets.UTF_8);
        }
        send.accept(text);
    }

    /** Drops whatever was not sent (e.g. a thread that went on printing after its cell); a new cell starts. */
    void discard() {
        synchronized (pending) {
            pending.reset();
            bytesThisCell = 0;
            truncated = false;
        }
    }

    /** Length of the longest prefix that does not end inside a multi-byte UTF-8 character. */
    static int completeUtf8Length(byte[] bytes) {
        int n = bytes.length;
        // Look back at most 3 bytes for the start of the last character.
        for (int back = 1; back <= Math.min(3, n); back++) {
            int b = bytes[n - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // continuation byte: keep looking for the lead byte
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? n - back : n;
        }
        return n;
    }
}
