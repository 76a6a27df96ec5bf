package dev.palisade.agent.grizzly;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The Grizzly {@code Request} and {@code Response} methods the agent calls, resolved once per
 * request class. Why reflection: Grizzly lives in the application's class loader, which the agent's
 * loader cannot see.
 */
final class GrizzlyApi {

    static final String REQUEST = "org.glassfish.grizzly.http.server.Request";
    static final String RESPONSE = "org.glassfish.grizzly.http.server.Response";

    private static final ClassValue<GrizzlyApi> BY_REQUEST_CLASS = new ClassValue<GrizzlyApi>() {
        @Override
        protected GrizzlyApi computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (REQUEST.equals(c.getName())) {
                    try {
                        return new GrizzlyApi(c, Class.forName(RESPONSE, false, c.getClassLoader()));
                    } catch (ReflectiveOperationException | LinkageError e) {
                        return null;
                    }
                }
            }
            return null;
        }
    };

    final Method getMethod;
    final Method getRequestUri;
    final Method getQueryString;
    final Method getContextPath;
    final Method getRemoteAddr;
    final Method getHeader;
    final Method getHeaders;
    final Method getHeaderNames;
    final Method getStatus;
    final Method isCommitted;
    final Method reset;
    final Method setStatus;
    final Method setHeader;
    final Method getResponseHeader;
    final Method setContentLength;
    final Method getOutputStream;
    final Method finish;

    private GrizzlyApi(Class<?> request, Class<?> response) throws ReflectiveOperationException {
        getMethod = request.getMethod("getMethod");
        getRequestUri = request.getMethod("getRequestURI");
        getQueryString = request.getMethod("getQueryString");
        getContextPath = request.getMethod("getContextPath");
        getRemoteAddr = request.getMethod("getRemoteAddr");
        getHeader = request.getMethod("getHeader", String.class);
        getHeaders = request.getMethod("getHeaders", String.class);
        getHeaderNames = request.getMethod("getHeaderNames");
        getStatus = response.getMethod("getStatus");
        isCommitted = response.getMethod("isCommitted");
        reset = response.getMethod("reset");
        setStatus = response.getMethod("setStatus", int.class);
        setHeader = response.getMethod("setHeader", String.class, String.class);
        getResponseHeader = response.getMethod("getHeader", String.class);
        setContentLength = response.getMethod("setContentLength", int.class);
        getOutputStream = response.getMethod("getOutputStream");
        finish = response.getMethod("finish");
    }

    /** The API for this request object, or {@code null} when it is not a Grizzly request. */
    static GrizzlyApi forRequest(Object request) {
        return request == null ? null : BY_REQUEST_CLASS.get(request.getClass());
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
