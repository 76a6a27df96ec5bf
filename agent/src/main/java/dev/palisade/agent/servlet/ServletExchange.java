package dev.palisade.agent.servlet;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import dev.palisade.agent.context.HttpExchange;

/** {@link HttpExchange} over a servlet request/response pair (javax or jakarta). */
final class ServletExchange implements HttpExchange {

    private final ServletApi api;
    private final Object request;
    private final Object response;
    private String contextPath;

    ServletExchange(ServletApi api, Object request, Object response) {
        this.api = api;
        this.request = request;
        this.response = response;
    }

    Object request() {
        return request;
    }

    Object response() {
        return response;
    }

    @Override
    public String method() {
        return (String) ServletCallSites.getMethod(api.getMethod, request);
    }

    @Override
    public String rawUri() {
        return (String) ServletCallSites.getRequestUri(api.getRequestUri, request);
    }

    @Override
    public String queryString() {
        return (String) ServletCallSites.getQueryString(api.getQueryString, request);
    }

    @Override
    public String contextPath() {
        String context = contextPath;
        if (context == null) {
            // Fixed for the request's life; read again when the route is resolved at completion.
            context = (String) ServletCallSites.getContextPath(api.getContextPath, request);
            context = context == null ? "" : context;
            contextPath = context;
        }
        return context;
    }

    @Override
    public String routedPath() {
        String servletPath = (String) ServletCallSites.getServletPath(api.getServletPath, request);
        String pathInfo = (String) ServletCallSites.getPathInfo(api.getPathInfo, request);
        if (servletPath == null && pathInfo == null) {
            return null;
        }
        String routed;
        if (pathInfo == null || pathInfo.isEmpty()) {
            routed = servletPath; // the common case, without a copy
        } else if (servletPath == null || servletPath.isEmpty()) {
            routed = pathInfo;
        } else {
            routed = servletPath + pathInfo;
        }
        return routed.isEmpty() ? "/" : routed;
    }

    @Override
    public String peerAddress() {
        return (String) ServletCallSites.getRemoteAddr(api.getRemoteAddr, request);
    }

    @Override
    public String header(String name) {
        return (String) ServletCallSites.getHeader(api.getHeader, request, name);
    }

    @Override
    public List<String> headers(String name) {
        return toList(ServletCallSites.getHeaders(api.getHeaders, request, name));
    }

    @Override
    public List<String> headerNames() {
        return toList(api.getHeaderNames.call(request));
    }

    private static List<String> toList(Object enumeration) {
        if (!(enumeration instanceof Enumeration)) {
            return Collections.emptyList();
        }
        Enumeration<?> values = (Enumeration<?>) enumeration;
        if (!values.hasMoreElements()) {
            return Collections.emptyList(); // the usual answer (no Cookie header), without a list
        }
        String first = String.valueOf(values.nextElement());
        if (!values.hasMoreElements()) {
            return Collections.singletonList(first);
        }
        List<String> list = new ArrayList<>(4);
        list.add(first);
        do {
            list.add(String.valueOf(values.nextElement()));
        } while (values.hasMoreElements());
        return list;
    }

    /** Spring MVC's best-matching handler pattern, set on the request while the handler runs. */
    static final String SPRING_BEST_MATCHING_PATTERN = "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

    /**
     * The route the framework served this request with: Spring MVC's best-matching pattern, else the
     * servlet mapping pattern for exact, path-prefix and extension mappings (Servlet 4+). The
     * default ({@code /}) and context-root mappings say nothing about the route and are ignored.
     */
    @Override
    public String frameworkRoute() {
        Object spring = ServletCallSites.getAttribute(api.getAttribute, request, SPRING_BEST_MATCHING_PATTERN);
        if (spring instanceof String && !((String) spring).isEmpty()) {
            return (String) spring;
        }
        if (api.getHttpServletMapping == null || api.mappingPattern == null || api.mappingMatch == null) {
            return null;
        }
        Object mapping = ServletCallSites.getHttpServletMapping(api.getHttpServletMapping, request);
        if (mapping == null) {
            return null;
        }
        Object match = ServletCallSites.mappingMatch(api.mappingMatch, mapping);
        String kind = match == null ? "" : match.toString();
        if (!kind.equals("EXACT") && !kind.equals("PATH") && !kind.equals("EXTENSION")) {
            return null;
        }
        Object pattern = ServletCallSites.mappingPattern(api.mappingPattern, mapping);
        if (!(pattern instanceof String)) {
            return null;
        }
        String contextPath = contextPath();
        // The mapping's own string when there is no context path: its hash code is already cached.
        return contextPath.isEmpty() ? (String) pattern : contextPath + pattern;
    }

    @Override
    public long responseContentLength() {
        Object length = api.getResponseHeader == null ? null
                : ServletCallSites.getResponseHeader(api.getResponseHeader, response, "Content-Length");
        if (!(length instanceof String)) {
            return -1;
        }
        try {
            return Long.parseLong(((String) length).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean isCommitted() {
        return Boolean.TRUE.equals(api.isCommitted.call(response));
    }

    @Override
    public int responseStatus() {
        Object status = api.getStatus == null ? null : ServletCallSites.getStatus(api.getStatus, response);
        return status instanceof Integer ? (Integer) status : 200;
    }

    @Override
    public boolean respond(int status, Map<String, String> headers, byte[] body) {
        if (isCommitted()) {
            return false;
        }
        // reset, not resetBuffer: what the application set before the block (its headers, a status, the
        // choice of getWriter) must not leak into the agent's answer (a block in the body read, issue 8).
        api.reset.call(response);
        api.setStatus.call(response, status);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            api.setHeader.call(response, header.getKey(), header.getValue());
        }
        api.setHeader.call(response, "Content-Length", Integer.toString(body.length));
        try {
            OutputStream out = (OutputStream) api.getOutputStream.call(response);
            out.write(body);
            out.flush();
            api.flushBuffer.call(response);
            // Closed, so that what the application still writes (its error path after a blocked
            // SQL statement) is discarded by the container instead of following our body.
            out.close();
        } catch (java.io.IOException | IllegalStateException clientGone) {
            // The client went away; the answer was still decided and the application still skipped.
        }
        return true;
    }
}
