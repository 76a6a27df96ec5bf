package dev.palisade.detection.sql;

import java.util.Collections;
import java.util.List;

/**
 * The verdict of {@link SqlInjectionCheck}: immutable. A clean verdict is the shared {@link #CLEAN}
 * instance (no allocation on the common path); an injection names the input, where its occurrence
 * lies in the SQL, why it counts as an injection, and the types of the tokens it spans.
 */
public final class SqlInjectionResult {
    /** Longest {@link #tokenTypes()} list kept; a 1 MiB input must not produce a 1 MiB event. */
    static final int MAX_TOKEN_TYPES = 32;

    /** No input changed the query's structure. */
    public static final SqlInjectionResult CLEAN = new SqlInjectionResult(null, -1, -1, null, List.of());

    private final RequestInput input;
    private final int start;
    private final int end;
    private final SqlInjectionReason reason;
    private final List<SqlTokenType> tokenTypes;

    private SqlInjectionResult(RequestInput input, int start, int end, SqlInjectionReason reason,
            List<SqlTokenType> tokenTypes) {
        this.input = input;
        this.start = start;
        this.end = end;
        this.reason = reason;
        this.tokenTypes = tokenTypes;
    }

    static SqlInjectionResult injection(RequestInput input, int start, int end, SqlInjectionReason reason,
            List<SqlTokenType> tokenTypes) {
        return new SqlInjectionResult(input, start, end, reason, Collections.unmodifiableList(tokenTypes));
    }

    /** Whether some input changed the query's structure. */
    public boolean isInjection() {
        return input != null;
    }

    /** The input that changed the structure, or {@code null} when {@link #isInjection()} is false. */
    public RequestInput input() {
        return input;
    }

    /** The input's source, or {@code null} when clean. */
    public InputSource source() {
        return input == null ? null : input.source();
    }

    /** The input's name, or {@code null} when clean. */
    public String inputName() {
        return input == null ? null : input.name();
    }

    /** Offset in the SQL where the offending occurrence starts, or -1 when clean. */
    public int start() {
        return start;
    }

    /** Offset in the SQL just past the offending occurrence, or -1 when clean. */
    public int end() {
        return end;
    }

    /** Why the occurrence counts as an injection, or {@code null} when clean. */
    public SqlInjectionReason reason() {
        return reason;
    }

    /** The reason's short code ({@code tokens-spanned}, ...), or {@code null} when clean. */
    public String reasonCode() {
        return reason == null ? null : reason.code();
    }

    /** Types of the tokens the occurrence touches, in order (at most {@value #MAX_TOKEN_TYPES}). */
    public List<SqlTokenType> tokenTypes() {
        return tokenTypes;
    }

    @Override
    public String toString() {
        if (input == null) {
            return "SqlInjectionResult[clean]";
        }
        return "SqlInjectionResult[" + reason.code() + " by " + input.source() + " '" + input.name() + "' at "
                + start + ".." + end + " " + tokenTypes + "]";
    }
}
