package dev.palisade.detection.input;

/**
 * Reads HTML start and end tags the way a browser's tokenizer does ({@code <} directly followed by a
 * letter opens a tag; attributes are separated by whitespace or {@code /}; values may be quoted with
 * {@code "}, {@code '} or a backtick, or unquoted) and reports tags that run script: {@code <script},
 * {@code </script}, any element with an {@code on*=} handler, attribute values with a script URL or
 * script-running CSS, {@code srcdoc}, and elements that load active content ({@code <iframe src=},
 * {@code <object data=}, {@code <base href=}, {@code <meta http-equiv=} ...). A {@code <} not followed by a
 * letter ({@code 1<2}, {@code <3}, {@code a < b}) is text. One forward pass: each tag is read once.
 */
final class HtmlTagScanner {
    private final String s;
    /** Index just past the tag read last. */
    private int tagEnd;

    private HtmlTagScanner(String s) {
        this.s = s;
    }

    /** The first finding in {@code s} (a HIGH one if any), or null. */
    static Detection scan(String s) {
        int i = s.indexOf('<');
        if (i < 0) {
            return null;
        }
        return new HtmlTagScanner(s).scanFrom(i);
    }

    private Detection scanFrom(int first) {
        int n = s.length();
        Detection found = null;
        int i = first;
        while (i >= 0 && i + 1 < n) {
            char c = s.charAt(i + 1);
            int next = i + 1;
            if (c == '/') {
                int nameEnd = nameEnd(s, i + 2);
                if (isLocalName(s, i + 2, nameEnd, "script")) {
                    return hit(Confidence.HIGH, i, nameEnd, "xss.script_tag");
                }
            } else if (isAsciiLetter(c) || c == '?') {
                Detection d = tag(i);
                if (d != null && d.confidence() == Confidence.HIGH) {
                    return d;
                }
                found = found == null ? d : found;
                // Rescan from a '<' inside the tag just read (an attribute value may be reflected into
                // another context). Quoted values end at their quote, so regions overlap only a few times.
                int inner = s.indexOf('<', i + 1);
                next = inner >= 0 && inner < tagEnd ? inner : Math.max(tagEnd, i + 1);
            }
            i = next < n ? s.indexOf('<', next) : -1;
        }
        return found;
    }

