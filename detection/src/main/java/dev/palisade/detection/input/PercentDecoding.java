package dev.palisade.detection.input;

/**
 * One round of URL percent-decoding: {@code %XX} becomes the byte XX (held as a Latin-1 char so that
 * {@link Utf8Repair} can assemble multi-byte sequences afterwards) and IIS-style {@code %uXXXX} becomes
 * that UTF-16 unit. Malformed escapes ({@code %zz}, a trailing {@code %}) are kept as they are, like
 * lenient servers do. In a round that decoded anything, {@code +} becomes a space: a value that still
 * carries form encoding will be form-decoded by whoever decodes it next.
 */
final class PercentDecoding {
    private PercentDecoding() {
    }

    /** Returns {@code s} itself when it holds no valid escape. */
    static String decodeOnce(String s) {
        int first = s.indexOf('%');
        if (first < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder out = null;
        int copiedUpTo = 0;
        for (int i = first; i < n; i++) {
            if (s.charAt(i) != '%') {
                continue;
            }
            int decoded = hexPair(s, i + 1);
            int width = 3;
            if (decoded < 0 && i + 1 < n && (s.charAt(i + 1) == 'u' || s.charAt(i + 1) == 'U')) {
                int hi = hexPair(s, i + 2);
                int lo = hi < 0 ? -1 : hexPair(s, i + 4);
                if (lo >= 0) {
                    decoded = (hi << 8) | lo;
                    width = 6;
                }
            }
            if (decoded < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            appendWithPlusAsSpace(out, s, copiedUpTo, i);
            out.append((char) decoded);
            copiedUpTo = i + width;
            i += width - 1;
        }
        if (out == null) {
            return s;
        }
        appendWithPlusAsSpace(out, s, copiedUpTo, n);
        return out.toString();
    }

    private static void appendWithPlusAsSpace(StringBuilder out, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            out.append(c == '+' ? ' ' : c);
        }
    }

    /** Value of the two hex digits at {@code at}, or -1. */
    static int hexPair(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int hi = hexDigit(s.charAt(at));
        int lo = hexDigit(s.charAt(at + 1));
        return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
    }

    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
