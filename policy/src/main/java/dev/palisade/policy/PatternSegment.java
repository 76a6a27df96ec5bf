package dev.palisade.policy;

import java.util.Objects;

/** One segment of a {@link PathPattern}: a literal, a {@code {name}}, {@code *} or {@code **}. Immutable. */
public final class PatternSegment {

    /** The segment kinds, from most to least specific. */
    public enum Kind {
        /** Matches exactly this text (case-sensitive). */
        LITERAL,
        /** {@code {name}}: exactly one segment, named for humans and route templates. */
        PARAMETER,
        /** {@code *}: exactly one segment. Same precedence as {@link #PARAMETER}. */
        WILDCARD,
        /** {@code **}: zero or more segments; only ever the last segment. */
        REST
    }

    private static final PatternSegment WILDCARD_SEGMENT = new PatternSegment(Kind.WILDCARD, "*");
    private static final PatternSegment REST_SEGMENT = new PatternSegment(Kind.REST, "**");

    private final Kind kind;
    private final String text;

    private PatternSegment(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /** A literal segment. */
    public static PatternSegment literal(String text) {
        return new PatternSegment(Kind.LITERAL, Objects.requireNonNull(text, "text"));
    }

    /** A {@code {name}} segment; {@code name} is without braces. */
    public static PatternSegment parameter(String name) {
        return new PatternSegment(Kind.PARAMETER, Objects.requireNonNull(name, "name"));
    }

    /** The {@code *} segment. */
    public static PatternSegment wildcard() {
        return WILDCARD_SEGMENT;
    }

    /** The {@code **} segment. */
    public static PatternSegment rest() {
        return REST_SEGMENT;
    }

    /** This segment's kind. */
    public Kind kind() {
        return kind;
    }

    /** The literal text, the parameter name (without braces), {@code *} or {@code **}. */
    public String text() {
        return text;
    }

    /** Whether this segment matches exactly one arbitrary path segment ({@code {name}} or {@code *}). */
    public boolean isSingleWildcard() {
        return kind == Kind.PARAMETER || kind == Kind.WILDCARD;
    }

    /**
     * Precedence rank used to compare patterns segment by segment: literal 3, one-segment wildcard 2,
     * {@code **} 1. A pattern that has already ended ranks 0 (see {@code Precedence}).
     */
    public int rank() {
        switch (kind) {
            case LITERAL:
                return 3;
            case PARAMETER:
            case WILDCARD:
                return 2;
            default:
                return 1;
        }
    }

    /** The segment as written in a pattern: {@code orders}, {@code {id}}, {@code *}, {@code **}. */
    @Override
    public String toString() {
        return kind == Kind.PARAMETER ? "{" + text + "}" : text;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PatternSegment)) {
            return false;
        }
        PatternSegment that = (PatternSegment) other;
        return kind == that.kind && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + text.hashCode();
    }
}
