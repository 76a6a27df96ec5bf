package dev.palisade.instrumentation.servlet;

import dev.palisade.bridge.BodyBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code ServletRequest} implementations' {@code getParameter}, {@code getParameterValues},
 * {@code getParameterNames} and {@code getParameterMap}. Containers parse a form body inside these
 * calls and swallow a failing read there (Tomcat answers {@code null}), so when the runtime blocked
 * the request on its form body the call itself throws the runtime's exception, assigned to the
 * writable {@code @Advice.Thrown} (issue 8). An exception the call already throws is left alone.
 */
public final class ParameterReadAdvice {

    private ParameterReadAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Thrown(readOnly = false) Throwable thrown) {
        if (thrown == null) {
            RuntimeException blocked = BodyBridge.parametersBlocked();
            if (blocked != null) {
                thrown = blocked;
            }
        }
    }
}
