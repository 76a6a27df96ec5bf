package dev.palisade.bridge;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Entry points of the request-body tee: the advice on {@code ServletInputStream.read*} reports what
 * the application read, and {@code getReader()} results are wrapped in a {@link CapturingReader}.
 * The body is never read on the application's behalf and never altered.
 *
 * <p>A per-thread depth makes only the outermost read count: container streams often implement one
 * read method through another ({@code read(byte[])} calling {@code read(byte[], int, int)}).
 *
 * <p>The exit methods return {@code null}, or the exception the instrumented read must throw instead
 * of returning: the runtime blocked the request on what its body holds (issue 8). The advice
 * assigns it to its writable {@code @Advice.Thrown}; nothing else of the agent reaches the read.
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

    /**
     * Exit of {@code read(byte[], int, int)}-shaped methods: {@code count} bytes at {@code offset}, -1
     * at the end of the body; {@code failed} when the read itself threw (nothing to report then).
     */
    public static IOException exitRead(boolean outermost, byte[] buffer, int offset, int count, boolean failed) {
        try {
            READ_DEPTH.get()[0]--;
            if (!outermost || failed) {
                return null;
            }
            if (count > 0 && buffer != null) {
                return hooks.bytesRead(buffer, offset, count);
            }
            return count < 0 ? hooks.endOfBody() : null;
        } catch (Throwable t) {
            AgentFailures.report("body.read", t);
            return null;
        }
    }

    /** Exit of {@code read()}: {@code value} is the byte read, or -1 at the end. */
    public static IOException exitReadByte(boolean outermost, int value, boolean failed) {
        try {
            READ_DEPTH.get()[0]--;
            if (!outermost || failed) {
                return null;
            }
            return value >= 0 ? hooks.bytesRead(new byte[] {(byte) value}, 0, 1) : hooks.endOfBody();
        } catch (Throwable t) {
            AgentFailures.report("body.read", t);
            return null;
        }
    }

    /**
     * Exit of {@code ServletRequest.getParameter*}: the exception the call must throw because the
     * request's form body was blocked while the container parsed it, or {@code null}.
     */
    public static RuntimeException parametersBlocked() {
        try {
            return hooks.parametersBlocked();
        } catch (Throwable t) {
            AgentFailures.report("body.parameters", t);
            return null;
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

    static IOException charsRead(char[] buffer, int offset, int length) {
        try {
            return hooks.charsRead(buffer, offset, length);
        } catch (Throwable t) {
            AgentFailures.report("body.reader", t);
            return null;
        }
    }

    static IOException endOfChars() {
        try {
            return hooks.endOfBody();
        } catch (Throwable t) {
            AgentFailures.report("body.reader", t);
            return null;
        }
    }
}
