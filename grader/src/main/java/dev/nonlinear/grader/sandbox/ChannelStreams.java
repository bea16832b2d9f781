package dev.nonlinear.grader.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Blocking streams over a socket channel. Why not {@code Channels.newInputStream}: on JDK 17 its
 * streams take the channel's one blocking lock, so a read waiting for the next command would
 * block every write (a snippet's output) — JShell reads and writes from different threads.
 */
final class ChannelStreams {
    private ChannelStreams() {
    }

    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                return channel.read(ByteBuffer.wrap(bytes, offset, length));
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                synchronized (this) { // whole writes: two threads' bytes must not interleave
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
