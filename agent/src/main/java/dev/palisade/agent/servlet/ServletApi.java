package dev.palisade.agent.servlet;

/**
 * The servlet API methods the agent calls, resolved for one API package ({@code javax.servlet} or
 * {@code jakarta.servlet}) in one class loader.
 *
 * <p>Why reflection: the agent runtime lives in the system class loader, which on application
 * servers cannot see the servlet API (it sits in the container's loader), and one runtime serves
 * both packages. Lookups happen once per request class ({@link #forRequest}); calls are
 * {@code invokeExact} on adapted method handles.
 */
final class ServletApi {

    private static final ClassValue<ServletApi> BY_REQUEST_CLASS = new ClassValue<ServletApi>() {
        @Override
        protected ServletApi computeValue(Class<?> requestClass) {
            return resolve(requestClass);
        }
    };

    /**
     * One API per {@code HttpServletRequest} interface, shared by all its request classes (a
     * container's request and its wrappers), so that they all hit the {@link SharedCallSite}s' direct path.
     */
    private static final ClassValue<ServletApi> BY_INTERFACE = new ClassValue<ServletApi>() {
        @Override
        protected ServletApi computeValue(Class<?> httpRequest) {
            String name = httpRequest.getName();
            try {
                return new ServletApi(name.substring(0, name.length() - ".http.HttpServletRequest".length()), httpRequest);
            } catch (ClassNotFoundException | LinkageError incomplete) {
                return null;
            }
        }
    };

    final String apiPackage;
    final Invoker getMethod;
    final Invoker getRequestUri;
    final Invoker getQueryString;
    final Invoker getContextPath;
    final Invoker getServletPath;
    final Invoker getPathInfo;
    final Invoker getRemoteAddr;
    final Invoker getHeader;
    final Invoker getHeaders;
    final Invoker getHeaderNames;
    final Invoker getDispatcherType;
    final Invoker getAttribute;
    final Invoker setAttribute;
    final Invoker isAsyncStarted;
    final Invoker getAsyncContext;
    final Invoker addAsyncListener;
    final Invoker asyncEventContext;
    final Class<?> asyncListenerType;
    /** {@code getHttpServletMapping()} (Servlet 4+), or null on Servlet 3.1. */
    final Invoker getHttpServletMapping;
    final Invoker mappingPattern;
    final Invoker mappingMatch;
    final Invoker getStatus;
    final Invoker isCommitted;
    final Invoker getResponseHeader;
    final Invoker setStatus;
    final Invoker setHeader;
    final Invoker reset;
    final Invoker getOutputStream;
    final Invoker flushBuffer;

    private ServletApi(String apiPackage, Class<?> request) throws ClassNotFoundException {
        this.apiPackage = apiPackage;
        ClassLoader loader = request.getClassLoader();
        Class<?> response = Class.forName(apiPackage + ".http.HttpServletResponse", false, loader);
        Class<?> asyncContext = Class.forName(apiPackage + ".AsyncContext", false, loader);
        Class<?> asyncEvent = Class.forName(apiPackage + ".AsyncEvent", false, loader);
        asyncListenerType = Class.forName(apiPackage + ".AsyncListener", false, loader);
        getMethod = Invoker.find(request, "getMethod");
        getRequestUri = Invoker.find(request, "getRequestURI");
        getQueryString = Invoker.find(request, "getQueryString");
        getContextPath = Invoker.find(request, "getContextPath");
        getServletPath = Invoker.find(request, "getServletPath");
        getPathInfo = Invoker.find(request, "getPathInfo");
        getRemoteAddr = Invoker.find(request, "getRemoteAddr");
        getHeader = Invoker.find(request, "getHeader", String.class);
        getHeaders = Invoker.find(request, "getHeaders", String.class);
        getHeaderNames = Invoker.find(request, "getHeaderNames");
        getDispatcherType = Invoker.find(request, "getDispatcherType");
        getAttribute = Invoker.find(request, "getAttribute", String.class);
        setAttribute = Invoker.find(request, "setAttribute", String.class, Object.class);
        isAsyncStarted = Invoker.find(request, "isAsyncStarted");
        getAsyncContext = Invoker.find(request, "getAsyncContext");
        addAsyncListener = Invoker.find(asyncContext, "addListener", asyncListenerType);
        asyncEventContext = Invoker.find(asyncEvent, "getAsyncContext");
        getHttpServletMapping = Invoker.find(request, "getHttpServletMapping");
        Class<?> mapping = optionalClass(apiPackage + ".http.HttpServletMapping", loader);
        mappingPattern = mapping == null ? null : Invoker.find(mapping, "getPattern");
        mappingMatch = mapping == null ? null : Invoker.find(mapping, "getMappingMatch");
        getStatus = Invoker.find(response, "getStatus");
        isCommitted = Invoker.find(response, "isCommitted");
        getResponseHeader = Invoker.find(response, "getHeader", String.class);
        setStatus = Invoker.find(response, "setStatus", int.class);
        setHeader = Invoker.find(response, "setHeader", String.class, String.class);
        reset = Invoker.find(response, "reset");
        getOutputStream = Invoker.find(response, "getOutputStream");
        flushBuffer = Invoker.find(response, "flushBuffer");
    }

