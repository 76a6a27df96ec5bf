package dev.palisade.agent.grizzly;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.palisade.agent.context.HttpExchange;

/**
 * A request on the Grizzly HTTP server seen through {@link HttpExchange}.
 *
 * <p>The request body is not teed here (Grizzly's non-blocking input buffer has no wrapping API);
 * JAX-RS entities still become inputs through the resource-method hooks.
 */
public final class GrizzlyExchange implements HttpExchange {

    private final GrizzlyApi api;
    private final Object request;
    private final Object response;

    private GrizzlyExchange(GrizzlyApi api, Object request, Object response) {
        this.api = api;
        this.request = request;
        this.response = response;
    }

    /** The request seen through {@link HttpExchange}, or {@code null} when it is not a Grizzly request. */
    public static GrizzlyExchange of(Object request, Object response) {
        GrizzlyApi api = GrizzlyApi.forRequest(request);
        return api == null || response == null ? null : new GrizzlyExchange(api, request, response);
    }

    @Override
    public String method() {
        // org.glassfish.grizzly.http.Method prints as its name.
        return String.valueOf(GrizzlyApi.call(api.getMethod, request));
    }

    @Override
    public String rawUri() {
        String uri = (String) GrizzlyApi.call(api.getRequestUri, request);
        return uri == null || uri.isEmpty() ? "/" : uri;
    }

    @Override
    public String queryString() {
        return (String) GrizzlyApi.call(api.getQueryString, request);
    }

    @Override
    public String contextPath() {
        String path = (String) GrizzlyApi.call(api.getContextPath, request);
        return path == null || "/".equals(path) ? "" : path;
    }

    @Override
    public String routedPath() {
        // Grizzly maps handlers on the raw URI; the agent's normalization of it is what rules match.
        return null;
    }

    @Override
    public String peerAddress() {
        return (String) GrizzlyApi.call(api.getRemoteAddr, request);
    }

    @Override
    public String header(String name) {
        return (String) GrizzlyApi.call(api.getHeader, request, name);
    }

    @Override
    public List<String> headers(String name) {
        return list(GrizzlyApi.call(api.getHeaders, request, name));
    }

    @Override
    public List<String> headerNames() {
        return list(GrizzlyApi.call(api.getHeaderNames, request));
    }

    private static List<String> list(Object iterable) {
        List<String> values = new ArrayList<>();
        if (iterable instanceof Iterable) {
            for (Object value : (Iterable<?>) iterable) {
                values.add(String.valueOf(value));
            }
        }
        return values;
    }

    @Override
    public String frameworkRoute() {
        return null;
    }

    @Override
    public long responseContentLength() {
        Object length = GrizzlyApi.call(api.getResponseHeader, response, "Content-Length");
        try {
            return length instanceof String ? Long.parseLong(((String) length).trim()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean isCommitted() {
        return Boolean.TRUE.equals(GrizzlyApi.call(api.isCommitted, response));
    }

    @Override
    public int responseStatus() {
        return (Integer) GrizzlyApi.call(api.getStatus, response);
    }

    @Override
    public boolean respond(int status, Map<String, String> headers, byte[] body) {
        if (isCommitted()) {
            return false;
        }
        GrizzlyApi.call(api.reset, response);
        GrizzlyApi.call(api.setStatus, response, status);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            GrizzlyApi.call(api.setHeader, response, header.getKey(), header.getValue());
        }
        GrizzlyApi.call(api.setContentLength, response, body.length);
        try {
            OutputStream out = (OutputStream) GrizzlyApi.call(api.getOutputStream, response);
            out.write(body);
            out.flush();
        } catch (IOException | RuntimeException clientGone) {
            // The client went away; the answer was still decided and the handler is still skipped.
        }
        // Finished: what the application still writes (its error path after a blocked SQL
        // statement) cannot follow our answer.
        GrizzlyApi.call(api.finish, response);
        return true;
    }
}
