package dev.palisade.detection.input;

/** The kind of attack an input detector recognizes; one detector per category. */
public enum Category {
    /** SQL injection: input that would change the structure of a SQL statement. */
    SQLI("sqli"),
    /** Cross-site scripting: input that would run script when reflected into HTML or JavaScript. */
    XSS("xss"),
    /** OS command injection: input that would run an extra command in a shell or {@code cmd.exe}. */
    CMDI("cmdi"),
    /** Path traversal and sensitive file access: input that names a file outside the intended tree. */
    PATH("path");

    private final String policyName;

    Category(String policyName) {
        this.policyName = policyName;
    }

    /** The lower-case name used in policies and events ({@code "sqli"}, {@code "xss"}, ...). */
    public String policyName() {
        return policyName;
    }
}
