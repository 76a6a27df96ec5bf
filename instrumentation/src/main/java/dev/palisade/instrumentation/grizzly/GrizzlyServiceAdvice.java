package dev.palisade.instrumentation.grizzly;

import dev.palisade.bridge.HttpServerBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code org.glassfish.grizzly.http.server.HttpHandler.service(Request, Response)}
 * implementations. Same shape as the servlet entry advice: the enter return value is the skip flag
 * ({@code true} = the agent answered, e.g. 401, and the handler must not run) and the scope travels
 * in a local. {@code Object} parameters: Grizzly lives in the application's class loader.
 */
public final class GrizzlyServiceAdvice {

    private GrizzlyServiceAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = Advice.OnNonDefaultValue.class)
    public static boolean enter(@Advice.Argument(0) Object request, @Advice.Argument(1) Object response,
            @Advice.Local("palisadeScope") Object scope) {
        scope = HttpServerBridge.enter(request, response);
        return HttpServerBridge.skipsApplication(scope);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    public static void exit(@Advice.Argument(0) Object request, @Advice.Argument(1) Object response,
            @Advice.Local("palisadeScope") Object scope, @Advice.Thrown Throwable thrown) {
        HttpServerBridge.exit(scope, request, response, thrown);
    }
}
