package dev.palisade.bridge;

/**
 * Static entry points called by the advice on non-servlet HTTP server handlers. Each method catches
 * {@link Throwable}, like {@link ServletBridge}.
 */
public final class HttpServerBridge {

    private static volatile HttpServerHooks hooks = HttpServerHooks.NONE;

    private HttpServerBridge() {
    }

    /** Installs the runtime's hooks; later requests use them. */
    public static void install(HttpServerHooks newHooks) {
        hooks = newHooks == null ? HttpServerHooks.NONE : newHooks;
    }

    public static Object enter(Object request, Object response) {
        try {
            return hooks.enter(request, response);
        } catch (Throwable t) {
            AgentFailures.report("httpserver.enter", t);
            return null;
        }
    }

    public static boolean skipsApplication(Object scope) {
        if (scope == null) {
            return false;
        }
        try {
            return hooks.skipsApplication(scope);
        } catch (Throwable t) {
            AgentFailures.report("httpserver.skip", t);
            return false;
        }
    }

    public static void exit(Object scope, Object request, Object response, Throwable thrown) {
        if (scope == null) {
            return;
        }
        try {
            hooks.exit(scope, request, response, thrown);
        } catch (Throwable t) {
            AgentFailures.report("httpserver.exit", t);
        }
    }
}