    /** Reads one tag starting at {@code lt}, sets {@link #tagEnd}, returns a finding or null. */
    private Detection tag(int lt) {
        int n = s.length();
        int nameStart = lt + 1;
        int nameEnd = nameEnd(s, nameStart);
        tagEnd = nameEnd;
        if (isLocalName(s, nameStart, nameEnd, "script")) {
            return hit(Confidence.HIGH, lt, nameEnd, "xss.script_tag");
        }
        int local = localNameStart(s, nameStart, nameEnd);
        boolean active = XssVocabulary.isActiveElement(s, local, nameEnd);
        int attributes = 0;
        int i = nameEnd;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '>' || c == '<') {
                break;
            }
            if (c <= ' ' || c == '/' || c == '"' || c == '\'' || c == '`') {
                i++;
                continue;
            }
            int attrStart = i;
            while (i < n && !isAttributeNameEnd(s.charAt(i))) {
                i++;
            }
            int attrEnd = i;
            if (isJunkedHandlerName(s, attrStart, attrEnd)) {
                return hit(Confidence.HIGH, attrStart, attrEnd, "xss.event_handler");
            }
            while (i < n && s.charAt(i) <= ' ') {
                i++;
            }
            attributes++;
            if (i >= n || s.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < n && s.charAt(i) <= ' ') {
                i++;
            }
            int valueStart = i;
            int valueEnd;
            if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '`')) {
                char q = s.charAt(i);
                int close = s.indexOf(q, i + 1);
                valueStart = i + 1;
                valueEnd = close < 0 ? n : close;
                i = close < 0 ? n : close + 1;
            } else {
                while (i < n && s.charAt(i) > ' ' && s.charAt(i) != '>') {
                    i++;
                }
                valueEnd = i;
            }
            tagEnd = i;
            Detection d = attribute(lt, attrStart, attrEnd, valueStart, valueEnd);
            if (d != null) {
                return d;
            }
        }
        tagEnd = i;
        if (active && (attributes > 0 || XssVocabulary.isBareActiveElement(s, local, nameEnd))) {
            return hit(attributes > 0 ? Confidence.HIGH : Confidence.MEDIUM, lt, Math.max(nameEnd, i),
                    "xss.active_element");
        }
        return null;
    }

    private Detection attribute(int lt, int attrStart, int attrEnd, int valueStart, int valueEnd) {
        if (isHandlerName(s, attrStart, attrEnd)) {
            return hit(Confidence.HIGH, attrStart, valueEnd, "xss.event_handler");
        }
        if (valueEnd > valueStart && XssVocabulary.isScriptUrl(s, valueStart, true)) {
            return hit(Confidence.HIGH, attrStart, valueEnd, "xss.script_url");
        }
        if (attrEnd - attrStart == 5 && s.startsWith("style", attrStart)
                && XssVocabulary.isScriptCss(s, valueStart, valueEnd)) {
            return hit(Confidence.HIGH, attrStart, valueEnd, "xss.style_script");
        }
        if (attrEnd - attrStart == 6 && s.startsWith("srcdoc", attrStart)) {
            return hit(Confidence.HIGH, attrStart, valueEnd, "xss.active_element");
        }
        // Netscape's JavaScript entities: &{code};
        if (s.startsWith("&{", valueStart)) {
            return hit(Confidence.HIGH, attrStart, valueEnd, "xss.script_url");
        }
        // Old IE data binding renders a data source as HTML.
        if (attrEnd - attrStart == 12 && s.startsWith("dataformatas", attrStart) && s.startsWith("html", valueStart)) {
            return hit(Confidence.HIGH, attrStart, valueEnd, "xss.active_element");
        }
        return null;
    }

    /** A known handler name with junk glued on ({@code onload!#$%&()*~+-_.,:;?@[}): written only to slip past filters. */
    private static boolean isJunkedHandlerName(String s, int from, int to) {
        int i = from;
        while (i < to && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        return i < to && i - from >= 5 && s.charAt(from) == 'o' && s.charAt(from + 1) == 'n'
                && XssVocabulary.isEventHandler(s, from, i) && !Character.isLetterOrDigit(s.charAt(i));
    }

    /** Whether the tag name {@code [from, to)}, without a namespace prefix ({@code x:script}), is {@code name}. */
    private static boolean isLocalName(String s, int from, int to, String name) {
        int local = localNameStart(s, from, to);
        return to - local == name.length() && s.startsWith(name, local);
    }

    private static int localNameStart(String s, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (s.charAt(i) == ':') {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * A handler attribute: {@code on} and at least three more letters (inside a tag any such name runs),
     * or a known handler name followed by junk some parsers drop ({@code onload!#$%=}).
     */
    private static boolean isHandlerName(String s, int from, int to) {
        if (to - from < 5 || s.charAt(from) != 'o' || s.charAt(from + 1) != 'n') {
            return false;
        }
        int i = from + 2;
        while (i < to && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        return i == to || i - from >= 5 && XssVocabulary.isEventHandler(s, from, i);
    }

    private static boolean isAttributeNameEnd(char c) {
        return c <= ' ' || c == '/' || c == '>' || c == '=' || c == '<';
    }

    /** End of a tag name: browsers read it up to whitespace, '/' or '>'. */
    static int nameEnd(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '/' || c == '>' || c == '<') {
                break;
            }
            i++;
        }
        return i;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Detection hit(Confidence confidence, int from, int to, String reason) {
        return new Detection(Category.XSS, confidence, from, to, reason);
    }
}
