package dev.palisade.instrumentation.servlet;

import dev.palisade.bridge.BodyBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code ServletInputStream} implementations' {@code read(byte[], int, int)} and
 * {@code readLine(byte[], int, int)}: reports the bytes the application just read (and the end of
 * the body). When the runtime blocks the request on its body, the exception it returns is assigned to
 * the writable {@code @Advice.Thrown}, so this read throws it instead of returning (issue 8).
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
            @Advice.Argument(1) int offset, @Advice.Return int count,
            @Advice.Thrown(readOnly = false) Throwable thrown) {
        java.io.IOException blocked = BodyBridge.exitRead(outermost, buffer, offset, count, thrown != null);
        if (blocked != null) {
            thrown = blocked;
        }
    }
}
