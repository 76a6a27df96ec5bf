package dev.palisade.detection.input;

/**
 * Folds typographic quotes to the ASCII quotes SQL reads. NFKC keeps {@code ‘ ’ “ ”}, but databases
 * that store a request's Unicode text in a legacy code page (SQL Server {@code varchar}, MySQL
 * {@code latin1} connections) map them to {@code '} and {@code "} on the way in, so a payload written
 * with them breaks out of a string just as well; word processors also put them into pasted payloads.
 */
final class SqlQuoteFolding {
    private SqlQuoteFolding() {
    }

    /** {@code s} with typographic single and double quotes replaced by ASCII ones; {@code s} itself when it has none. */
    static String fold(String s) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // One compare for the ASCII and Latin-1 text that makes up almost every value.
            if (c >= '\u02bc' && folded(c) != 0) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char f = folded(chars[i]);
            if (f != 0) {
                chars[i] = f;
            }
        }
        return new String(chars);
    }

    private static char folded(char c) {
        switch (c) {
            case '\u2018': // left single quotation mark
            case '\u2019': // right single quotation mark
            case '\u201a': // single low-9 quotation mark
            case '\u201b': // single high-reversed-9 quotation mark
            case '\u2032': // prime
            case '\u02bc': // modifier letter apostrophe
                return '\'';
            case '\u201c': // left double quotation mark
            case '\u201d': // right double quotation mark
            case '\u201e': // double low-9 quotation mark
            case '\u2033': // double prime
                return '"';
            default:
                return 0;
        }
    }
}
