package dev.palisade.detection.input;

/**
 * Reads an XML (or HTML-like) document value the way the application will: as element attributes and
 * text, each of which may end up in a query on its own. A SOAP or XML body that carries
 * {@code <user name="x' or '1'='1"/>} splices the attribute value, not the document, into SQL, so the
 * quote context must start at that attribute's quote, not the document's first one. Each attribute
 * value and each text node is inspected separately; the pieces are disjoint, so the total work stays
 * linear in the value.
 */
final class SqlMarkupValues {
    private SqlMarkupValues() {
    }

    /** Whether {@code s} is a markup document: it starts with a tag ({@code <?xml}, {@code <root>}) and ends with one. */
    static boolean isMarkup(String s) {
        int from = 0;
        while (from < s.length() && SqlLexer.isSpace(s.charAt(from))) {
            from++;
        }
        int to = s.length();
        while (to > from && SqlLexer.isSpace(s.charAt(to - 1))) {
            to--;
        }
        if (to - from < 4 || s.charAt(from) != '<' || s.charAt(to - 1) != '>') {
            return false;
        }
        char second = s.charAt(from + 1);
        return second == '?' || second >= 'a' && second <= 'z';
    }

    /** The strongest finding in the attribute values and text nodes of the document {@code s}, or null. */
    static Detection detectInValues(String s, SqlInjectionDetector detector) {
        Detection best = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                // Inside a tag: attribute values are the quoted strings after '='.
                int j = i + 1;
                while (j < n && s.charAt(j) != '>') {
                    char q = s.charAt(j);
                    if (q == '=' && j + 1 < n && (s.charAt(j + 1) == '"' || s.charAt(j + 1) == '\'')) {
                        char quote = s.charAt(j + 1);
                        int close = s.indexOf(quote, j + 2);
                        if (close < 0) {
                            close = n;
                        }
                        best = piece(s, j + 2, close, detector, best);
                        j = close + 1;
                    } else {
                        j++;
                    }
                }
                i = j + 1;
            } else {
                int close = s.indexOf('<', i);
                if (close < 0) {
                    close = n;
                }
                best = piece(s, i, close, detector, best);
                i = close;
            }
            if (best != null && best.confidence() == Confidence.HIGH) {
                break;
            }
        }
        return best;
    }

    private static Detection piece(String s, int from, int to, SqlInjectionDetector detector, Detection best) {
        if (to <= from || to - from == s.length()) {
            return best;
        }
        Detection d = detector.detectText(s.substring(from, to));
        if (d == null) {
            return best;
        }
        Detection shifted = new Detection(d.category(), d.confidence(), d.start() + from, d.end() + from, d.reason());
        return SqlInjectionDetector.stronger(best, shifted);
    }
}
