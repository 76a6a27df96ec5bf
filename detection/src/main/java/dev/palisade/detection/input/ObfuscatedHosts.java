package dev.palisade.detection.input;

/**
 * URLs whose host is an IPv4 address spelled in a form other than dotted decimal: one 32-bit number
 * ({@code http://1113982867/}), hex or octal parts ({@code 0x42.0x66.0x7.0x93}, {@code 0102.0146.0007.0223}),
 * or fewer than four parts ({@code http://127.1/}). Browsers read all of these as the same address (the
 * WHATWG URL standard's IPv4 parser), but people and link generators write dotted decimal; only a link
 * written to slip its destination past a filter's host or address list spells it otherwise. Tabs and
 * line breaks inside the URL are skipped, as browsers strip them ({@code htt\tp://6\t6.000146.0x7.147/}).
 * A plain {@code http://66.102.7.147/} is an ordinary link and does not count.
 */
final class ObfuscatedHosts {
    private ObfuscatedHosts() {
    }

    /** Longest scheme read before {@code ://} ({@code https}, {@code ftp}, {@code wss}...). */
    private static final int MAX_SCHEME = 8;

    /** Whether the URL in {@code s[from, to)} has an IPv4 host spelled in a non-dotted-decimal form. */
    static boolean isObfuscatedIpv4Url(String s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) <= ' ') {
            i++;
        }
        int letters = 0;
        while (i < to && (HtmlTagScanner.isAsciiLetter(s.charAt(i)) || isStripped(s.charAt(i)))) {
            letters += isStripped(s.charAt(i)) ? 0 : 1;
            i++;
        }
        if (letters > MAX_SCHEME) {
            return false;
        }
        if (letters > 0) {
            if (i >= to || s.charAt(i) != ':') {
                return false;
            }
            i++;
        }
        for (int slashes = 0; slashes < 2; slashes++) {
            i = skipStripped(s, i, to);
            if (i >= to || s.charAt(i) != '/' && s.charAt(i) != '\\') {
                return false;
            }
            i++;
        }
        int hostStart = i;
        int hostEnd = i;
        while (hostEnd < to && !isAuthorityEnd(s.charAt(hostEnd))) {
            if (s.charAt(hostEnd) == '@') {
                hostStart = hostEnd + 1; // user:password@ before the host
            }
            hostEnd++;
        }
        return isObfuscatedIpv4(s, hostStart, hostEnd);
    }

    /**
     * Whether {@code s[from, to)} (a host, optionally followed by {@code :port}) is an IPv4 address that
     * is not four dotted decimal parts without leading zeros.
     */
    private static boolean isObfuscatedIpv4(String s, int from, int to) {
        int parts = 0;
        boolean odd = false;
        int i = from;
        while (true) {
            i = skipStripped(s, i, to);
            if (i >= to || s.charAt(i) == ':') {
                break; // end of host; a trailing '.' (127.1.) is allowed, as browsers allow it
            }
            int partStart = i;
            boolean hex = s.startsWith("0x", i);
            if (hex) {
                i += 2;
            }
            int digits = 0;
            boolean leadingZero = false;
            while (true) {
                i = skipStripped(s, i, to);
                if (i >= to) {
                    break;
                }
                char c = s.charAt(i);
                boolean digit = hex ? PercentDecoding.hexDigit(c) >= 0 : c >= '0' && c <= '9';
                if (!digit) {
                    break;
                }
                if (digits == 0 && c == '0' && !hex) {
                    leadingZero = true;
                }
                digits++;
                i++;
            }
            if (i == partStart || !hex && digits == 0) {
                return false;
            }
            parts++;
            odd |= hex || leadingZero && digits > 1;
            i = skipStripped(s, i, to);
            if (i < to && s.charAt(i) == '.') {
                i++;
            } else if (i < to && s.charAt(i) != ':') {
                return false; // a letter or other char: a host name, not an address
            } else {
                break;
            }
            if (parts > 4) {
                return false;
            }
        }
        return parts > 0 && parts <= 4 && (odd || parts < 4);
    }

    /** Browsers remove tab, LF and CR anywhere in a URL before parsing it. */
    private static boolean isStripped(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    private static int skipStripped(String s, int i, int to) {
        while (i < to && isStripped(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAuthorityEnd(char c) {
        return c == '/' || c == '\\' || c == '?' || c == '#' || c <= ' ' && !isStripped(c) || c == '"' || c == '\''
                || c == '>' || c == '<';
    }
}
