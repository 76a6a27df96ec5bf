package dev.palisade.instrumentation.jaxrs;

import dev.palisade.bridge.JaxRsBridge;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into JAX-RS resource methods and sub-resource locators (javax and jakarta alike).
 *
 * <p>Why a class constant and a {@code #m#d} string instead of {@code @Advice.Origin Method}: both
 * are constants in the instrumented class, while a {@code Method} would be looked up reflectively on
 * every call; the runtime resolves it once and caches what it derives from the annotations. Why
 * {@code Object[]}: the arguments' types live in the application's class loader.
 */
public final class ResourceMethodAdvice {

    private ResourceMethodAdvice() {
    }

    /**
     * Returns the skip flag: {@code true} when input inspection of the entity blocked the request
     * and already answered 403, so the method body does not run and returns its type's default
     * value into a response that is committed and closed.
     */
    @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = Advice.OnNonDefaultValue.class)
    public static boolean enter(@Advice.This Object resource, @Advice.Origin Class<?> type,
            @Advice.Origin("#m#d") String method, @Advice.AllArguments Object[] arguments) {
        return JaxRsBridge.enter(resource, type, method, arguments);
    }
}
