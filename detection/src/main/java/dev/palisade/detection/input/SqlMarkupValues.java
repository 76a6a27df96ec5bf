package dev.palisade.detection.input;

/**
 * Reads an XML (or HTML-like) document value the way the application will: as element attributes and
 * text, each of which may end up in a query on its own. A SOAP or XML body that carries
 * {@code <user name="x' or '1'='1"/>} splices the attribute value, not the document, into SQL, so the
 * quote context must start at that attribute's quote, not the document's first one. Each attribute
 * value and each text node ({@link XmlDocumentValues#values}) is inspected separately; the pieces are
 * disjoint, so the total work stays linear in the value.
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
        int[] ranges = XmlDocumentValues.values(s);
        for (int k = 0; k < ranges.length; k += 2) {
            best = piece(s, ranges[k], ranges[k + 1], detector, best);
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
