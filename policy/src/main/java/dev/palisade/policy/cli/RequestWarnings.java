package dev.palisade.policy.cli;

import dev.palisade.policy.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warnings about the request given to {@code explain}: {@code explain} matches the path as given,
 * while the agent matches the normalized path, so the two can differ when the path is not
 * normalized; and HTTP methods are case-sensitive.
 */
final class RequestWarnings {

    private static final String[] NOT_NORMALIZED = {"//", "/./", "/../", ";", "%"};

    private RequestWarnings() {
    }

    static List<String> of(String method, String path) {
        List<String> warnings = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String marker : NOT_NORMALIZED) {
            if (path.contains(marker)) {
                found.add("\"" + marker + "\"");
            }
        }
        if (path.endsWith("/.") || path.endsWith("/..")) {
            found.add(path.endsWith("/..") ? "\"/..\"" : "\"/.\"");
        }
        if (!found.isEmpty()) {
            warnings.add("path " + Quote.of(path) + " is not normalized (contains " + String.join(", ", found)
                    + "); the agent matches the normalized path, so a real request may get a different rule");
        }
        String upper = method.toUpperCase(Locale.ROOT);
        if (!upper.equals(method)) {
            warnings.add("method " + Quote.of(method) + " is not upper case; HTTP methods are case-sensitive, "
                    + "did you mean " + Quote.of(upper) + "?");
        }
        return warnings;
    }
}
