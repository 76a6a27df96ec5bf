package dev.palisade.agent.servlet;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * A public interface method of the servlet API, called without compile-time types. The method
 * handle is adapted once to all-{@code Object} parameters so each call is an {@code invokeExact}.
 * Methods on the per-request path are called through {@link ServletCallSites}, which lets the
 * JIT inline them; the {@code call} methods here are for the rare paths (async, answering a request).
 */
final class Invoker {

    /** Adapted to all-{@code Object} parameters; read by {@link ServletCallSites}. */
    final MethodHandle handle;
    private final String name;

    private Invoker(MethodHandle handle, String name) {
        this.handle = handle;
        this.name = name;
    }

    /** Looks up {@code type.name(parameterTypes)}; {@code null} when this API version lacks it. */
    static Invoker find(Class<?> type, String name, Class<?>... parameterTypes) {
        try {
            Method method = type.getMethod(name, parameterTypes);
            MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
            return new Invoker(handle.asType(MethodType.genericMethodType(parameterTypes.length + 1)), name);
        } catch (NoSuchMethodException | IllegalAccessException absent) {
            return null;
        }
    }

    Object call(Object target) {
        try {
            return (Object) handle.invokeExact(target);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    Object call(Object target, Object argument) {
        try {
            return (Object) handle.invokeExact(target, argument);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    Object call(Object target, Object first, Object second) {
        try {
            return (Object) handle.invokeExact(target, first, second);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    RuntimeException failure(Throwable t) {
        if (t instanceof RuntimeException) {
            return (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new IllegalStateException("servlet API call " + name + " failed", t);
    }
}
