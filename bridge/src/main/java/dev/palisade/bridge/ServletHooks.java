package dev.palisade.bridge;

/**
 * What the agent runtime does when a servlet or filter is entered and left.
 *
 * <p>Parameters are {@code Object} because the servlet API lives in application or container class
 * loaders that the bootstrap class path cannot see; the runtime inspects them reflectively.
 */
public interface ServletHooks {

    /**
     * Called at the start of every instrumented {@code Servlet.service} and {@code Filter.doFilter}.
     *
     * @return a scope that must be handed to {@link #exit}; {@code null} when there is nothing to do
     */
    Object enter(Object request, Object response);

    /**
     * Whether the scope returned by {@link #enter} asks to skip the application because the agent
     * already answered the request (a deliberate block).
     */
    boolean skipsApplication(Object scope);

    /** Called when the instrumented method returns or throws; {@code thrown} is null on return. */
    void exit(Object scope, Object request, Object response, Throwable thrown);

    /**
     * Whether {@code thrown}, escaping the method that {@code scope} belongs to, is the agent's own
     * block signal ({@link AgentBlockSignal}) for a request the agent has already answered, at the
     * outermost servlet or filter: then the method returns normally instead.
     */
    default boolean swallows(Object scope, Throwable thrown) {
        return false;
    }

    /** Hooks that do nothing: installed until the runtime is ready, and when the agent is off. */
    ServletHooks NONE = new ServletHooks() {
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
