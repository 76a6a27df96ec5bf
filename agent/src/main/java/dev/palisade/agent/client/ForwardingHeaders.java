package dev.palisade.agent.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the hop addresses out of {@code X-Forwarded-For} and {@code Forwarded} (RFC 7239
 * {@code for=}) headers, left (the original client, as claimed) to right (the nearest proxy).
 * Ports, brackets and quotes are removed; a hop that is not an address ({@code unknown},
 * {@code _hidden}) is kept as written so the walk can stop there.
 */
final class ForwardingHeaders {

    private ForwardingHeaders() {
    }

    /** Hops of every {@code X-Forwarded-For} header, in order. */
    static List<String> xForwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",", -1)) {
                hops.add(address(hop.trim()));
            }
        }
        return hops;
    }

    /** The {@code for=} value of each element of every {@code Forwarded} header, in order. */
    static List<String> forwarded(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String element : splitOutsideQuotes(header, ',')) {
                String forValue = "";
                for (String pair : splitOutsideQuotes(element, ';')) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).trim().equalsIgnoreCase("for")) {
                        forValue = pair.substring(eq + 1).trim();
                    }
                }
                hops.add(address(unquote(forValue)));
            }
        }
        return hops;
    }

    /** {@code 1.2.3.4:80} → {@code 1.2.3.4}; {@code [::1]:80} and {@code [::1]} → {@code ::1}. */
    static String address(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            return close > 0 ? hop.substring(1, close) : hop;
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && hop.indexOf(':', colon + 1) < 0) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
