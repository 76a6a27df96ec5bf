package dev.palisade.telemetry.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code '\n'}-terminated lines from a telemetry file as UTF-8 (malformed bytes become U+FFFD),
 * with a bound on line length so that a corrupt file without newlines cannot exhaust memory. A line
 * longer than the bound is returned as {@link #OVERSIZED}. The last line is returned even without its
 * newline; {@link #lastLineTerminated()} says whether it had one. Reads in 64 KB chunks: a full set
 * of rotated files is half a gigabyte by default.
 */
final class LineSource implements AutoCloseable {

    /** Returned in place of a line longer than the bound. */
    static final String OVERSIZED = "\u0000oversized";

    private static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private final InputStream in;
    private final byte[] chunk = new byte[64 * 1024];
    private int position;
    private int limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private boolean lastTerminated = true;

    LineSource(InputStream in) {
        this.in = in;
    }

    /** The next line without its newline, or null at the end. */
    String next() throws IOException {
        line.reset();
        boolean oversized = false;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            int start = position;
            while (position < limit && chunk[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (line.size() + length <= MAX_LINE_BYTES) {
                line.write(chunk, start, length);
            } else {
                oversized = true;
            }
            if (position < limit) {
                position++; // the newline
                lastTerminated = true;
                return oversized ? OVERSIZED : line.toString(StandardCharsets.UTF_8);
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

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
