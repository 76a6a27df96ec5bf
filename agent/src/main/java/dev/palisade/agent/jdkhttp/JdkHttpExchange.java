package dev.palisade.agent.jdkhttp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.palisade.agent.context.BodyCapture;
import dev.palisade.agent.context.HttpExchange;

/**
 * A request on the JDK's built-in HTTP server ({@code com.sun.net.httpserver}), seen through
 * {@link HttpExchange}. Request headers are a case-insensitive {@code Map<String, List<String>>}
 * ({@code Headers}), read directly; everything else goes through {@link JdkHttpApi}.
 */
public final class JdkHttpExchange implements HttpExchange {

    private final JdkHttpApi api;
    private final Object exchange;
    private final URI uri;

    private JdkHttpExchange(JdkHttpApi api, Object exchange) {
        this.api = api;
        this.exchange = exchange;
        this.uri = (URI) JdkHttpApi.call(api.getRequestUri, exchange);
    }

    /** The exchange seen through {@link HttpExchange}, or {@code null} when it is not a JDK HTTP server exchange. */
    public static JdkHttpExchange of(Object exchange) {
        JdkHttpApi api = JdkHttpApi.forExchange(exchange);
        return api == null ? null : new JdkHttpExchange(api, exchange);
    }

    /**
     * Tees what the application reads from the request body into {@code capture}, through
     * {@code HttpExchange.setStreams}, the JDK's API for filters to wrap the streams.
     */
    public void teeBodyInto(BodyCapture capture) {
        InputStream body = (InputStream) JdkHttpApi.call(api.getRequestBody, exchange);
        JdkHttpApi.call(api.setStreams, exchange, new CapturingInputStream(body, capture), null);
    }

    @Override
    public String method() {
        return (String) JdkHttpApi.call(api.getRequestMethod, exchange);
    }

    @Override
    public String rawUri() {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    public String queryString() {
        return uri.getRawQuery();
    }

    @Override
    public String contextPath() {
        // The path the handler's HttpContext was created with; "/" is the root context.
        Object context = JdkHttpApi.call(api.getHttpContext, exchange);
        String path = (String) JdkHttpApi.call(api.contextPath, context);
        if (path == null || "/".equals(path)) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public String routedPath() {
        // The JDK server routes on the raw URI's path by prefix; the agent's own normalization of
        // the raw URI is the reading policy rules are matched against.
        return null;
    }

    @Override
    public String peerAddress() {
        Object address = JdkHttpApi.call(api.getRemoteAddress, exchange);
        if (address instanceof InetSocketAddress) {
            InetSocketAddress socket = (InetSocketAddress) address;
            return socket.getAddress() == null ? socket.getHostString() : socket.getAddress().getHostAddress();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> requestHeaders() {
        return (Map<String, List<String>>) JdkHttpApi.call(api.getRequestHeaders, exchange);
    }

    @Override
    public String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public List<String> headers(String name) {
        // Headers normalizes key case itself ("content-type" -> "Content-type").
        List<String> values = requestHeaders().get(name);
        return values == null ? List.of() : values;
    }

    @Override
    public List<String> headerNames() {
        return new ArrayList<>(requestHeaders().keySet());
    }

    @Override
    public String frameworkRoute() {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public long responseContentLength() {
        Map<String, List<String>> headers =
                (Map<String, List<String>>) JdkHttpApi.call(api.getResponseHeaders, exchange);
        List<String> length = headers.get("Content-Length");
        try {
            return length == null || length.isEmpty() ? -1 : Long.parseLong(length.get(0).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean isCommitted() {
        return responseStatus() > 0;
    }

    /** The status sent with the response headers, or -1 before they are sent. */
    @Override
    public int responseStatus() {
        return (Integer) JdkHttpApi.call(api.getResponseCode, exchange);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean respond(int status, Map<String, String> headers, byte[] body) {
        if (isCommitted()) {
            return false;
        }
        Map<String, List<String>> responseHeaders =
                (Map<String, List<String>>) JdkHttpApi.call(api.getResponseHeaders, exchange);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            responseHeaders.put(header.getKey(), new ArrayList<>(List.of(header.getValue())));
        }
        try {
            JdkHttpApi.call(api.sendResponseHeaders, exchange, status, body.length == 0 ? -1L : (long) body.length);
            OutputStream out = (OutputStream) JdkHttpApi.call(api.getResponseBody, exchange);
            out.write(body);
            out.close();
        } catch (IOException | RuntimeException clientGone) {
            // The client went away; the answer was still decided and the handler is still skipped.
        }
        JdkHttpApi.call(api.close, exchange);
        return true;
    }
}