    /**
     * Binds the shared call sites to this API's handles; a site keeps the first API bound to it.
     * Called on the instance {@link #BY_INTERFACE} holds, after {@code get} returned it: a
     * {@link ClassValue} may compute a value twice when threads race, and only the instance it
     * keeps is ever used, so only that one may take the sites' direct path.
     */
    private void bindSites() {
        bind(ServletCallSites.GET_METHOD_SITE, getMethod);
        bind(ServletCallSites.GET_REQUEST_URI_SITE, getRequestUri);
        bind(ServletCallSites.GET_QUERY_STRING_SITE, getQueryString);
        bind(ServletCallSites.GET_CONTEXT_PATH_SITE, getContextPath);
        bind(ServletCallSites.GET_SERVLET_PATH_SITE, getServletPath);
        bind(ServletCallSites.GET_PATH_INFO_SITE, getPathInfo);
        bind(ServletCallSites.GET_REMOTE_ADDR_SITE, getRemoteAddr);
        bind(ServletCallSites.GET_HEADER_SITE, getHeader);
        bind(ServletCallSites.GET_HEADERS_SITE, getHeaders);
        bind(ServletCallSites.GET_DISPATCHER_TYPE_SITE, getDispatcherType);
        bind(ServletCallSites.GET_ATTRIBUTE_SITE, getAttribute);
        bind(ServletCallSites.SET_ATTRIBUTE_SITE, setAttribute);
        bind(ServletCallSites.IS_ASYNC_STARTED_SITE, isAsyncStarted);
        bind(ServletCallSites.GET_HTTP_SERVLET_MAPPING_SITE, getHttpServletMapping);
        bind(ServletCallSites.MAPPING_PATTERN_SITE, mappingPattern);
        bind(ServletCallSites.MAPPING_MATCH_SITE, mappingMatch);
        bind(ServletCallSites.GET_STATUS_SITE, getStatus);
        bind(ServletCallSites.GET_RESPONSE_HEADER_SITE, getResponseHeader);
    }

    private static void bind(SharedCallSite site, Invoker invoker) {
        if (invoker != null) {
            site.bind(invoker.handle);
        }
    }

    private static Class<?> optionalClass(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    /** The API for this request object, or {@code null} when it is not an HTTP servlet request. */
    static ServletApi forRequest(Object request) {
        return request == null ? null : BY_REQUEST_CLASS.get(request.getClass());
    }

    private static ServletApi resolve(Class<?> requestClass) {
        Class<?> httpRequest = findInterface(requestClass, "javax.servlet.http.HttpServletRequest");
        if (httpRequest == null) {
            httpRequest = findInterface(requestClass, "jakarta.servlet.http.HttpServletRequest");
        }
        if (httpRequest == null) {
            return null;
        }
        ServletApi api = BY_INTERFACE.get(httpRequest);
        if (api != null) {
            api.bindSites();
        }
        return api;
    }

    private static Class<?> findInterface(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> candidate : c.getInterfaces()) {
                Class<?> found = candidate.getName().equals(name) ? candidate : findInterface(candidate, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** {@code "REQUEST"}, {@code "FORWARD"}, {@code "INCLUDE"}, {@code "ASYNC"} or {@code "ERROR"}. */
    String dispatcherType(Object request) {
        Object type = ServletCallSites.getDispatcherType(getDispatcherType, request);
        return type == null ? "REQUEST" : type.toString();
    }
}
