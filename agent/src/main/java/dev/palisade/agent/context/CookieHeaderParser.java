package dev.palisade.agent.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code Cookie} request headers (RFC 6265 {@code name=value; name2=value2}), tolerant of
 * the sloppy forms browsers and clients send. Values are not decoded; surrounding double quotes
 * are removed.
 */
public final class CookieHeaderParser {

    private CookieHeaderParser() {
    }

    public static Map<String, List<String>> parse(List<String> cookieHeaders) {
        Map<String, List<String>> cookies = new LinkedHashMap<>();
        for (String header : cookieHeaders) {
            if (header == null) {
                continue;
            }
            int start = 0;
            while (start < header.length()) {
                int semi = header.indexOf(';', start);
                int end = semi < 0 ? header.length() : semi;
                int eq = header.indexOf('=', start);
                if (eq > start && eq < end) {
                    String name = header.substring(start, eq).trim();
                    String value = header.substring(eq + 1, end).trim();
                    if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
                        value = value.substring(1, value.length() - 1);
                    }
                    if (!name.isEmpty()) {
                        cookies.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
                    }
                }
                start = end + 1;
            }
        }
        return cookies;
    }
}
