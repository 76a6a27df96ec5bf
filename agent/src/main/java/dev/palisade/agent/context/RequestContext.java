package dev.palisade.agent.context;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.palisade.detection.sql.InputSource;
import dev.palisade.detection.sql.RequestInput;
import dev.palisade.policy.Policy;
import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.telemetry.metrics.CompletedRequest;

/**
 * Everything the agent knows about one HTTP request, from the outermost servlet entry until the
 * response is complete (or the async processing finishes). Exactly one exists per request.
 *
 * <p>Cheap fields are read when the context opens; headers, the query string and cookies are read
 * lazily from the {@link HttpExchange}, because most requests never need them.
 */
public final class RequestContext implements CompletedRequest {

    private final HttpExchange exchange;
    private final String id;
    private final String method;
    private final String path;
    private final String rawUri;
    private final String contextPath;
    private volatile String clientAddress;
    private final long startNanos;
    private final long startEpochMillis;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean answeredByAgent;
    private volatile boolean async;
    private final BodyCapture body;
    private volatile Policy policy;
    private volatile ResolvedRule rule;
    private volatile String frameworkRoute;
    private volatile String route;
    private volatile String blockedReason;
    private volatile boolean credentialsPresent;
    private volatile int finalStatus;
    private volatile long durationNanos;
    private volatile long responseBytes = -1;
    private Map<String, List<String>> queryParameters;
    private Map<String, List<String>> cookies;
    private final java.util.ArrayList<RequestInput> frameworkInputs = new java.util.ArrayList<>(0);
    private int dbStatements;
    private long dbNanos;
    private volatile Object sqlInputs;
    private volatile Object inspection;

    public RequestContext(HttpExchange exchange, long startNanos, long startEpochMillis) {
        this(exchange, startNanos, startEpochMillis, BodyCapture.DEFAULT_MAX_BYTES);
    }

    public RequestContext(HttpExchange exchange, long startNanos, long startEpochMillis, int maxBodyBytes) {
        this.exchange = exchange;
        this.body = new BodyCapture(maxBodyBytes);
        this.startNanos = startNanos;
        this.startEpochMillis = startEpochMillis;
        this.method = exchange.method();
        this.rawUri = exchange.rawUri();
        this.contextPath = exchange.contextPath();
        this.path = normalizedPath(exchange, contextPath);
        this.clientAddress = exchange.peerAddress();
        this.id = RequestIds.fromHeaderOrNew(exchange.header(RequestIds.HEADER));
    }

    /**
     * The path the server routes on: context path plus the decoded servlet path and path info when
     * the server reports them, canonicalized; else our own normalization of the raw URI.
     */
    private static String normalizedPath(HttpExchange exchange, String context) {
        String routed = exchange.routedPath();
        if (routed != null) {
            if (context == null || context.isEmpty()) {
                return PathNormalizer.canonicalize(routed);
            }
            return PathNormalizer.canonicalize(PathNormalizer.percentDecode(context) + routed);
        }
        return PathNormalizer.normalizeRawUri(exchange.rawUri());
    }

    public String id() {
        return id;
    }

    public String method() {
        return method;
    }

    /** The normalized path (context path included) that policy rules are matched against. */
    public String path() {
        return path;
    }

    /** The request URI as received, undecoded. Request data: escape before logging. */
    public String rawUri() {
        return rawUri;
    }

    public String contextPath() {
        return contextPath;
    }

    /** The socket peer, or the forwarded client address once resolved against trusted proxies. */
    public String clientAddress() {
        return clientAddress;
    }

    /** Replaces the client address (done once, at open, by the client-address step). */
    public void clientAddress(String address) {
        this.clientAddress = address;
    }

    public long startNanos() {
        return startNanos;
    }

    public long startEpochMillis() {
        return startEpochMillis;
    }

    public String header(String name) {
        return exchange.header(name);
    }

    public List<String> headers(String name) {
        return exchange.headers(name);
    }

    public List<String> headerNames() {
        return exchange.headerNames();
    }

    /** Query parameters parsed from the raw query string (never from the body). */
    public synchronized Map<String, List<String>> queryParameters() {
        if (queryParameters == null) {
            queryParameters = QueryStringParser.parse(exchange.queryString());
        }
        return queryParameters;
    }

    /** Binds the policy snapshot and the rule resolved for this request (done once, at open). */
    public void applyPolicy(Policy snapshot, ResolvedRule resolved) {
        this.policy = snapshot;
        this.rule = resolved;
    }

    /** The policy snapshot this request uses, or {@code null} when the agent runs without one. */
    public Policy policy() {
        return policy;
    }

    /** The rule that applies to this request, or {@code null} when the agent runs without a policy. */
    public ResolvedRule rule() {
        return rule;
    }

    /** The route template the framework served this request with (JAX-RS, Spring MVC), if known. */
    public String frameworkRoute() {
        return frameworkRoute;
    }

    public void frameworkRoute(String template) {
        this.frameworkRoute = template;
    }

    /** The route template telemetry counts this request under (resolved once). */
    @Override
    public String route() {
        return route;
    }

    public void route(String template) {
        this.route = template;
    }

