package dev.palisade.detection.input;

/**
 * Pieces of markup written without their {@code <}, for a value reflected inside a tag the page
 * already opened. Helpers of {@link ScriptContextScanner}.
 */
final class MarkupFragments {
    private MarkupFragments() {
    }

    /**
     * {@code 'formaction=}: a quote ends the attribute the value sits in and a {@code formaction}
     * attribute follows, which makes the button it lands on submit its form to a URL of the value's
     * choosing ({@code javascript:} included). Reported when the value ends at the {@code =}, leaving the URL
     * to the page's own text; a script URL after it is reported by the scheme rule.
     */
    static Detection formActionBreakout(String s, int eq) {
        int start = eq - 10;
        if (start < 1 || !s.startsWith("formaction", start)) {
            return null;
        }
        int q = start - 1;
        while (q > 0 && s.charAt(q) <= ' ') {
            q--;
        }
        char before = s.charAt(q);
        if (before != '"' && before != '\'' && before != '`') {
            return null;
        }
        int v = eq + 1;
        while (v < s.length() && s.charAt(v) <= ' ') {
            v++;
        }
        return v == s.length() ? ScriptContextScanner.hit(Confidence.MEDIUM, start, eq + 1, "xss.attribute_breakout") : null;
    }
}
