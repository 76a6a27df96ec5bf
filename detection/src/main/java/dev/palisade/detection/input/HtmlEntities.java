package dev.palisade.detection.input;

/**
 * Decodes HTML character references the way a browser would before script sees them: decimal
 * ({@code &#60;}, {@code &#0000060}) and hex ({@code &#x3c;}) references with or without the closing
 * semicolon, the named references that payloads use to hide syntax ({@code &lt;}, {@code &colon;},
 * {@code &Tab;}, {@code &lpar;} ...), and the legacy names a browser accepts without a semicolon even
 * when letters follow ({@code &ltscript}). Unknown names stay as they are.
 */
final class HtmlEntities {
    private HtmlEntities() {
    }

    private static final String[] NAMES = {
        "lt", "gt", "amp", "quot", "apos", "nbsp", "tab", "newline", "colon", "semi", "comma", "period",
        "lpar", "rpar", "sol", "bsol", "lsqb", "rsqb", "lbrack", "rbrack", "lcub", "rcub", "lbrace",
        "rbrace", "equals", "excl", "num", "dollar", "percnt", "plus", "grave", "ast", "quest", "commat",
        "hat", "lowbar", "verbar", "vert", "midast", "hyphen", "dash", "lsquo", "rsquo", "ldquo",
        "rdquo",
    };
    private static final char[] VALUES = {
        '<', '>', '&', '"', '\'', '\u00a0', '\t', '\n', ':', ';', ',', '.',
        '(', ')', '/', '\\', '[', ']', '[', ']', '{', '}', '{',
        '}', '=', '!', '#', '$', '%', '+', '`', '*', '?', '@',
        '^', '_', '|', '|', '*', '-', '-', '\u2018', '\u2019', '\u201c',
        '\u201d',
    };
    /** Names a browser decodes even without {@code ;} and even when followed by more letters. */
    private static final String[] LEGACY = {"lt", "gt", "amp", "quot", "nbsp"};
    private static final char[] LEGACY_VALUES = {'<', '>', '&', '"', '\u00a0'};

    /** Longest reference name we look at; longer alphanumeric runs are not references we know. */
    private static final int MAX_NAME = 8;

    /** Returns {@code s} itself when it holds no reference. */
    static String decode(String s) {
        int first = s.indexOf('&');
        if (first < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder out = null;
        int copiedUpTo = 0;
        for (int i = first; i < n; i++) {
            if (s.charAt(i) != '&') {
                continue;
            }
            int end;
            int value;
            if (i + 1 < n && s.charAt(i + 1) == '#') {
                long packed = numeric(s, i + 2);
                if (packed < 0) {
                    continue;
                }
                value = (int) (packed >>> 32);
                end = (int) packed;
            } else {
                long packed = named(s, i + 1);
                if (packed < 0) {
                    continue;
                }
                value = (int) (packed >>> 32);
                end = (int) packed;
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
        return out.append(s, copiedUpTo, s.length()).toString();
    }

    /** Parses the digits of a numeric reference at {@code at}: (codePoint << 32 | endIndex), or -1. */
    private static long numeric(String s, int at) {
        int n = s.length();
        boolean hex = at < n && (s.charAt(at) == 'x' || s.charAt(at) == 'X');
        int i = hex ? at + 1 : at;
        int start = i;
        long cp = 0;
        while (i < n) {
            int d = hex ? PercentDecoding.hexDigit(s.charAt(i)) : decimalDigit(s.charAt(i));
            if (d < 0) {
                break;
            }
            cp = cp * (hex ? 16 : 10) + d;
            if (cp > Character.MAX_CODE_POINT) {
                return -1;
            }
            i++;
        }
        if (i == start || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        if (i < n && s.charAt(i) == ';') {
            i++;
        }
        return (cp << 32) | i;
    }

    /** Parses a named reference at {@code at}: (char << 32 | endIndex), or -1. */
    private static long named(String s, int at) {
        int n = s.length();
        int i = at;
        while (i < n && i - at <= MAX_NAME && isAsciiAlnum(s.charAt(i))) {
            i++;
        }
        if (i == at) {
            return -1;
        }
        if (i < n && s.charAt(i) == ';') {
            int index = indexOf(NAMES, s, at, i);
            if (index >= 0) {
                return ((long) VALUES[index] << 32) | (i + 1);
            }
        }
        for (int k = 0; k < LEGACY.length; k++) {
            String name = LEGACY[k];
            if (s.regionMatches(true, at, name, 0, name.length())) {
                int end = at + name.length();
                if (end < n && s.charAt(end) == ';') {
                    end++;
                }
                return ((long) LEGACY_VALUES[k] << 32) | end;
            }
        }
        return -1;
    }

    private static int indexOf(String[] names, String s, int from, int to) {
        int length = to - from;
        for (int k = 0; k < names.length; k++) {
            if (names[k].length() == length && s.regionMatches(true, from, names[k], 0, length)) {
                return k;
            }
        }
        return -1;
    }

    private static int decimalDigit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
