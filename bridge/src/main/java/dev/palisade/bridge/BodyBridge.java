package dev.palisade.bridge;

import java.io.BufferedReader;

/**
 * Entry points of the request-body tee: the advice on {@code ServletInputStream.read*} reports what
 * the application read, and {@code getReader()} results are wrapped in a {@link CapturingReader}.
 * The body is never read on the application's behalf and never altered.
 *
 * <p>A per-thread depth makes only the outermost read count: container streams often implement one
 * read method through another ({@code read(byte[])} calling {@code read(byte[], int, int)}).
 */
public final class BodyBridge {

    private static volatile BodyHooks hooks = BodyHooks.NONE;
    private static final ThreadLocal<int[]> READ_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private BodyBridge() {
    }

    public static void install(BodyHooks newHooks) {
        hooks = newHooks == null ? BodyHooks.NONE : newHooks;
    }

    /** Called on entry of a read method; returns whether this is the outermost read on the thread. */
    public static boolean enterRead() {
        try {
            return READ_DEPTH.get()[0]++ == 0;
        } catch (Throwable t) {
            AgentFailures.report("body.enter", t);
            return false;
        }
    }

    /** Exit of {@code read(byte[], int, int)}-shaped methods: {@code count} bytes at {@code offset}. */
    public static void exitRead(boolean outermost, byte[] buffer, int offset, int count) {
        try {
            READ_DEPTH.get()[0]--;
            if (outermost && count > 0 && buffer != null) {
                hooks.bytesRead(buffer, offset, count);
            }
        } catch (Throwable t) {
            AgentFailures.report("body.read", t);
        }
    }

    /** Exit of {@code read()}: {@code value} is the byte read, or -1 at the end. */
    public static void exitReadByte(boolean outermost, int value) {
        try {
            READ_DEPTH.get()[0]--;
            if (outermost && value >= 0) {
                hooks.bytesRead(new byte[] {(byte) value}, 0, 1);
            }
        } catch (Throwable t) {
            AgentFailures.report("body.read", t);
        }
    }

    /**
     * Wraps the reader returned by {@code ServletRequest.getReader()} so that what the application
     * reads is also captured. Returns the reader unchanged when no request is being served on this
     * thread or it is already wrapped (request wrappers delegate to the wrapped request).
     */
    public static BufferedReader wrapReader(BufferedReader reader) {
        try {
            if (reader == null || reader instanceof CapturingReader || !hooks.capturing()) {
                return reader;
            }
            return new CapturingReader(reader);
        } catch (Throwable t) {
            AgentFailures.report("body.reader", t);
            return reader;
        }
    }

    static void charsRead(char[] buffer, int offset, int length) {
        try {
            hooks.charsRead(buffer, offset, length);
        } catch (Throwable t) {
            AgentFailures.report("body.reader", t);
        }
    }
}
