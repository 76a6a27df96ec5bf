package dev.palisade.bridge;

/**
 * What the agent runtime does when a request enters an HTTP server that is not a servlet container
 * (the JDK's {@code com.sun.net.httpserver} and Grizzly, which Jersey's JDK HTTP and Grizzly
 * containers run on).
 *
 * <p>Same contract as {@link ServletHooks}: {@link #enter} returns a scope that must be handed to
 * {@link #exit}; the scope can ask to skip the handler because the agent already answered.
 */
public interface HttpServerHooks {

    /**
     * Called at the start of every instrumented handler; {@code null} when there is nothing to do.
     *
     * @param request the server's request (the JDK server's {@code HttpExchange}, Grizzly's {@code Request})
     * @param response the server's response, or {@code null} when the request object is both (JDK server)
     */
    Object enter(Object request, Object response);

    /** Whether the agent already answered the request (a deliberate block): skip the handler. */
    boolean skipsApplication(Object scope);

    /** Called when the handler returns or throws; {@code thrown} is null on return. */
    void exit(Object scope, Object request, Object response, Throwable thrown);

    /** Hooks that do nothing: installed until the runtime is ready, and when the agent is off. */
    HttpServerHooks NONE = new HttpServerHooks() {
        @Override
        public Object enter(Object request, Object response) {
            return null;
        }

        @Override
        public boolean skipsApplication(Object scope) {
            return false;
        }

        @Override
        public void exit(Object scope, Object request, Object response, Throwable thrown) {
        }
    };
}
