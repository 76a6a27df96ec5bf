package dev.palisade.agent.context;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first bytes of a request body, as the application read them (capped). Characters read
 * through {@code getReader()} are stored as UTF-8. Thread-safe: async reads may happen on another
 * thread than the one that opened the request.
 */
public final class BodyCapture {

    /** Default cap of captured body bytes per request. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private final int maxBytes;
    private byte[] bytes = new byte[0];
    private int size;
    private long totalBytes;

    public BodyCapture(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public synchronized void append(byte[] buffer, int offset, int length) {
        totalBytes += length;
        int room = maxBytes - size;
        if (room <= 0) {
            return;
        }
        int taken = Math.min(room, length);
        if (size + taken > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(maxBytes, Math.max(size + taken, bytes.length * 2 + 256)));
        }
        System.arraycopy(buffer, offset, bytes, size, taken);
        size += taken;
    }

    public void appendChars(char[] buffer, int offset, int length) {
        byte[] encoded = new String(buffer, offset, length).getBytes(StandardCharsets.UTF_8);
        append(encoded, 0, encoded.length);
    }

    /** A copy of the captured bytes. */
    public synchronized byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    public synchronized int size() {
        return size;
    }

    /** All body bytes the application read, including those beyond the cap. */
    public synchronized long totalBytes() {
        return totalBytes;
    }

    /** Whether the application read more than was captured. */
    public synchronized boolean truncated() {
        return totalBytes > size;
    }
}
