package dev.palisade.agent.jdkhttp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The {@code com.sun.net.httpserver.HttpExchange} methods the agent calls, resolved once from the
 * exported abstract class (never from the JDK's non-exported implementation class, whose methods
 * reflection may not call).
 *
 * <p>Why reflection: the agent is compiled without the {@code jdk.httpserver} module, which an
 * application may leave out of a jlinked runtime; the instrumentation only applies where a loader
 * sees the API.
 */
final class JdkHttpApi {

    private static final ClassValue<JdkHttpApi> BY_EXCHANGE_CLASS = new ClassValue<JdkHttpApi>() {
        @Override
        protected JdkHttpApi computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (EXCHANGE.equals(c.getName())) {
                    try {
                        return new JdkHttpApi(c);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    };

    static final String EXCHANGE = "com.sun.net.httpserver.HttpExchange";

    final Method getRequestMethod;
    final Method getRequestUri;
    final Method getRequestHeaders;
    final Method getResponseHeaders;
    final Method getRemoteAddress;
    final Method getResponseCode;
    final Method sendResponseHeaders;
    final Method getResponseBody;
    final Method getRequestBody;
    final Method setStreams;
    final Method getHttpContext;
    final Method contextPath;
    final Method close;

    private JdkHttpApi(Class<?> exchange) throws ReflectiveOperationException {
        getRequestMethod = exchange.getMethod("getRequestMethod");
        getRequestUri = exchange.getMethod("getRequestURI");
        getRequestHeaders = exchange.getMethod("getRequestHeaders");
        getResponseHeaders = exchange.getMethod("getResponseHeaders");
        getRemoteAddress = exchange.getMethod("getRemoteAddress");
        getResponseCode = exchange.getMethod("getResponseCode");
        sendResponseHeaders = exchange.getMethod("sendResponseHeaders", int.class, long.class);
        getResponseBody = exchange.getMethod("getResponseBody");
        getRequestBody = exchange.getMethod("getRequestBody");
        setStreams = exchange.getMethod("setStreams", java.io.InputStream.class, java.io.OutputStream.class);
        getHttpContext = exchange.getMethod("getHttpContext");
        contextPath = getHttpContext.getReturnType().getMethod("getPath");
        close = exchange.getMethod("close");
    }

    /** The API for this exchange object, or {@code null} when it is not a JDK HTTP server exchange. */
    static JdkHttpApi forExchange(Object exchange) {
        return exchange == null ? null : BY_EXCHANGE_CLASS.get(exchange.getClass());
    }

    static Object call(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(method.getName() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method.getName() + " is not accessible", e);
        }
    }
}
