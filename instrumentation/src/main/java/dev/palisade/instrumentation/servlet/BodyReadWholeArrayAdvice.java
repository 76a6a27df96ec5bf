package dev.palisade.instrumentation.servlet;

import dev.palisade.bridge.BodyBridge;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code ServletInputStream} implementations' {@code read(byte[])}; see {@link BodyReadArrayAdvice}. */
public final class BodyReadWholeArrayAdvice {

    private BodyReadWholeArrayAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static boolean enter() {
        return BodyBridge.enterRead();
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Enter boolean outermost, @Advice.Argument(0) byte[] buffer,
            @Advice.Return int count, @Advice.Thrown(readOnly = false) Throwable thrown) {
        java.io.IOException blocked = BodyBridge.exitRead(outermost, buffer, 0, count, thrown != null);
        if (blocked != null) {
            thrown = blocked;
        }
    }
}
