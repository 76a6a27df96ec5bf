package dev.palisade.instrumentation.servlet;

import dev.palisade.bridge.BodyBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code ServletInputStream} implementations' {@code read(byte[], int, int)} and
 * {@code readLine(byte[], int, int)}: reports the bytes the application just read.
 */
public final class BodyReadArrayAdvice {

    private BodyReadArrayAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static boolean enter() {
        return BodyBridge.enterRead();
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Enter boolean outermost, @Advice.Argument(0) byte[] buffer,
            @Advice.Argument(1) int offset, @Advice.Return int count) {
        BodyBridge.exitRead(outermost, buffer, offset, count);
    }
}
