package dev.palisade.detection.input;

/**
 * A JavaScript identifier spelled with {@code \}{@code uXXXX} escapes of ASCII letters
 * ({@code \}{@code u0076\}{@code u0061lueOf}): JavaScript reads an escape inside an identifier as the letter itself,
 * while no encoder escapes a plain letter (JSON and HTML-safe encoders escape quotes, angle brackets,
 * control and non-ASCII chars), so only code written past a keyword filter holds two such escapes in
 * one name. Read on the value as received, where the escapes are still visible.
 */
final class EscapedIdentifiers {
    private EscapedIdentifiers() {
    }

    /** Letter escapes in one identifier that make it an obfuscated name. */
    private static final int MIN_ESCAPED_LETTERS = 2;

    /** The first identifier of {@code raw} with two or more escaped ASCII letters, as a LOW finding; else null. */
    static Detection scan(String raw) {
        int n = raw.length();
        if (n < MIN_ESCAPED_LETTERS * 6) {
            return null;
        }
        int i = raw.indexOf("\\u");
        while (i >= 0) {
            int start = i;
            while (start > 0 && ScriptContextScanner.isIdentifierPart(raw.charAt(start - 1))) {
                start--;
            }
            int letters = 0;
            int j = i;
            while (j < n) {
                int escaped = escapedChar(raw, j);
                if (escaped >= 0 && ScriptContextScanner.isIdentifierPart((char) escaped)) {
                    letters += HtmlTagScanner.isAsciiLetter((char) escaped) ? 1 : 0;
                    j += 6;
                } else if (escaped < 0 && ScriptContextScanner.isIdentifierPart(raw.charAt(j))) {
                    j++;
                } else {
                    break;
                }
            }
            if (letters >= MIN_ESCAPED_LETTERS) {
                return new Detection(Category.XSS, Confidence.LOW, start, j, "xss.encoded_script");
            }
            i = raw.indexOf("\\u", Math.max(j, i + 2));
        }
        return null;
    }

    /** The char of a {@code \}{@code uXXXX} escape at {@code i} when it is ASCII, else -1. */
    private static int escapedChar(String s, int i) {
        if (i + 6 > s.length() || s.charAt(i) != '\\' || s.charAt(i + 1) != 'u') {
            return -1;
        }
        int hi = PercentDecoding.hexPair(s, i + 2);
        int lo = hi == 0 ? PercentDecoding.hexPair(s, i + 4) : -1;
        return lo >= 0 && lo < 0x80 ? lo : -1;
    }
}
