package dev.palisade.detection.sql;

import java.util.Objects;

/**
 * One request input to look for in SQL: where it came from, its name, and its value exactly as the
 * application sees it (after the servlet container's URL decoding). Immutable.
 *
 * <p>Cheap facts are computed once here, not on every SQL statement: whether the value is
 * <em>inert</em> (only ASCII letters, digits and {@code _}, which the tokenizer always keeps inside
 * one token, so it can never span tokens), whether it looks like a bare identifier, and its form
 * with single quotes doubled.
 */
public final class RequestInput {
    private final InputSource source;
    private final String name;
    private final String value;
    private final boolean inert;
    private final boolean identifierLike;
    private final boolean hasQuote;
    /** Computed on first use: most requests never reach a SQL statement with an occurrence. */
    private String quotesDoubled;

    private RequestInput(InputSource source, String name, String value) {
        this.source = Objects.requireNonNull(source, "source");
        this.name = name == null ? "" : name;
        this.value = Objects.requireNonNull(value, "value");
        this.inert = isInert(value);
        this.hasQuote = value.indexOf('\'') >= 0;
        this.identifierLike = inert && !value.isEmpty() && !(value.charAt(0) >= '0' && value.charAt(0) <= '9');
    }

    /** An input from {@code source} called {@code name} (may be {@code null}: stored as "") with {@code value}. */
    public static RequestInput of(InputSource source, String name, String value) {
        return new RequestInput(source, name, value);
    }

    /** Where the input came from. */
    public InputSource source() {
        return source;
    }

    /** The parameter, cookie, header or JSON path name; "" when there is none. */
    public String name() {
        return name;
    }

    /** The value as the application sees it. */
    public String value() {
        return value;
    }

    /** Only ASCII letters, digits and underscores: always inside a single SQL token. */
    boolean inert() {
        return inert;
    }

    /** Inert and not starting with a digit: could be read as a column name. */
    boolean identifierLike() {
        return identifierLike;
    }

    /**
     * The value as an application that escapes by doubling single quotes writes it into SQL, or
     * {@code null} when the value has no single quote. Searched as well as the value itself: in
     * MySQL, doubling quotes without escaping backslashes lets {@code \' OR 1=1 -- } through.
     */
    String quotesDoubled() {
        if (!hasQuote) {
            return null;
        }
        String doubled = quotesDoubled;
        if (doubled == null) {
            // A benign race: threads may each build an equal String, and String is safely published.
            doubled = value.replace("'", "''");
            quotesDoubled = doubled;
        }
        return doubled;
    }

    private static boolean isInert(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RequestInput)) {
            return false;
        }
        RequestInput that = (RequestInput) other;
        return source == that.source && name.equals(that.name) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, name, value);
    }

    @Override
    public String toString() {
        return source + " " + name + "=" + value;
    }
}
