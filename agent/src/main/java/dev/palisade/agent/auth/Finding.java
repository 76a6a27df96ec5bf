package dev.palisade.agent.auth;

/** What a request carries for one authentication scheme. Only {@link #WELL_FORMED} satisfies it. */
public enum Finding {
    /** Nothing for this scheme (no header, parameter or cookie; another {@code Authorization} scheme). */
    ABSENT("missing"),
    /** Present with the right name or scheme word, but not a valid credential of that shape. */
    MALFORMED("malformed"),
    /** An API key that is empty after trimming. */
    EMPTY("empty"),
    /** An API key longer than {@link ApiKeyValue#MAX_BYTES}. */
    TOO_LONG("too long"),
    /** A credential of the right shape (its validity is not checked). */
    WELL_FORMED("present");

    private final String description;

    Finding(String description) {
        this.description = description;
    }

    /** For security-event evidence: describes the finding, never the value. */
    public String description() {
        return description;
    }
}
