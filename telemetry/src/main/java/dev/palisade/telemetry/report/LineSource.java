package dev.palisade.telemetry.report;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code '\n'}-terminated lines from a telemetry file as UTF-8 (malformed bytes become U+FFFD),
 * with a bound on line length so that a corrupt file without newlines cannot exhaust memory. A line
 * longer than the bound is returned as {@link #OVERSIZED}. The last line is returned even without its
 * newline; {@link #lastLineTerminated()} says whether it had one.
 */
final class LineSource implements AutoCloseable {

    /** Returned in place of a line longer than the bound. */
    static final String OVERSIZED = "\u0000oversized";

    private static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private boolean lastTerminated = true;

    LineSource(InputStream in) {
        this.in = new BufferedInputStream(in, 64 * 1024);
    }

    /** The next line without its newline, or null at the end. */
    String next() throws IOException {
        line.reset();
        boolean oversized = false;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                lastTerminated = true;
                return oversized ? OVERSIZED : line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            } else {
                oversized = true;
            }
        }
        if (line.size() == 0 && !oversized) {
            return null;
        }
        lastTerminated = false;
        return oversized ? OVERSIZED : line.toString(StandardCharsets.UTF_8);
    }

    /** Whether the most recently returned line ended with a newline. */
    boolean lastLineTerminated() {
        return lastTerminated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
