package dev.palisade.agent.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a raw query string into decoded names and values ({@code +} is a space, {@code %XX} is
 * UTF-8), without asking the container: {@code getParameter} may read a form body on the
 * application's behalf, which the agent must never do.
 */
public final class QueryStringParser {

    private QueryStringParser() {
    }

    public static Map<String, List<String>> parse(String query) {
        if (query == null || query.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        int start = 0;
        while (start <= query.length()) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? query.length() : amp;
            if (end > start) {
                int eq = query.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > end) {
                    name = decode(query.substring(start, end));
                    value = "";
                } else {
                    name = decode(query.substring(start, eq));
                    value = decode(query.substring(eq + 1, end));
                }
                parameters.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return parameters;
    }

    static String decode(String text) {
        return PathNormalizer.percentDecode(text.indexOf('+') >= 0 ? text.replace('+', ' ') : text);
    }
}
