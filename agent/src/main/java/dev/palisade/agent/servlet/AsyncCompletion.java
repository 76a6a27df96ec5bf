package dev.palisade.agent.servlet;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

import dev.palisade.agent.context.RequestContext;

/**
 * The {@code AsyncListener} (as a {@link java.lang.reflect.Proxy}, since the interface lives in the
 * container's class loader) that closes a request context when async processing completes.
 * {@code onComplete} follows {@code onError} and {@code onTimeout} too, so it is the one place that
 * closes; the others only remember the outcome. {@code onStartAsync} re-registers, because a new
 * {@code startAsync} drops the listeners.
 */
final class AsyncCompletion implements InvocationHandler {

    private final ServletApi api;
    private final RequestContext context;
    private final ServletRequestHooks hooks;
    private volatile Throwable failure;

    AsyncCompletion(ServletApi api, RequestContext context, ServletRequestHooks hooks) {
        this.api = api;
        this.context = context;
        this.hooks = hooks;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) {
        try {
            switch (method.getName()) {
                case "onComplete":
                    int status = context.responseStatus();
                    hooks.close(context, failure != null && status < 400 ? 500 : status, failure);
                    return null;
                case "onError":
                case "onTimeout":
                    failure = new IllegalStateException("async " + method.getName().substring(2).toLowerCase());
                    return null;
                case "onStartAsync":
                    Object asyncContext = api.asyncEventContext.call(arguments[0]);
                    api.addAsyncListener.call(asyncContext, proxy);
                    return null;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == arguments[0];
                case "toString":
                    return "PalisadeAsyncListener[" + context.id() + "]";
                default:
                    return null;
            }
        } catch (Throwable t) {
            hooks.asyncFailure(t);
            return null;
        }
    }
}
