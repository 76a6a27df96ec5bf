package dev.palisade.instrumentation.servlet;

import dev.palisade.bridge.BodyBridge;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code ServletInputStream} implementations' {@code read()}; see {@link BodyReadArrayAdvice}. */
public final class BodyReadByteAdvice {

    private BodyReadByteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static boolean enter() {
        return BodyBridge.enterRead();
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Enter boolean outermost, @Advice.Return int value,
            @Advice.Thrown(readOnly = false) Throwable thrown) {
        java.io.IOException blocked = BodyBridge.exitReadByte(outermost, value, thrown != null);
        if (blocked != null) {
            thrown = blocked;
        }
    }
}
