package dev.palisade.bridge;

/**
 * Static entry points called by the servlet advice (javax and jakarta alike).
 *
 * <p>Each method catches {@link Throwable}: the advice also suppresses exceptions, but catching here
 * lets the failure be counted and reported once with its site name.
 */
public final class ServletBridge {

    private static volatile ServletHooks hooks = ServletHooks.NONE;

    private ServletBridge() {
    }

    /** Installs the runtime's hooks; later requests use them. */
    public static void install(ServletHooks newHooks) {
        hooks = newHooks == null ? ServletHooks.NONE : newHooks;
    }

    public static Object enter(Object request, Object response) {
        try {
            return hooks.enter(request, response);
        } catch (Throwable t) {
            AgentFailures.report("servlet.enter", t);
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
            AgentFailures.report("servlet.skip", t);
            return false;
        }
    }

    /**
     * Closes the scope; returns what the instrumented method should throw: {@code thrown} itself, or
     * {@code null} when it is the agent's block signal for a request the agent answered (see
     * {@link ServletHooks#swallows}).
     */
    public static Throwable exit(Object scope, Object request, Object response, Throwable thrown) {
        if (scope == null) {
            return thrown;
        }
        boolean swallow = false;
        try {
            swallow = thrown != null && hooks.swallows(scope, thrown);
        } catch (Throwable t) {
            AgentFailures.report("servlet.exit", t);
        }
        try {
            hooks.exit(scope, request, response, swallow ? null : thrown);
        } catch (Throwable t) {
            AgentFailures.report("servlet.exit", t);
        }
        return swallow ? null : thrown;
    }
}
