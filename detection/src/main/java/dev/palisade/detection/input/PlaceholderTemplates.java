package dev.palisade.detection.input;

/**
 * Fuzzer templates of a tag: {@code <img[a][b]src[c]=x[d]onerror=[e]"alert(1)">}, where each bracketed
 * placeholder marks a place the fuzzer fills with a separator (space, {@code /}, NUL, form feed...) to find
 * one a filter lets through. As written, a browser reads the whole run as one tag name, so nothing runs;
 * but a tag name never holds {@code =}, and a handler attribute whose value calls a sink is the attack
 * itself, whatever separator ends up in the brackets. Helper of {@link HtmlTagScanner}.
 */
final class PlaceholderTemplates {
    private PlaceholderTemplates() {
    }

    /** Longest placeholder read between a handler name and its {@code =}: {@code [c]}, {@code [%0c]}. */
    private static final int MAX_PLACEHOLDER = 8;

    /**
     * A known handler name followed by {@code =} inside the tag name {@code s[from, to)}, its value calling
     * a sink ({@code alert(}, {@code eval(}...); MEDIUM, as only a fuzzer writes it. Null otherwise.
     */
    static Detection handlerInName(String s, int from, int to) {
        if (XssVocabulary.indexOf(s, "=", from, to) < 0) {
            return null; // the common case: an ordinary name
        }
        for (int k = from + 1; k + 5 <= to; k++) {
            if (s.charAt(k) != 'o' || s.charAt(k + 1) != 'n' || Character.isLetterOrDigit(s.charAt(k - 1))) {
                continue;
            }
            int j = k + 2;
            while (j < to && HtmlTagScanner.isAsciiLetter(s.charAt(j))) {
                j++;
            }
            if (!XssVocabulary.isEventHandler(s, k, j)) {
                k = j - 1;
                continue;
            }
            int eq = skipPlaceholders(s, j, to);
            if (eq >= to || s.charAt(eq) != '=') {
                k = j - 1;
                continue;
            }
            // The first handler with '=' decides: the value of any later one lies inside this one's rest.
            return callsSink(s, eq + 1, to)
                    ? new Detection(Category.XSS, Confidence.MEDIUM, k, to, "xss.event_handler") : null;
        }
        return null;
    }

    /** The index after any bracketed placeholders ({@code [c][d]}) starting at {@code i}. */
    private static int skipPlaceholders(String s, int i, int to) {
        while (i < to && s.charAt(i) == '[') {
            int close = XssVocabulary.indexOf(s, "]", i + 1, Math.min(to, i + MAX_PLACEHOLDER));
            if (close < 0) {
                return i;
            }
            i = close + 1;
        }
        return i;
    }

    /** Whether a sink call starts at a word boundary in {@code s[from, to)}. */
    private static boolean callsSink(String s, int from, int to) {
        for (int m = from; m < to; m++) {
            if (!HtmlTagScanner.isAsciiLetter(s.charAt(m)) || ScriptContextScanner.isIdentifierPart(s.charAt(m - 1))) {
                continue;
            }
            int end = JsBreakouts.sinkCallEnd(s, m, false);
            if (end > 0 && end <= to) {
                return true;
            }
        }
        return false;
    }
}
