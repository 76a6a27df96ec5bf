package dev.palisade.policy;

/**
 * The request-input detectors that {@code injection.input} can set one by one.
 * The JDBC sink check ({@code injection.sql}) is separate: it looks at the query, not the input.
 */
public enum InjectionCategory {
    /** SQL injection probes in request inputs. */
    SQLI("sqli"),
    /** Cross-site scripting. */
    XSS("xss"),
    /** OS command injection. */
    CMDI("cmdi"),
    /** Path traversal. */
    PATH("path");

    private final String jsonName;

    InjectionCategory(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The key used in policy files, e.g. {@code "sqli"}. */
    public String jsonName() {
        return jsonName;
    }

    /** The category whose key is {@code name}, or {@code null}. */
    public static InjectionCategory fromJsonName(String name) {
        for (InjectionCategory category : values()) {
            if (category.jsonName.equals(name)) {
                return category;
            }
        }
        return null;
    }
}
