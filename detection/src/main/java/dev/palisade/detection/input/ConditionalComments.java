package dev.palisade.detection.input;

/**
 * Internet Explorer's conditional comments: {@code <!--[if gte IE 4]>} ... {@code <![endif]-->} (content
 * hidden from other browsers) and {@code <![if !IE]>} ... {@code <![endif]>} (content shown to them). To
 * every other parser, sanitizers included, the first form is a comment, so markup inside it passes a
 * filter that keeps comments and is still parsed as HTML by old IE. Nothing but a page template writes
 * one; in a request value it hides markup or probes for the trick. Helper of {@link HtmlTagScanner}.
 */
final class ConditionalComments {
    private ConditionalComments() {
    }

    /** How far past {@code [if} the closing {@code ]>} may be ({@code [if !(IE 6)|(gt IE 8)]>} fits). */
    private static final int MAX_CONDITION = 64;

    /**
     * The end of a conditional comment's opening ({@code <!--[if ...]>}, {@code <![if ...]>}) or closing
     * ({@code <![endif]>}, {@code <![endif]-->}) at {@code lt}, the index of its {@code <}; -1 when there is none.
     */
    static int end(String s, int lt) {
        int i = lt + 2; // past "<!"
        if (s.startsWith("--", i)) {
            i += 2;
        }
        if (i >= s.length() || s.charAt(i) != '[') {
            return -1;
        }
        i++;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        int word;
        if (s.startsWith("if", i)) {
            word = i + 2;
        } else if (s.startsWith("endif", i)) {
            word = i + 5;
        } else {
            return -1;
        }
        if (word < s.length() && HtmlTagScanner.isAsciiLetter(s.charAt(word))) {
            return -1; // "[iframe", "[ifdef": another word
        }
        int limit = Math.min(s.length(), word + MAX_CONDITION);
        for (int k = word; k < limit; k++) {
            char c = s.charAt(k);
            if (c == ']') {
                int close = s.startsWith("-->", k + 1) ? k + 4 : k + 2;
                return close <= s.length() && s.charAt(close - 1) == '>' ? close : -1;
            }
            if (c == '>' || c == '<') {
                return -1;
            }
        }
        return -1;
    }
}
