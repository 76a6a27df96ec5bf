package dev.palisade.policy;

/** Where an {@code apiKey} scheme's credential travels (OpenAPI 3 {@code in}). */
public enum ApiKeyLocation {
    /** A request header; header names are case-insensitive. */
    HEADER("header"),
    /** A query-string parameter. */
    QUERY("query"),
    /** A cookie. */
    COOKIE("cookie");

    private final String jsonName;

    ApiKeyLocation(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The spelling used in policy files. */
    public String jsonName() {
        return jsonName;
    }

    /** The location written {@code name}, or {@code null}. */
    public static ApiKeyLocation fromJsonName(String name) {
        for (ApiKeyLocation location : values()) {
            if (location.jsonName.equals(name)) {
                return location;
            }
        }
        return null;
    }
}
