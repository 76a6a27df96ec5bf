package dev.palisade.instrumentation.servlet;

import java.io.BufferedReader;

import dev.palisade.bridge.BodyBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code ServletRequest.getReader()} implementations: the returned reader is wrapped
 * so characters the application reads are captured too (containers read those from their own
 * buffers, not through the {@code ServletInputStream}).
 */
public final class GetReaderAdvice {

    private GetReaderAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return(readOnly = false) BufferedReader reader) {
        reader = BodyBridge.wrapReader(reader);
    }
}
