package dev.palisade.instrumentation.servlet;

import dev.palisade.bridge.ServletBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code Servlet.service(ServletRequest, ServletResponse)} and
 * {@code Filter.doFilter(ServletRequest, ServletResponse, FilterChain)} implementations, for
 * javax and jakarta alike.
 *
 * <p>Why {@code Object} parameters: the code is copied into classes of many class loaders and may
 * only name the bridge (bootstrap) and the JDK. Why a local instead of the enter return value: the
 * return value is the skip flag ({@code true} = the agent answered, do not run the application),
 * and the exit advice still needs the scope to close what enter opened.
 */
public final class ServletEntryAdvice {

    private ServletEntryAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = Advice.OnNonDefaultValue.class)
    public static boolean enter(@Advice.Argument(0) Object request,
            @Advice.Argument(1) Object response,
            @Advice.Local("palisadeScope") Object scope) {
        scope = ServletBridge.enter(request, response);
        return ServletBridge.skipsApplication(scope);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Argument(0) Object request,
            @Advice.Argument(1) Object response,
            @Advice.Local("palisadeScope") Object scope,
            @Advice.Thrown(readOnly = false) Throwable thrown) {
        // null drops the agent's own block signal once the agent has answered (no container error log)
        thrown = ServletBridge.exit(scope, request, response, thrown);
    }
}
