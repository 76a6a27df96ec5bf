package dev.palisade.bridge;

/**
 * What the agent runtime does when a JAX-RS resource method or sub-resource locator is invoked
 * (javax.ws.rs and jakarta.ws.rs alike).
 *
 * <p>The method is named by its declaring class and its name plus descriptor ({@code #m#d}, a
 * constant string in the advice) rather than a {@code java.lang.reflect.Method}: Byte Buddy would
 * look the {@code Method} up reflectively on every call, while the runtime resolves it once per
 * method and caches it.
 */
public interface JaxRsHooks {

    /**
     * A resource method ({@code @GET}, {@code @POST}, ...) or sub-resource locator ({@code @Path}
     * only) is entered, before the application code runs.
     *
     * @param resource the resource instance ({@code this}); its class carries the class-level
     *     {@code @Path}, which may be a subclass of {@code type}
     * @param type the class declaring the instrumented method
     * @param method name and descriptor, e.g. {@code get(Ljava/lang/String;)Ljava/lang/Object;}
     * @param arguments the arguments the JAX-RS implementation passes (path parameters, entity, ...)
     * @return whether the agent answered the request (input inspection blocked it) and the method
     *     must not run
     */
    boolean enter(Object resource, Class<?> type, String method, Object[] arguments);

    /** Hooks that do nothing: installed until the runtime is ready, and when the agent is off. */
    JaxRsHooks NONE = (resource, type, method, arguments) -> false;
}
