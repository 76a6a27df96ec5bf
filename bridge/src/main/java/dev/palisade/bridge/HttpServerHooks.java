package dev.palisade.bridge;

/**
 * What the agent runtime does when a request enters an HTTP server that is not a servlet container
 * (the JDK's {@code com.sun.net.httpserver}, which Jersey's JDK HTTP container runs on).
 *
 * <p>Same contract as {@link ServletHooks}: {@link #enter} returns a scope that must be handed to
 * {@link #exit}; the scope can ask to skip the handler because the agent already answered.
 */
public interface HttpServerHooks {

    /** Called at the start of every instrumented handler; {@code null} when there is nothing to do. */
    Object enter(Object exchange);

    /** Whether the agent already answered the request (a deliberate block): skip the handler. */
    boolean skipsApplication(Object scope);

    /** Called when the handler returns or throws; {@code thrown} is null on return. */
    void exit(Object scope, Object exchange, Throwable thrown);

    /** Hooks that do nothing: installed until the runtime is ready, and when the agent is off. */
    HttpServerHooks NONE = new HttpServerHooks() {
        @Override
        public Object enter(Object exchange) {
            return null;
        }

        @Override
        public boolean skipsApplication(Object scope) {
            return false;
        }

        @Override
        public void exit(Object scope, Object exchange, Throwable thrown) {
        }
    };
}
