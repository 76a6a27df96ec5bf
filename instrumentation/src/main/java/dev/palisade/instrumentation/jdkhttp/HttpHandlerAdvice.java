package dev.palisade.instrumentation.jdkhttp;

import dev.palisade.bridge.HttpServerBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code com.sun.net.httpserver.HttpHandler.handle(HttpExchange)} implementations.
 *
 * <p>Same shape as the servlet entry advice: the enter return value is the skip flag ({@code true}
 * = the agent answered, e.g. 401, and the handler must not run) and the scope travels in a local.
 * {@code Object} parameter: the exchange type lives in the {@code jdk.httpserver} module, which the
 * bridge on the bootstrap class path does not read.
 */
public final class HttpHandlerAdvice {

    private HttpHandlerAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = Advice.OnNonDefaultValue.class)
    public static boolean enter(@Advice.Argument(0) Object exchange,
            @Advice.Local("palisadeScope") Object scope) {
        scope = HttpServerBridge.enter(exchange, null);
        return HttpServerBridge.skipsApplication(scope);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Argument(0) Object exchange,
            @Advice.Local("palisadeScope") Object scope,
            @Advice.Thrown Throwable thrown) {
        HttpServerBridge.exit(scope, exchange, null, thrown);
    }
}
