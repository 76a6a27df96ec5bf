package dev.palisade.agent.servlet;

import java.lang.invoke.MethodHandle;

/**
 * The servlet API methods every request calls, each through its own {@link SharedCallSite} whose
 * invoker sits in a {@code static final} field, so the JIT treats it as a constant (issue 9).
 *
 * <p>Why one small method per call rather than one generic helper taking the site: the site is
 * only a constant inside a compiled method that reads the field itself. A helper with the site as
 * a parameter is a constant only where the JIT inlines the helper, and it declined to in deep call
 * chains ("callee uses too much stack"), leaving the slow path. {@link ServletApi} binds the
 * sites once it is resolved; the receiver and arguments are as in the servlet API.
 */
final class ServletCallSites {
    static final SharedCallSite GET_METHOD_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_METHOD = GET_METHOD_SITE.invoker();
    static final SharedCallSite GET_REQUEST_URI_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_REQUEST_URI = GET_REQUEST_URI_SITE.invoker();
    static final SharedCallSite GET_QUERY_STRING_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_QUERY_STRING = GET_QUERY_STRING_SITE.invoker();
    static final SharedCallSite GET_CONTEXT_PATH_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_CONTEXT_PATH = GET_CONTEXT_PATH_SITE.invoker();
    static final SharedCallSite GET_SERVLET_PATH_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_SERVLET_PATH = GET_SERVLET_PATH_SITE.invoker();
    static final SharedCallSite GET_PATH_INFO_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_PATH_INFO = GET_PATH_INFO_SITE.invoker();
    static final SharedCallSite GET_REMOTE_ADDR_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_REMOTE_ADDR = GET_REMOTE_ADDR_SITE.invoker();
    static final SharedCallSite GET_HEADER_SITE = new SharedCallSite(1);
    private static final MethodHandle GET_HEADER = GET_HEADER_SITE.invoker();
    static final SharedCallSite GET_HEADERS_SITE = new SharedCallSite(1);
    private static final MethodHandle GET_HEADERS = GET_HEADERS_SITE.invoker();
    static final SharedCallSite GET_DISPATCHER_TYPE_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_DISPATCHER_TYPE = GET_DISPATCHER_TYPE_SITE.invoker();
    static final SharedCallSite GET_ATTRIBUTE_SITE = new SharedCallSite(1);
    private static final MethodHandle GET_ATTRIBUTE = GET_ATTRIBUTE_SITE.invoker();
    static final SharedCallSite SET_ATTRIBUTE_SITE = new SharedCallSite(2);
    private static final MethodHandle SET_ATTRIBUTE = SET_ATTRIBUTE_SITE.invoker();
    static final SharedCallSite IS_ASYNC_STARTED_SITE = new SharedCallSite(0);
    private static final MethodHandle IS_ASYNC_STARTED = IS_ASYNC_STARTED_SITE.invoker();
    static final SharedCallSite GET_HTTP_SERVLET_MAPPING_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_HTTP_SERVLET_MAPPING = GET_HTTP_SERVLET_MAPPING_SITE.invoker();
    static final SharedCallSite MAPPING_PATTERN_SITE = new SharedCallSite(0);
    private static final MethodHandle MAPPING_PATTERN = MAPPING_PATTERN_SITE.invoker();
    static final SharedCallSite MAPPING_MATCH_SITE = new SharedCallSite(0);
    private static final MethodHandle MAPPING_MATCH = MAPPING_MATCH_SITE.invoker();
    static final SharedCallSite GET_STATUS_SITE = new SharedCallSite(0);
    private static final MethodHandle GET_STATUS = GET_STATUS_SITE.invoker();
    static final SharedCallSite GET_RESPONSE_HEADER_SITE = new SharedCallSite(1);
    private static final MethodHandle GET_RESPONSE_HEADER = GET_RESPONSE_HEADER_SITE.invoker();

    private ServletCallSites() {
    }

    static Object getMethod(Invoker invoker, Object target) {
        try {
            return (Object) GET_METHOD.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getRequestUri(Invoker invoker, Object target) {
        try {
            return (Object) GET_REQUEST_URI.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getQueryString(Invoker invoker, Object target) {
        try {
            return (Object) GET_QUERY_STRING.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getContextPath(Invoker invoker, Object target) {
        try {
            return (Object) GET_CONTEXT_PATH.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getServletPath(Invoker invoker, Object target) {
        try {
            return (Object) GET_SERVLET_PATH.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getPathInfo(Invoker invoker, Object target) {
        try {
            return (Object) GET_PATH_INFO.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getRemoteAddr(Invoker invoker, Object target) {
        try {
            return (Object) GET_REMOTE_ADDR.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getHeader(Invoker invoker, Object target, Object a) {
        try {
            return (Object) GET_HEADER.invokeExact(invoker.handle, target, a);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getHeaders(Invoker invoker, Object target, Object a) {
        try {
            return (Object) GET_HEADERS.invokeExact(invoker.handle, target, a);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getDispatcherType(Invoker invoker, Object target) {
        try {
            return (Object) GET_DISPATCHER_TYPE.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getAttribute(Invoker invoker, Object target, Object a) {
        try {
            return (Object) GET_ATTRIBUTE.invokeExact(invoker.handle, target, a);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object setAttribute(Invoker invoker, Object target, Object a, Object b) {
        try {
            return (Object) SET_ATTRIBUTE.invokeExact(invoker.handle, target, a, b);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object isAsyncStarted(Invoker invoker, Object target) {
        try {
            return (Object) IS_ASYNC_STARTED.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getHttpServletMapping(Invoker invoker, Object target) {
        try {
            return (Object) GET_HTTP_SERVLET_MAPPING.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object mappingPattern(Invoker invoker, Object target) {
        try {
            return (Object) MAPPING_PATTERN.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object mappingMatch(Invoker invoker, Object target) {
        try {
            return (Object) MAPPING_MATCH.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getStatus(Invoker invoker, Object target) {
        try {
            return (Object) GET_STATUS.invokeExact(invoker.handle, target);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }

    static Object getResponseHeader(Invoker invoker, Object target, Object a) {
        try {
            return (Object) GET_RESPONSE_HEADER.invokeExact(invoker.handle, target, a);
        } catch (Throwable t) {
            throw invoker.failure(t);
        }
    }
}
