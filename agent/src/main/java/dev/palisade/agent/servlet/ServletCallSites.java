package dev.palisade.agent.servlet;

import java.lang.invoke.MethodHandle;

/**
 * The servlet API methods every request calls, each as a {@code static final} site invoker so
 * the JIT treats it as a constant (see {@link SharedCallSite}). Call as
 * {@code Invoker.call(ServletCallSites.GET_METHOD, api.getMethod, request)}; {@link ServletApi}
 * binds the sites when it resolves the methods.
 */
final class ServletCallSites {

    static final SharedCallSite GET_METHOD_SITE = new SharedCallSite(0);
    static final MethodHandle GET_METHOD = GET_METHOD_SITE.invoker();
    static final SharedCallSite GET_REQUEST_URI_SITE = new SharedCallSite(0);
    static final MethodHandle GET_REQUEST_URI = GET_REQUEST_URI_SITE.invoker();
    static final SharedCallSite GET_QUERY_STRING_SITE = new SharedCallSite(0);
    static final MethodHandle GET_QUERY_STRING = GET_QUERY_STRING_SITE.invoker();
    static final SharedCallSite GET_CONTEXT_PATH_SITE = new SharedCallSite(0);
    static final MethodHandle GET_CONTEXT_PATH = GET_CONTEXT_PATH_SITE.invoker();
    static final SharedCallSite GET_SERVLET_PATH_SITE = new SharedCallSite(0);
    static final MethodHandle GET_SERVLET_PATH = GET_SERVLET_PATH_SITE.invoker();
    static final SharedCallSite GET_PATH_INFO_SITE = new SharedCallSite(0);
    static final MethodHandle GET_PATH_INFO = GET_PATH_INFO_SITE.invoker();
    static final SharedCallSite GET_REMOTE_ADDR_SITE = new SharedCallSite(0);
    static final MethodHandle GET_REMOTE_ADDR = GET_REMOTE_ADDR_SITE.invoker();
    static final SharedCallSite GET_HEADER_SITE = new SharedCallSite(1);
    static final MethodHandle GET_HEADER = GET_HEADER_SITE.invoker();
    static final SharedCallSite GET_HEADERS_SITE = new SharedCallSite(1);
    static final MethodHandle GET_HEADERS = GET_HEADERS_SITE.invoker();
    static final SharedCallSite GET_DISPATCHER_TYPE_SITE = new SharedCallSite(0);
    static final MethodHandle GET_DISPATCHER_TYPE = GET_DISPATCHER_TYPE_SITE.invoker();
    static final SharedCallSite GET_ATTRIBUTE_SITE = new SharedCallSite(1);
    static final MethodHandle GET_ATTRIBUTE = GET_ATTRIBUTE_SITE.invoker();
    static final SharedCallSite SET_ATTRIBUTE_SITE = new SharedCallSite(2);
    static final MethodHandle SET_ATTRIBUTE = SET_ATTRIBUTE_SITE.invoker();
    static final SharedCallSite IS_ASYNC_STARTED_SITE = new SharedCallSite(0);
    static final MethodHandle IS_ASYNC_STARTED = IS_ASYNC_STARTED_SITE.invoker();
    static final SharedCallSite GET_HTTP_SERVLET_MAPPING_SITE = new SharedCallSite(0);
    static final MethodHandle GET_HTTP_SERVLET_MAPPING = GET_HTTP_SERVLET_MAPPING_SITE.invoker();
    static final SharedCallSite MAPPING_PATTERN_SITE = new SharedCallSite(0);
    static final MethodHandle MAPPING_PATTERN = MAPPING_PATTERN_SITE.invoker();
    static final SharedCallSite MAPPING_MATCH_SITE = new SharedCallSite(0);
    static final MethodHandle MAPPING_MATCH = MAPPING_MATCH_SITE.invoker();
    static final SharedCallSite GET_STATUS_SITE = new SharedCallSite(0);
    static final MethodHandle GET_STATUS = GET_STATUS_SITE.invoker();
    static final SharedCallSite GET_RESPONSE_HEADER_SITE = new SharedCallSite(1);
    static final MethodHandle GET_RESPONSE_HEADER = GET_RESPONSE_HEADER_SITE.invoker();

    private ServletCallSites() {
    }
}
