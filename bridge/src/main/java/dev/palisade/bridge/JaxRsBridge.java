package dev.palisade.bridge;

/**
 * Static entry point called by the JAX-RS resource method advice. Catches {@link Throwable}, so a
 * failure is counted once with its site name and never reaches the application.
 */
public final class JaxRsBridge {

    private static volatile JaxRsHooks hooks = JaxRsHooks.NONE;

    private JaxRsBridge() {
    }

    /** Installs the runtime's hooks; later invocations use them. */
    public static void install(JaxRsHooks newHooks) {
        hooks = newHooks == null ? JaxRsHooks.NONE : newHooks;
    }

    /** Returns whether the method must be skipped because the agent answered the request. */
    public static boolean enter(Object resource, Class<?> type, String method, Object[] arguments) {
        try {
            return hooks.enter(resource, type, method, arguments);
        } catch (Throwable t) {
            AgentFailures.report("jaxrs.enter", t);
            return false;
        }
    }
}
