package dev.palisade.policy;

import java.util.Objects;

/**
 * A named kind of credential, in the OpenAPI 3 security-scheme vocabulary: HTTP {@code bearer},
 * HTTP {@code basic}, or an API key in a header, query parameter or cookie.
 *
 * <p>Palisade checks that such a credential is present and well-formed; it does not verify it.
 * Immutable.
 */
public final class AuthScheme {

    /** The credential's shape. */
    public enum Type {
        /** {@code Authorization: Bearer <token>}. */
        HTTP_BEARER,
        /** {@code Authorization: Basic <base64(user:password)>}. */
        HTTP_BASIC,
        /** A named header, query parameter or cookie. */
        API_KEY
    }

    private final String name;
    private final Type type;
    private final ApiKeyLocation location;
    private final String parameterName;
    private final String description;

    private AuthScheme(String name, Type type, ApiKeyLocation location, String parameterName,
            String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.location = location;
        this.parameterName = parameterName;
        this.description = description;
    }

    /** An HTTP bearer-token scheme. */
    public static AuthScheme bearer(String name) {
        return new AuthScheme(name, Type.HTTP_BEARER, null, null, null);
    }

    /** An HTTP basic scheme. */
    public static AuthScheme basic(String name) {
        return new AuthScheme(name, Type.HTTP_BASIC, null, null, null);
    }

    /** An API key carried in {@code location} under {@code parameterName}. */
    public static AuthScheme apiKey(String name, ApiKeyLocation location, String parameterName) {
        return new AuthScheme(name, Type.API_KEY, Objects.requireNonNull(location, "location"),
                Objects.requireNonNull(parameterName, "parameterName"), null);
    }

    /** A copy carrying the free-text description written in the policy. */
    public AuthScheme withDescription(String newDescription) {
        return new AuthScheme(name, type, location, parameterName, newDescription);
    }

    /** The name the policy gives the scheme, e.g. {@code "bearer"}. */
    public String name() {
        return name;
    }

    /** The credential's shape. */
    public Type type() {
        return type;
    }

    /** Where an API key travels; {@code null} for HTTP schemes. */
    public ApiKeyLocation location() {
        return location;
    }

    /** The header, query parameter or cookie name of an API key; {@code null} for HTTP schemes. */
    public String parameterName() {
        return parameterName;
    }

    /** The policy's free-text description, or {@code null}. */
    public String description() {
        return description;
    }

    /** What a request must carry, for humans: {@code Authorization: Bearer <token>}. */
    public String requirement() {
        switch (type) {
            case HTTP_BEARER:
                return "Authorization: Bearer <token>";
            case HTTP_BASIC:
                return "Authorization: Basic <base64 of user:password>";
            default:
                String what = location == ApiKeyLocation.QUERY ? "query parameter" : location.jsonName();
                return what + " \"" + parameterName + "\" with a non-empty value";
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthScheme)) {
            return false;
        }
        AuthScheme that = (AuthScheme) other;
        return name.equals(that.name) && type == that.type && location == that.location
                && Objects.equals(parameterName, that.parameterName)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, location, parameterName);
    }

    @Override
    public String toString() {
        return name + " (" + requirement() + ")";
    }
}
