package dev.palisade.detection.input;

/**
 * Reads HTML start and end tags the way a browser's tokenizer does ({@code <} directly followed by a
 * letter opens a tag; attributes are separated by whitespace or {@code /}; values may be quoted with
 * {@code "}, {@code '} or a backtick, or unquoted) and reports tags that run script: {@code <script},
 * {@code </script}, any element with an {@code on*=} handler, attribute values with a script URL or
 * script-running CSS, {@code srcdoc}, and elements that load active content ({@code <iframe src=},
 * {@code <object data=}, {@code <base href=}, {@code <meta http-equiv=} ...). At lower confidence: markup
 * with no place in user content, XML declarations, IE conditional comments ({@link ConditionalComments}),
 * links to IP hosts spelled to dodge filters ({@link ObfuscatedHosts}) and fuzzer templates
 * ({@link PlaceholderTemplates}). A {@code <} not followed by a letter ({@code 1<2}, {@code <3},
 * {@code a < b}) is text. One forward pass: each tag is read once.
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
            boolean end = c == '/';
            // IE ignored NUL inside markup: <\0script> was a script tag there.
            int nameStart = end ? i + 2 : i + 1;
            while (nameStart < n && s.charAt(nameStart) == 0) {
                nameStart++;
            }
            char head = nameStart < n ? s.charAt(nameStart) : ' ';
            if (head == '!' && !end) {
                found = stronger(found, declaration(i));
            } else if (isAsciiLetter(head) || !end && head == '?' || head == ':') {
                Detection d = tag(i, nameStart, end);
                if (d != null && d.confidence() == Confidence.HIGH) {
                    return d;
                }
                found = stronger(found, d);
                // Rescan from a '<' inside the tag just read (an attribute value may be reflected into
                // another context). Quoted values end at their quote, so regions overlap only a few times.
                int inner = s.indexOf('<', i + 1);
                next = inner >= 0 && inner < tagEnd ? inner : Math.max(tagEnd, i + 1);
            }
            i = next < n ? s.indexOf('<', next) : -1;
        }
        return found;
    }

    /**
     * XML markup declarations: {@code <!ENTITY}, {@code <!ATTLIST}, {@code <!ELEMENT} and a
     * {@code <!DOCTYPE name [} with an internal subset. A value only carries one to redefine the
     * document it lands in: entities that fetch or expand content, default attributes such as handlers.
     * Also IE's conditional comments ({@link ConditionalComments}), LOW.
     */
    private Detection declaration(int lt) {
        int i = lt + 2;
        if (s.startsWith("[", i) || s.startsWith("--[", i)) {
            int conditional = ConditionalComments.end(s, lt);
            return conditional > 0 ? hit(Confidence.LOW, lt, conditional, "xss.conditional_comment") : null;
        }
        if (s.startsWith("entity", i) || s.startsWith("attlist", i) || s.startsWith("element", i)) {
            int after = nameEnd(s, i);
            return after < s.length() && s.charAt(after) <= ' '
                    ? hit(Confidence.MEDIUM, lt, after, "xss.dtd_declaration") : null;
        }
        if (s.startsWith("doctype", i)) {
            int limit = Math.min(s.length(), i + 64);
            for (int k = i + 7; k < limit && s.charAt(k) != '>'; k++) {
                if (s.charAt(k) == '[') {
                    return hit(Confidence.MEDIUM, lt, k + 1, "xss.dtd_declaration");
                }
            }
        }
        return null;
    }

    private static Detection stronger(Detection a, Detection b) {
        if (a == null) {
            return b;
        }
        return b != null && b.confidence().compareTo(a.confidence()) > 0 ? b : a;
    }

    /**
     * Reads one start tag (or, with {@code end}, an end tag) whose name starts at {@code nameStart},
     * sets {@link #tagEnd}, returns a finding or null.
     */
    private Detection tag(int lt, int nameStart, boolean end) {
        int n = s.length();
        int nameEnd = nameEnd(s, nameStart);
        tagEnd = nameEnd;
        if (isLocalName(s, nameStart, nameEnd, "script")) {
            return hit(Confidence.HIGH, lt, nameEnd, "xss.script_tag");
        }
        boolean instruction = s.charAt(nameStart) == '?';
        int local = localNameStart(s, nameStart, nameEnd);
        boolean active = !end && !instruction && XssVocabulary.isActiveElement(s, local, nameEnd)
                || instruction && isImportInstruction(s, nameStart, nameEnd);
        Detection weak = end || instruction ? null : junkedElementName(lt, local, nameEnd);
        if (weak == null && !end && !instruction) {
            weak = PlaceholderTemplates.handlerInName(s, local, nameEnd);
        }
        int attributes = 0;
        int values = 0;
        boolean closed = false;
        int i = nameEnd;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '>' || c == '<' && (end || opensTag(s, i + 1))) {
                closed = c == '>';
                break; // a '<' that opens another tag is read again from there by scanFrom
            }
            // A '<' that opens no tag starts an attribute name in the browser: <x </onclick=go()> has
            // an onclick attribute. Skipped like a separator.
            if (c <= ' ' || c == '/' || c == '"' || c == '\'' || c == '`' || c == '<') {
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
                if (weak == null && XssVocabulary.isEventHandler(s, attrStart, attrEnd)) {
                    // A handler written without a value (<img onerror/=...>): only a filter probe writes that.
                    weak = hit(Confidence.MEDIUM, attrStart, attrEnd, "xss.event_handler");
                } else if (weak == null && attrEnd - attrStart > 6 && s.startsWith("xmlns:", attrStart)) {
                    // A prefix declared without a URI is no XML; only IE's HTML parser read <html xmlns:x> as
                    // the declaration that binds an imported behaviour (<?import implementation=...htc>) to <x:*>.
                    weak = hit(Confidence.LOW, attrStart, attrEnd, "xss.namespace_injection");
                }
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
            values++;
            Detection d = attribute(lt, attrStart, attrEnd, valueStart, valueEnd);
            if (d != null) {
                return d;
            }
            if (weak == null) {
                weak = xmlAttribute(attrStart, attrEnd, valueStart, valueEnd);
            }
            if (weak == null && ObfuscatedHosts.isObfuscatedIpv4Url(s, valueStart, valueEnd)) {
                weak = hit(Confidence.LOW, attrStart, valueEnd, "xss.obfuscated_url");
            }
        }
        tagEnd = i;
        if (active && (attributes > 0 || XssVocabulary.isBareActiveElement(s, local, nameEnd))) {
            return hit(attributes > 0 ? Confidence.HIGH : Confidence.MEDIUM, lt, Math.max(nameEnd, i),
                    "xss.active_element");
        }
        if (weak != null) {
            return weak;
        }
        return markup(lt, nameStart, local, nameEnd, end, instruction, closed, values);
    }

    /**
     * Markup injection that runs nothing by itself: a complete tag (closed with {@code >}, or a start
     * tag with an attribute value) of an element sanitizers keep out of user content (LOW), and the
     * end tag of a raw-text element, which leaves the context a value is reflected in (MEDIUM).
     */
    private Detection markup(int lt, int nameStart, int local, int nameEnd, boolean end, boolean instruction,
            boolean closed, int values) {
        int to = Math.min(s.length(), tagEnd + 1);
        if (instruction) {
            // <?xml-stylesheet ...?> makes the XML document render through an injected stylesheet.
            boolean stylesheet = nameEnd - nameStart == 15 && s.startsWith("?xml-stylesheet", nameStart);
            boolean namespace = isIeNamespaceImport(s, nameStart + 1, nameEnd);
            return (stylesheet || namespace) && values > 0 ? hit(Confidence.LOW, lt, to, "xss.markup_injection") : null;
        }
        if (!closed && (end || values == 0)) {
            return null;
        }
        if (!end && values == 0 && !adjacentToMarkup(lt) && !loneTagIsMarkup(lt, local, nameEnd)) {
            return null; // "cp <source> <path>", "<grin>": a lone bare word in brackets is prose
        }
        if (end && XssVocabulary.isRawTextElement(s, local, nameEnd)) {
            return hit(Confidence.MEDIUM, lt, to, "xss.context_breakout");
        }
        if (!end && values > 0 && nameEnd - local == 3 && s.startsWith("div", local)) {
            // A bare <div> is what rich-text editors submit; one with attributes (id, style) is a crafted block.
            return hit(Confidence.LOW, lt, to, "xss.markup_injection");
        }
        if (XssVocabulary.isMarkupElement(s, local, nameEnd) || isIeNamespaceImport(s, nameStart, nameEnd)) {
            return hit(Confidence.LOW, lt, to, "xss.markup_injection");
        }
        return null;
    }

    /**
     * Whether a lone bare tag is markup all the same: an SVG or MathML name that is no word
     * ({@code <feimage>}, {@code <clippath>}), so no placeholder or chat nick; or a document-level tag
     * ({@code <html>}, {@code <head>}, {@code <body>}, {@code <form>}) on a line of its own, as markup is
     * laid out and a sentence never is. A value that is only {@code <body>} probes for reflected markup,
     * and a bare {@code <form>} opened before the page's own form takes over its inputs.
     */
    private boolean loneTagIsMarkup(int lt, int local, int nameEnd) {
        if (XssVocabulary.isNonWordMarkupElement(s, local, nameEnd)) {
            return true;
        }
        if (!XssVocabulary.isDocumentElement(s, local, nameEnd)) {
            return false;
        }
        int before = lt - 1;
        while (before >= 0 && s.charAt(before) <= ' ' && s.charAt(before) != '\n') {
            before--;
        }
        int after = tagEnd + 1;
        while (after < s.length() && s.charAt(after) <= ' ' && s.charAt(after) != '\n') {
            after++;
        }
        return (before < 0 || s.charAt(before) == '\n') && (after >= s.length() || s.charAt(after) == '\n');
    }

    /** Whether the tag at {@code lt} (ending at {@link #tagEnd}) touches another tag: {@code <html><body>}. */
    private boolean adjacentToMarkup(int lt) {
        return lt > 0 && s.charAt(lt - 1) == '>' || tagEnd + 1 < s.length() && s.charAt(tagEnd + 1) == '<';
    }

    /** {@code <?import ...>}: IE's import of an HTML component (behaviour) from a URL. */
    private static boolean isImportInstruction(String s, int from, int to) {
        return to - from == 7 && s.startsWith("?import", from);
    }

    /** {@code <xml:namespace ...>}: IE's declaration that precedes an imported behaviour. */
    private static boolean isIeNamespaceImport(String s, int from, int to) {
        return to - from == 13 && s.startsWith("xml:namespace", from);
    }

    /**
     * A script-running element name with junk glued on ({@code <script&x>}, {@code <noscript#}): the
     * browser reads another name, so only a filter probe writes it.
     */
    private Detection junkedElementName(int lt, int local, int nameEnd) {
        int i = local;
        while (i < nameEnd && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        if (i == nameEnd || i - local < 3) {
            return null;
        }
        char junk = s.charAt(i);
        if (Character.isLetterOrDigit(junk) || junk == '-' || junk == '_' || junk == '.' || junk == ':') {
            return null;
        }
        boolean scripted = i - local == 6 && s.startsWith("script", local)
                || i - local == 8 && s.startsWith("noscript", local) || XssVocabulary.isActiveElement(s, local, i);
        return scripted ? hit(Confidence.MEDIUM, lt, nameEnd, "xss.script_tag") : null;
    }

    /**
     * XML attributes that change what the parser builds or fetches: a namespace declaration for XHTML,
     * SVG, MathML, XLink, XInclude or XSLT turns the following markup into script-capable elements
     * (MEDIUM); {@code xsi:schemaLocation} makes the XML processor fetch a remote schema (LOW).
     */
    private Detection xmlAttribute(int attrStart, int attrEnd, int valueStart, int valueEnd) {
        if (attrEnd - attrStart >= 5 && s.startsWith("xmlns", attrStart)
                && (attrEnd - attrStart == 5 || s.charAt(attrStart + 5) == ':')
                && XssVocabulary.isActiveNamespace(s, valueStart, valueEnd)) {
            return hit(Confidence.MEDIUM, attrStart, valueEnd, "xss.namespace_injection");
        }
        if (attrEnd - attrStart == 18 && s.startsWith("xsi:schemalocation", attrStart)
                && XssVocabulary.indexOf(s, "://", valueStart, valueEnd) >= 0) {
            return hit(Confidence.LOW, attrStart, valueEnd, "xss.external_reference");
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
        if (to - local == name.length()) {
            return s.startsWith(name, local);
        }
        // IE dropped NUL inside a tag name: <scr\0ipt>
        int k = 0;
        for (int i = local; i < to; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                continue;
            }
            if (k == name.length() || c != name.charAt(k)) {
                return false;
            }
            k++;
        }
        return k == name.length();
    }

    private static int localNameStart(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
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

    /** Whether {@code scanFrom} reads a start tag or declaration at the '<' before {@code k}. */
    private static boolean opensTag(String s, int k) {
        if (k >= s.length()) {
            return false;
        }
        char c = s.charAt(k);
        return isAsciiLetter(c) || c == '!' || c == '?' || c == ':' || c == 0;
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
            if (c <= ' ' && c != 0 || c == '/' || c == '>' || c == '<') {
                break; // NUL stays in the name: IE read <scr\0ipt> as script
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
