package dev.palisade.detection.sql;

/** Where in the HTTP request a {@link RequestInput} came from; reported in security events. */
public enum InputSource {
    /** A query-string parameter value. */
    QUERY,
    /** A form ({@code application/x-www-form-urlencoded} or multipart) parameter value. */
    FORM,
    /** The name of a query or form parameter. */
    PARAMETER_NAME,
    /** A path segment or a path parameter of a route template. */
    PATH,
    /** A cookie value. */
    COOKIE,
    /** A request header value (only headers the policy lists). */
    HEADER,
    /** A string value in a JSON request body. */
    JSON,
    /** A key in a JSON request body. */
    JSON_KEY,
    /** Anything else the runtime chooses to check. */
    OTHER
}
