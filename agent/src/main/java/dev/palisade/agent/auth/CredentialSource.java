package dev.palisade.agent.auth;

/**
 * Where a request's credentials are read from: one value per header, query parameter or cookie.
 * The checks depend only on this, so they run (and are benchmarked) without a servlet container.
 *
 * <p>Each method returns the <em>first</em> value, the one {@code getHeader}, {@code getParameter}
 * and a cookie lookup hand the application; a credential the application never sees must not
 * count as present.
 */
public interface CredentialSource {

    /** The first value of a header (case-insensitive name), or {@code null}. */
    String header(String name);

    /** The first decoded value of a query-string parameter, or {@code null}. */
    String queryParameter(String name);

    /** The first value of a cookie, or {@code null}. */
    String cookie(String name);
}
