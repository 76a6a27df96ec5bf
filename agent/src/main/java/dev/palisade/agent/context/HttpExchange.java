package dev.palisade.agent.context;

import java.util.List;
import java.util.Map;

/**
 * The agent's view of one HTTP exchange, independent of the server technology (servlet javax or
 * jakarta today; non-servlet JAX-RS containers later). Implementations read lazily from the
 * server's objects and never consume the request body.
 */
public interface HttpExchange {

    String method();

    /** The request URI as received: not decoded, without the query string. */
    String rawUri();

    /** The raw query string without {@code ?}, or {@code null}. */
    String queryString();

    /** The context path the server routes on ({@code ""} for the root context). */
    String contextPath();

    /**
     * The decoded path inside the context on which the server routed this request
     * (servlet path + path info), or {@code null} when the server does not say.
     */
    String routedPath();

    /** The socket peer's address. */
    String peerAddress();

    /** First value of a header (case-insensitive name), or {@code null}. */
    String header(String name);

    /** Every value of a header, in order; empty when absent. */
    List<String> headers(String name);

    /** Names of all request headers. */
    List<String> headerNames();

    /** The route template the framework served the request with, or {@code null}; read at completion. */
    String frameworkRoute();

    /** The response's declared {@code Content-Length}, or -1 when unknown (e.g. chunked). */
    long responseContentLength();

    /** Whether response headers were already sent. */
    boolean isCommitted();

    /** The response status as currently set. */
    int responseStatus();

    /**
     * Answers the request instead of the application: status, headers and body.
     *
     * @return {@code false} when the response was already committed and could not be replaced
     */
    boolean respond(int status, Map<String, String> headers, byte[] body);
}
