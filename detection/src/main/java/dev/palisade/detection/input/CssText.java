package dev.palisade.detection.input;

/**
 * Reads CSS the way a browser does before matching property values: comments ({@code /* *}{@code /})
 * removed and escapes ({@code \65}, {@code \0065 }, {@code \e}) decoded, so that {@code expr/**}{@code /ession(}
 * and {@code \65xpression(} are seen as {@code expression(}. Works on a bounded region only.
 */
final class CssText {
    private CssText() {
    }

    /** Longest CSS region cleaned; longer style values are checked in their first part. */
    static final int MAX_REGION = 4096;

    /** The region {@code [from, to)} of {@code s} with comments removed and escapes decoded. */
    static String clean(String s, int from, int to) {
        int end = Math.min(to, Math.min(s.length(), from + MAX_REGION));
        StringBuilder out = new StringBuilder(Math.max(0, end - from));
        int i = from;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < end && s.charAt(i + 1) == '*') {
                int close = XssVocabulary.indexOf(s, "*/", i + 2, end);
                i = close < 0 ? end : close + 2;
                continue;
            }
            if (c == '\\' && i + 1 < end) {
                int j = i + 1;
                int value = 0;
                while (j < end && j - i <= 6 && PercentDecoding.hexDigit(s.charAt(j)) >= 0) {
                    value = value * 16 + PercentDecoding.hexDigit(s.charAt(j));
                    j++;
                }
                if (j > i + 1) {
                    if (j < end && s.charAt(j) == ' ') {
                        j++;
                    }
                    if (value > 0 && value <= Character.MAX_CODE_POINT) {
                        out.appendCodePoint(Character.toLowerCase(value));
                    }
                    i = j;
                    continue;
                }
                if (s.charAt(i + 1) != '\n') {
                    out.append(s.charAt(i + 1));
                }
                i += 2;
                continue;
            }
            if (c != 0) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** Whether the region needs {@link #clean} before matching: it holds a comment or an escape. */
    static boolean needsCleaning(String s, int from, int to) {
        int end = Math.min(to, Math.min(s.length(), from + MAX_REGION));
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == 0 || c == '/' && i + 1 < end && s.charAt(i + 1) == '*') {
                return true;
            }
        }
        return false;
    }
}
