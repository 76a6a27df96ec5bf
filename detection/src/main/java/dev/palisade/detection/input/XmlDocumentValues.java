package dev.palisade.detection.input;

/**
 * The parameters an XML document carries: its attribute values and text runs. A request body such as
 * {@code <?xml ...?><root><a probe="cat /etc/passwd"/></root>} hands each of them to the application
 * as a value, so the command injection detector judges each one as if it had come alone; read as one
 * shell line, the markup around them would hide their command position. Only values that open with
 * the XML declaration are treated so: HTML and rich text are prose with tags, not parameter carriers.
 * The SQL injection detector splits markup documents the same way ({@link SqlMarkupValues}).
 */
final class XmlDocumentValues {
    private XmlDocumentValues() {
    }

    /** Most values taken from one document: the cost stays proportional to the value either way. */
    static final int MAX_VALUES = 64;

    /** Whether {@code s} starts (after white space) with the XML declaration {@code <?xml}. */
    static boolean isDocument(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        return s.startsWith("<?xml", i);
    }

    /**
     * Start and end offsets of the document's non-blank attribute values and text runs, as pairs, in
     * document order; at most {@link #MAX_VALUES} of them, the last one running to the end of the
     * document when there are more. Entities are already decoded by the normalizer.
     */
    static int[] values(String s) {
        int[] out = new int[8];
        int count = 0;
        int n = s.length();
        boolean inTag = false;
        int i = 0;
        while (i < n && count < MAX_VALUES) {
            char c = s.charAt(i);
            int from = -1;
            int to = -1;
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                } else if ((c == '"' || c == '\'') && i > 0 && s.charAt(i - 1) == '=') {
                    int close = s.indexOf(c, i + 1);
                    from = i + 1;
                    to = close < 0 ? n : close;
                }
            } else if (c == '<') {
                inTag = true;
            } else {
                int next = s.indexOf('<', i);
                from = i;
                to = next < 0 ? n : next;
            }
            if (from >= 0 && count == MAX_VALUES - 1) {
                from = Math.min(from, i);
                to = n; // the last range holds the rest of the document, read whole
            }
            if (from >= 0) {
                if (!isBlank(s, from, to)) {
                    if (2 * count + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[2 * count] = from;
                    out[2 * count + 1] = to;
                    count++;
                }
                i = inTag ? to + 1 : to;
            } else {
                i++;
            }
        }
        return java.util.Arrays.copyOf(out, 2 * count);
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) > ' ') {
                return false;
            }
        }
        return true;
    }
}
