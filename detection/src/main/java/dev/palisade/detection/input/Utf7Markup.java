package dev.palisade.detection.input;

import java.util.Locale;

/**
 * Markup written in UTF-7 ({@code +ADw-script+AD4-}) or in IMAP's modified UTF-7, which shifts with
 * {@code &} instead of {@code +} ({@code &ADw-}): a browser that sniffs a page without a charset as
 * UTF-7 (old IE) decodes it into tags no filter saw. Every shifted run that encodes an ASCII char
 * starts with {@code A} and one of {@code C-H} (UTF-16 code units 0x0020-0x007F), so only values
 * holding {@code +A} or {@code &A} followed by such a char are decoded, from the value as received.
 */
final class Utf7Markup {
    private Utf7Markup() {
    }

    /** Shortest value that can spell a tag in UTF-7: {@code +ADw-svg}. */
    private static final int MIN_LENGTH = 8;

    /** A finding of the tag scanner (MEDIUM or above) on the UTF-7 reading of {@code raw}, as MEDIUM; else null. */
    static Detection scan(String raw) {
        if (raw.length() < MIN_LENGTH) {
            return null;
        }
        int first = firstShift(raw);
        if (first < 0) {
            return null;
        }
        String decoded = decode(raw, first).toLowerCase(Locale.ROOT);
        Detection d = HtmlTagScanner.scan(decoded);
        return d != null && d.confidence() != Confidence.LOW
                ? new Detection(Category.XSS, Confidence.MEDIUM, first, raw.length(), "xss.utf7_markup") : null;
    }

    /** Index of the first shift char that opens a run encoding an ASCII char, or -1. */
    private static int firstShift(String raw) {
        for (int a = raw.indexOf('A', 1); a >= 0 && a + 1 < raw.length(); a = raw.indexOf('A', a + 1)) {
            char shift = raw.charAt(a - 1);
            char next = raw.charAt(a + 1);
            if ((shift == '+' || shift == '&') && next >= 'C' && next <= 'H') {
                return a - 1;
            }
        }
        return -1;
    }

    /** {@code raw} with each shifted run from {@code first} on decoded as UTF-16; other text kept. */
    private static String decode(String raw, int first) {
        int n = raw.length();
        StringBuilder out = new StringBuilder(n).append(raw, 0, first);
        int i = first;
        while (i < n) {
            char c = raw.charAt(i);
            if ((c == '+' || c == '&') && i + 1 < n && value(raw.charAt(i + 1)) >= 0) {
                int buffer = 0;
                int bits = 0;
                int j = i + 1;
                while (j < n && value(raw.charAt(j)) >= 0) {
                    buffer = buffer << 6 | value(raw.charAt(j));
                    bits += 6;
                    if (bits >= 16) {
                        bits -= 16;
                        out.append((char) (buffer >>> bits & 0xffff));
                    }
                    j++;
                }
                i = j < n && raw.charAt(j) == '-' ? j + 1 : j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The base64 value of {@code c} in UTF-7 ({@code /}) or modified UTF-7 ({@code ,}), or -1. */
    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        return c == '/' || c == ',' ? 63 : -1;
    }
}
