package dev.palisade.agent.servlet;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The call site of one servlet API method on the per-request path, shared by every API version
 * and class loader, so that the JIT can inline the call into the container's method (issue 9).
 *
 * <p>Why: a {@link MethodHandle} held in an instance field ({@link Invoker}) is not a constant to
 * HotSpot; each {@code invokeExact} on it runs through un-inlined lambda forms and an interface
 * receiver check against a non-constant class, which the JFR profile showed as the agent's top
 * frame. A {@link MutableCallSite}'s dynamic invoker held in a {@code static final} field is a
 * constant, and so is the target bound here: the first API resolved (in practice the only one)
 * is called directly after an identity check of the invoker's handle; any other API's handle (a
 * second servlet API in the same JVM) is invoked as before.
 */
final class SharedCallSite {

    private static final MethodHandle SAME;

    static {
        try {
            SAME = MethodHandles.lookup().findStatic(SharedCallSite.class, "same",
                    MethodType.methodType(boolean.class, MethodHandle.class, MethodHandle.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MutableCallSite site;
    private boolean bound;

    /** A site for a method taking {@code arity} arguments besides its receiver. */
    SharedCallSite(int arity) {
        MethodType type = MethodType.genericMethodType(arity + 1).insertParameterTypes(0, MethodHandle.class);
        this.site = new MutableCallSite(MethodHandles.exactInvoker(MethodType.genericMethodType(arity + 1)));
        if (!site.type().equals(type)) {
            throw new IllegalStateException("unexpected call site type " + site.type());
        }
    }

    /**
     * The handle to keep in a {@code static final} field and call as
     * {@code (Object) invoker.invokeExact(Invoker handle, receiver, arguments...)}.
     */
    MethodHandle invoker() {
        return site.dynamicInvoker();
    }

    /** Makes {@code handle} the direct target of this site, if no other handle was bound first. */
    synchronized void bind(MethodHandle handle) {
        if (bound) {
            return;
        }
        bound = true;
        MethodHandle fallback = site.getTarget();
        MethodHandle direct = MethodHandles.dropArguments(handle, 0, MethodHandle.class);
        site.setTarget(MethodHandles.guardWithTest(MethodHandles.insertArguments(SAME, 0, handle), direct, fallback));
        MutableCallSite.syncAll(new MutableCallSite[] {site});
    }

    private static boolean same(MethodHandle bound, MethodHandle passed) {
        return bound == passed;
    }
}
