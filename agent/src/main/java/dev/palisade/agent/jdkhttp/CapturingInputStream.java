package dev.palisade.agent.jdkhttp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.palisade.agent.context.BodyCapture;

/**
 * The request body stream of a JDK HTTP server exchange, teeing what the application reads into the
 * request's {@link BodyCapture} (capped there). Installed with {@code HttpExchange.setStreams},
 * the API the JDK provides for filters to wrap the streams. Never reads on the application's behalf,
 * never alters the bytes, and a capture problem never reaches the reader.
 */
final class CapturingInputStream extends FilterInputStream {

    private final BodyCapture capture;

    CapturingInputStream(InputStream in, BodyCapture capture) {
        super(in);
        this.capture = capture;
    }

    @Override
    public int read() throws IOException {
        int value = in.read();
        if (value >= 0) {
            record(new byte[] {(byte) value}, 0, 1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = in.read(buffer, offset, length);
        if (count > 0) {
            record(buffer, offset, count);
        }
        return count;
    }

    private void record(byte[] buffer, int offset, int count) {
        try {
            capture.append(buffer, offset, count);
        } catch (RuntimeException ignored) {
            // The capture is best effort; the application's read must not fail because of it.
        }
    }
}
