package dev.palisade.telemetry.metrics;

/**
 * What telemetry needs to know about one finished request.
 *
 * <p>An interface so that the agent's own request context can implement it and be passed to
 * {@link EndpointMetrics#record} without allocating anything per request. {@link RequestOutcome} is
 * an immutable implementation for callers (and tests) that prefer a value. Methods are read once, on
 * the calling thread, during {@code record}.
 */
public interface CompletedRequest {

    /** The HTTP method as received; methods outside the standard set are counted as {@code _OTHER}. */
    String method();

    /** The route template, normally from {@code RouteTemplates.resolve}; null counts as {@code other}. */
    String route();

    /** The pattern of the policy rule that covered the request, or null when no rule did. */
    String policyEndpoint();

    /** Whether that rule requires a credential. */
    boolean authenticationRequired();

    /** The response status; 0 or anything outside 100–599 counts in {@code status.other}. */
    int status();

    /** Time from request entry to completion, in nanoseconds. */
    long durationNanos();

    /** Why Palisade blocked the request (e.g. {@code authentication.missing}), or null if it did not. */
    String blockedReason();

    /** The client address (already resolved against trusted proxies), or null. */
    String clientAddress();

    /** Whether the request carried any credential at all (well-formed or not). */
    boolean credentialsPresent();

    /** Request body size in bytes, or -1 when unknown. */
    long requestBytes();

    /** Response body size in bytes, or -1 when unknown. */
    long responseBytes();

    /** JDBC statements executed while serving the request. */
    int dbStatements();

    /** Total time spent in those statements, in nanoseconds. */
    long dbNanos();
}
