package dev.palisade.detection.input;

/**
 * Decodes the backslash escapes of JavaScript, JSON, C and shell ANSI-C strings that payloads use to
 * hide syntax characters: <code>&#92;u003c</code>, <code>&#92;u{3c}</code>, <code>&#92;x3c</code> and three-digit octal
 * {@code \074}. Other backslashes ({@code \n}, {@code \'}, Windows paths) are kept: detectors read them.
 */
final class BackslashEscapes {
    private BackslashEscapes() {
    }

    /** Returns {@code s} itself when it holds no such escape. */
    static String decode(String s) {
        int first = s.indexOf('\\');
        if (first < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder out = null;
        int copiedUpTo = 0;
        for (int i = first; i + 1 < n; i++) {
            if (s.charAt(i) != '\\') {
                continue;
            }
            char kind = s.charAt(i + 1);
            int value = -1;
            int end = -1;
            if (kind == 'u' || kind == 'U') {
                if (i + 2 < n && s.charAt(i + 2) == '{') {
                    int close = i + 3;
                    int cp = 0;
                    while (close < n && close - i < 12 && PercentDecoding.hexDigit(s.charAt(close)) >= 0) {
                        cp = cp * 16 + PercentDecoding.hexDigit(s.charAt(close));
                        close++;
                    }
                    if (close < n && s.charAt(close) == '}' && close > i + 3 && cp <= Character.MAX_CODE_POINT) {
                        value = cp;
                        end = close + 1;
                    }
                } else {
                    int hi = PercentDecoding.hexPair(s, i + 2);
                    int lo = hi < 0 ? -1 : PercentDecoding.hexPair(s, i + 4);
                    if (lo >= 0) {
                        value = (hi << 8) | lo;
                        end = i + 6;
                    }
                }
            } else if (kind == 'x' || kind == 'X') {
                int v = PercentDecoding.hexPair(s, i + 2);
                if (v >= 0) {
                    value = v;
                    end = i + 4;
                }
            } else if (kind >= '0' && kind <= '3' && i + 3 < n && isOctal(s.charAt(i + 2))
                    && isOctal(s.charAt(i + 3)) && (i + 4 >= n || PercentDecoding.hexDigit(s.charAt(i + 4)) < 0)) {
                // Not when a hex digit follows: that is a CSS escape such as \0075, read later by CssText.
                value = (kind - '0') * 64 + (s.charAt(i + 2) - '0') * 8 + (s.charAt(i + 3) - '0');
                end = i + 4;
            }
            if (value < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copiedUpTo, i).appendCodePoint(value);
            copiedUpTo = end;
            i = end - 1;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copiedUpTo, n).toString();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
