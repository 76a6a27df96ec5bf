package dev.palisade.agent.jaxrs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A JAX-RS path template such as {@code /items/{id: [0-9]+}}: its normalized form for telemetry
 * ({@code /items/{id}}) and a pattern that finds, in the request path, the prefix JAX-RS matched
 * before it (context path, servlet mapping, {@code @ApplicationPath}, a server's base path) and
 * the values of its parameters.
 *
 * <p>Why match the request path instead of asking the implementation for the application path:
 * the prefix comes from different places in every deployment (a servlet mapping, {@code
 * @ApplicationPath}, the base URI a Grizzly or JDK HTTP server was started with) and only some
 * implementations expose the matched templates (Jersey's {@code ExtendedUriInfo}), through
 * objects the resource method never receives. The template's own syntax is standard, so matching
 * it against the end of the path works the same everywhere.
 */
final class RouteTemplate {

    private static final int MAX_CACHED = 2048;
    private static final Map<String, RouteTemplate> CACHE = new ConcurrentHashMap<>();

    /** The template with regular expressions removed from its parameters, e.g. {@code /items/{id}}. */
    final String normalized;
    final List<String> parameterNames;
    /** {@code null} when a parameter's regular expression does not compile. */
    private final Pattern pattern;

    private RouteTemplate(String normalized, List<String> parameterNames, Pattern pattern) {
        this.normalized = normalized;
        this.parameterNames = parameterNames;
        this.pattern = pattern;
    }

    static RouteTemplate of(String template) {
        RouteTemplate cached = CACHE.get(template);
        if (cached != null) {
            return cached;
        }
        RouteTemplate parsed = parse(template);
        if (CACHE.size() < MAX_CACHED) {
            CACHE.put(template, parsed);
        }
        return parsed;
    }

    /** Joins template parts with single slashes: {@code ("/api/", "items")} gives {@code /api/items}. */
    static String join(String base, String path) {
        if (path == null || path.isEmpty()) {
            return base == null || base.isEmpty() ? "/" : base;
        }
        StringBuilder joined = new StringBuilder(base == null ? "" : base);
        if (joined.length() == 0 || joined.charAt(joined.length() - 1) != '/') {
            joined.append('/');
        }
        joined.append(path.startsWith("/") ? path.substring(1) : path);
        return joined.toString();
    }

    /** Collapses repeated slashes, adds a leading one and drops a trailing one (except for {@code /}). */
    static String slashes(String path) {
        StringBuilder out = new StringBuilder(path.length() + 1);
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' && previous == '/') {
                continue;
            }
            if (i == 0 && c != '/') {
                out.append('/');
            }
            out.append(c);
            previous = c;
        }
        if (out.length() == 0) {
            return "/";
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * Matches the end of {@code path} (decoded, context path included) against the template.
     *
     * @return the prefix before the template and the parameter values, or {@code null}
     */
    Match match(String path) {
        if (pattern == null || path == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        List<String> values = new ArrayList<>(parameterNames.size());
        for (int i = 0; i < parameterNames.size(); i++) {
            values.add(matcher.group("p" + i));
        }
        return new Match(matcher.group("prefix"), values);
    }

    static final class Match {
        final String prefix;
        final List<String> values;

        Match(String prefix, List<String> values) {
            this.prefix = prefix;
            this.values = values;
        }
    }

    private static RouteTemplate parse(String template) {
        String slashed = slashes(template);
        StringBuilder normalized = new StringBuilder();
        StringBuilder regex = new StringBuilder("(?<prefix>.*?)");
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < slashed.length()) {
            char c = slashed.charAt(i);
            if (c != '{') {
                literal.append(c);
                normalized.append(c);
                i++;
                continue;
            }
            int end = closingBrace(slashed, i);
            if (end < 0) {
                literal.append(slashed, i, slashed.length());
                normalized.append(slashed, i, slashed.length());
                break;
            }
            String inside = slashed.substring(i + 1, end);
            int colon = inside.indexOf(':');
            String name = (colon < 0 ? inside : inside.substring(0, colon)).trim();
            String parameterRegex = colon < 0 ? "[^/]+" : inside.substring(colon + 1).trim();
            appendLiteral(regex, literal);
            regex.append("(?<p").append(names.size()).append('>').append(parameterRegex).append(')');
            names.add(name);
            normalized.append('{').append(name).append('}');
            i = end + 1;
        }
        appendLiteral(regex, literal);
        if ("/".contentEquals(normalized)) {
            // Template "/": the route is the prefix itself.
            regex.setLength(0);
            regex.append("(?<prefix>.*?)");
        }
        regex.append("/?");
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex.toString());
        } catch (PatternSyntaxException e) {
            pattern = null;
        }
        return new RouteTemplate(normalized.toString(), Collections.unmodifiableList(names), pattern);
    }

    private static void appendLiteral(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    /** The index of the brace closing the one at {@code open} (regexes may nest {@code {2,3}}), or -1. */
    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
