package dev.palisade.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The grammar of path patterns, with one user-facing message per problem. Kept apart from
 * {@link PathPattern} so the model stays small; the JSON Schema's {@code path} regex mirrors it.
 */
final class PathPatternSyntax {

    /** Characters allowed in a literal segment: RFC 3986 {@code pchar} without {@code %} and {@code ;}. */
    private static final String LITERAL_PUNCTUATION = "-._~!$&'()+,=:@";

    private PathPatternSyntax() {
    }

    /** The segments of {@code text}; adds a message to {@code problems} for each error found. */
    static List<PatternSegment> parse(String text, List<String> problems) {
        List<PatternSegment> segments = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add("path must not be empty; write \"/\" for the root or \"/**\" for every path");
            return segments;
        }
        if (text.charAt(0) != '/') {
            problems.add("path must start with \"/\"");
            return segments;
        }
        if (text.equals("/")) {
            return segments;
        }
        String[] parts = text.substring(1).split("/", -1);
        Set<String> parameterNames = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            PatternSegment segment = segment(parts[i], i == parts.length - 1, problems);
            if (segment == null) {
                continue;
            }
            if (segment.kind() == PatternSegment.Kind.REST && i != parts.length - 1) {
                problems.add("\"**\" must be the last segment (it matches zero or more segments)");
            }
            if (segment.kind() == PatternSegment.Kind.PARAMETER && !parameterNames.add(segment.text())) {
                problems.add("parameter \"{" + segment.text() + "}\" appears more than once");
            }
            segments.add(segment);
        }
        return segments;
    }

    private static PatternSegment segment(String part, boolean last, List<String> problems) {
        if (part.isEmpty()) {
            problems.add(last
                    ? "trailing \"/\" is not allowed (paths are matched without it); remove it"
                    : "empty segment \"//\" is not allowed (paths are matched without empty segments)");
            return null;
        }
        if (part.equals("**")) {
            return PatternSegment.rest();
        }
        if (part.equals("*")) {
            return PatternSegment.wildcard();
        }
        if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
            return parameter(part, problems);
        }
        if (part.equals(".") || part.equals("..")) {
            problems.add("dot segment " + Quote.of(part) + " never matches a normalized path");
            return null;
        }
        if (part.indexOf('*') >= 0) {
            problems.add(Quote.of(part) + ": \"*\" and \"**\" must be whole segments; "
                    + "partial wildcards such as \"v*\" are not supported");
            return null;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!isLiteralChar(c)) {
                problems.add("character " + Quote.character(c) + " is not allowed in a path pattern"
                        + whyNot(c));
                return null;
            }
        }
        return PatternSegment.literal(part);
    }

    private static PatternSegment parameter(String part, List<String> problems) {
        boolean wellFormed = part.length() > 2 && part.charAt(0) == '{'
                && part.charAt(part.length() - 1) == '}' && isParameterName(part.substring(1, part.length() - 1));
        if (!wellFormed) {
            problems.add(Quote.of(part) + " is not a valid parameter: write \"{name}\" as a whole segment, "
                    + "the name made of letters, digits and \"_\", not starting with a digit");
            return null;
        }
        return PatternSegment.parameter(part.substring(1, part.length() - 1));
    }

    private static boolean isParameterName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            boolean digit = c >= '0' && c <= '9';
            if (!(letter || (digit && i > 0))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static boolean isLiteralChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || LITERAL_PUNCTUATION.indexOf(c) >= 0;
    }

    private static String whyNot(char c) {
        switch (c) {
            case '%':
                return "; patterns match the decoded path, so write the character itself";
            case ';':
                return "; matrix parameters are removed when the path is normalized";
            case '?':
            case '#':
                return "; a pattern matches the path only, without query or fragment";
            case '\\':
                return "; separate segments with \"/\"";
            default:
                return c > 0x7e ? "; only ASCII is supported in patterns" : "";
        }
    }
}