    /** Records that Palisade blocked (or in monitor mode would have blocked) this request, and why. */
    public void blocked(String reason) {
        this.blockedReason = reason;
    }

    @Override
    public String blockedReason() {
        return blockedReason;
    }

    /** Whether the request carried any credential the policy knows of (well-formed or not). */
    public void credentialsPresent(boolean present) {
        this.credentialsPresent = present;
    }

    @Override
    public boolean credentialsPresent() {
        return credentialsPresent;
    }

    /** Fixes the outcome when the response is complete. */
    public void finish(int status, long endNanos) {
        this.finalStatus = status;
        this.durationNanos = endNanos - startNanos;
        try {
            this.responseBytes = exchange.responseContentLength();
        } catch (RuntimeException unknown) {
            this.responseBytes = -1;
        }
    }

    @Override
    public int status() {
        return finalStatus;
    }

    @Override
    public long durationNanos() {
        return durationNanos;
    }

    @Override
    public String policyEndpoint() {
        return rule == null ? null : rule.pattern();
    }

    @Override
    public boolean authenticationRequired() {
        return rule != null && rule.requiresAuthentication();
    }

    @Override
    public long requestBytes() {
        long read = body.totalBytes();
        if (read > 0) {
            return read;
        }
        String length = exchange.header("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The response body size when the response declared it ({@code Content-Length}), else -1. */
    @Override
    public long responseBytes() {
        return responseBytes;
    }

    @Override
    public synchronized int dbStatements() {
        return dbStatements;
    }

    @Override
    public synchronized long dbNanos() {
        return dbNanos;
    }

    /** Counts one JDBC execution of this request and its time (the outermost call only). */
    public synchronized void addDbStatement(long nanos) {
        dbStatements++;
        dbNanos += nanos;
    }

    /** The JDBC sink's inputs of this request, built on its first checked statement (owned by {@code jdbc}). */
    public Object sqlInputs() {
        return sqlInputs;
    }

    public void sqlInputs(Object inputs) {
        this.sqlInputs = inputs;
    }

    /** Input inspection's state for this request (owned by {@code inspect}), or {@code null}. */
    public Object inspection() {
        return inspection;
    }

    public void inspection(Object state) {
        this.inspection = state;
    }

    /** The request body as far as the application has read it (capped). */
    public BodyCapture body() {
        return body;
    }

    /**
     * Form parameters from the captured body when it is {@code application/x-www-form-urlencoded}
     * — only what the application (or its container, parsing the form) has read so far.
     */
    public Map<String, List<String>> formParameters() {
        if (body.size() == 0) {
            return java.util.Collections.emptyMap(); // no header lookup for the usual GET
        }
        String contentType = exchange.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            return java.util.Collections.emptyMap();
        }
        return QueryStringParser.parse(new String(body.bytes(), StandardCharsets.UTF_8));
    }

    public synchronized Map<String, List<String>> cookies() {
        if (cookies == null) {
            cookies = CookieHeaderParser.parse(exchange.headers("Cookie"));
        }
        return cookies;
    }

    public int responseStatus() {
        return exchange.responseStatus();
    }

    /**
     * Answers the request instead of the application with a JSON body and
     * {@code Cache-Control: no-store}.
     *
     * @return whether the answer could be written (false once the response is committed)
     */
    public boolean respondJson(int status, Map<String, String> headers, String json) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        all.put("Cache-Control", "no-store");
        boolean written = exchange.respond(status, all, json.getBytes(StandardCharsets.UTF_8));
        if (written) {
            answeredByAgent = true;
        }
        return written;
    }

    /** Whether the agent answered this request (the application must not run). */
    public boolean answeredByAgent() {
        return answeredByAgent;
    }

    public boolean isAsync() {
        return async;
    }

    public void markAsync() {
        async = true;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Marks the context closed; {@code true} only for the first caller. */
    public boolean close() {
        return closed.compareAndSet(false, true);
    }

    /** At most this many {@linkplain #addInput framework inputs} are kept per request. */
    public static final int MAX_FRAMEWORK_INPUTS = 512;

    /**
     * Adds an input that a framework decoded and the raw request does not show as such: JAX-RS path
     * parameters and the string values and keys of a deserialized entity (issue 7). The SQL sink
     * check and the input inspection read them through {@link #frameworkInputs()}. Empty values and
     * inputs beyond {@value #MAX_FRAMEWORK_INPUTS} are ignored.
     */
    public void addInput(InputSource source, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        synchronized (frameworkInputs) {
            if (frameworkInputs.size() < MAX_FRAMEWORK_INPUTS) {
                frameworkInputs.add(RequestInput.of(source, name, value));
            }
        }
        // The SQL sink's inputs, if already built, do not contain this one yet.
        sqlInputs = null;
    }

    /** The inputs added by {@link #addInput}, in order (a snapshot). */
    public List<RequestInput> frameworkInputs() {
        synchronized (frameworkInputs) {
            return frameworkInputs.isEmpty() ? List.of() : List.copyOf(frameworkInputs);
        }
    }

    public HttpExchange exchange() {
        return exchange;
    }
}
