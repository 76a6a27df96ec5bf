package dev.palisade.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An endpoint rule's {@code path}: literal segments, {@code {name}} or {@code *} for exactly one
 * segment, and {@code **} (last segment only) for zero or more segments. {@code "/"} is the root.
 *
 * <p>Patterns are matched case-sensitively against the normalized request path, context path
 * included, because servlet containers route case-sensitively. Empty path segments are ignored
 * when matching, so {@code /api/orders/} is matched like {@code /api/orders}. Immutable.
 */
public final class PathPattern {

    private final String text;
    private final List<PatternSegment> segments;

    private PathPattern(String text, List<PatternSegment> segments) {
        this.text = text;
        this.segments = Collections.unmodifiableList(segments);
    }

    /**
     * Parses a pattern.
     *
     * @throws InvalidPatternException listing every problem, each phrased for a user
     */
    public static PathPattern parse(String text) {
        List<String> problems = new ArrayList<>();
        List<PatternSegment> segments = PathPatternSyntax.parse(text, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPatternException(text, problems);
        }
        return new PathPattern(text, segments);
    }

    /** The pattern as written. */
    public String text() {
        return text;
    }

    /** The segments; empty for {@code "/"}. */
    public List<PatternSegment> segments() {
        return segments;
    }

    /** Whether the last segment is {@code **}. */
    public boolean endsWithRest() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).kind() == PatternSegment.Kind.REST;
    }

    /** The number of segments before a trailing {@code **} (all of them when there is none). */
    public int fixedLength() {
        return endsWithRest() ? segments.size() - 1 : segments.size();
    }

    /**
     * The pattern with parameter names erased ({@code /a/{id}} and {@code /a/*} both give
     * {@code /a/*}): two patterns with the same shape match exactly the same paths with the same
     * precedence.
     */
    public String shape() {
        StringBuilder shape = new StringBuilder();
        for (PatternSegment segment : segments) {
            shape.append('/').append(segment.isSingleWildcard() ? "*" : segment.text());
        }
        return shape.length() == 0 ? "/" : shape.toString();
    }

    /** The names of the {@code {name}} segments, in order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (PatternSegment segment : segments) {
            if (segment.kind() == PatternSegment.Kind.PARAMETER) {
                names.add(segment.text());
            }
        }
        return names;
    }

    /**
     * Whether this pattern matches {@code path} (split on {@code /}, empty segments ignored).
     * A straightforward check for tools and tests; request handling uses the matcher's trie.
     */
    public boolean matches(String path) {
        List<String> pathSegments = splitPath(path);
        int fixed = fixedLength();
        if (pathSegments.size() < fixed || (!endsWithRest() && pathSegments.size() != fixed)) {
            return false;
        }
        for (int i = 0; i < fixed; i++) {
            PatternSegment segment = segments.get(i);
            if (segment.kind() == PatternSegment.Kind.LITERAL && !segment.text().equals(pathSegments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this pattern matches every path that {@code narrower} matches. */
    public boolean covers(PathPattern narrower) {
        int fixed = fixedLength();
        List<PatternSegment> theirs = narrower.segments;
        for (int i = 0; i < fixed; i++) {
            if (i >= theirs.size()) {
                return false;
            }
            PatternSegment mine = segments.get(i);
            PatternSegment other = theirs.get(i);
            if (other.kind() == PatternSegment.Kind.REST) {
                return false;
            }
            if (mine.kind() == PatternSegment.Kind.LITERAL
                    && !(other.kind() == PatternSegment.Kind.LITERAL && mine.text().equals(other.text()))) {
                return false;
            }
        }
        return endsWithRest() || (theirs.size() == fixed);
    }

    /** Splits a request path into its non-empty segments. */
    public static List<String> splitPath(String path) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int length = path.length();
        while (start <= length) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                parts.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return parts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathPattern && text.equals(((PathPattern) other).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
