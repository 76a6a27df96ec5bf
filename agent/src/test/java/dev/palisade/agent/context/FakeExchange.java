package dev.palisade.agent.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/** An {@link HttpExchange} for step tests: a request as given, the agent's answer recorded. */
public final class FakeExchange implements HttpExchange {

    private final String method;
    private final String rawUri;
    private final String query;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    public int answeredStatus;
    public Map<String, String> answeredHeaders;
    public String answeredBody;
    /** Set to simulate a response the application already committed: {@link #respond} then fails. */
    public boolean committed;

    public FakeExchange(String method, String rawUri, String query) {
        this.method = method;
        this.rawUri = rawUri;
        this.query = query;
    }

    public FakeExchange header(String name, String value) {
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
        return this;
    }

    @Override public String method() { return method; }
    @Override public String rawUri() { return rawUri; }
    @Override public String queryString() { return query; }
    @Override public String contextPath() { return ""; }
    @Override public String routedPath() { return null; }
    @Override public String peerAddress() { return "127.0.0.1"; }

    @Override
    public String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override public List<String> headerNames() { return new ArrayList<>(headers.keySet()); }
    @Override public String frameworkRoute() { return null; }
    @Override public long responseContentLength() { return -1; }
    @Override public boolean isCommitted() { return committed || answeredBody != null; }
    @Override public int responseStatus() { return answeredStatus == 0 ? 200 : answeredStatus; }

    @Override
    public boolean respond(int status, Map<String, String> responseHeaders, byte[] body) {
        if (committed) {
            return false;
        }
        answeredStatus = status;
        answeredHeaders = responseHeaders;
        answeredBody = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return true;
    }
}
