package dev.palisade.detection.input;

/**
 * What HTML, CSS and JavaScript give script: event handler attribute names (from the HTML, SVG and old
 * IE specifications), URL schemes that run code, CSS that runs code, and the JavaScript functions that
 * turn data into execution. Grammar knowledge, not a list of payloads.
 */
final class XssVocabulary {
    private XssVocabulary() {
    }

    private static final WordTable EVENT_HANDLERS = WordTable.of(1,
        "onabort", "onactivate", "onafterprint", "onafterscriptexecute", "onanimationcancel", "onanimationend",
        "onanimationiteration", "onanimationstart", "onauxclick", "onbeforeactivate", "onbeforecopy",
        "onbeforecut", "onbeforedeactivate", "onbeforeinput", "onbeforepaste", "onbeforeprint",
        "onbeforescriptexecute", "onbeforetoggle", "onbeforeunload", "onbegin", "onblur", "onbounce",
        "oncancel", "oncanplay", "oncanplaythrough", "onchange", "onclick", "onclose", "oncontextmenu",
        "oncontrolselect", "oncopy", "oncuechange", "oncut", "ondataavailable", "ondblclick", "ondeactivate",
        "ondrag", "ondragdrop", "ondragend", "ondragenter", "ondragexit", "ondragleave", "ondragover",
        "ondragstart", "ondrop", "ondurationchange", "onemptied", "onend", "onended", "onerror", "onerrorupdate",
        "onfilterchange", "onfinish", "onfocus", "onfocusin", "onfocusout", "onformchange", "onforminput",
        "onfullscreenchange", "ongotpointercapture", "onhashchange", "onhelp", "oninput", "oninvalid",
        "onkeydown", "onkeypress", "onkeyup", "onlayoutcomplete", "onload", "onloadeddata",
        "onloadedmetadata", "onloadend", "onloadstart", "onlosecapture", "onlostpointercapture", "onmessage",
        "onmousedown", "onmouseenter", "onmouseleave", "onmousemove", "onmouseout", "onmouseover",
        "onmouseup", "onmousewheel", "onmove", "onmoveend", "onmovestart", "onoffline", "ononline",
        "onpagehide", "onpageshow", "onpaste", "onpause", "onplay", "onplaying", "onpointercancel",
        "onpointerdown", "onpointerenter", "onpointerleave", "onpointermove", "onpointerout", "onpointerover",
        "onpointerrawupdate", "onpointerup", "onpopstate", "onprogress", "onpropertychange", "onratechange",
        "onreadystatechange", "onrepeat", "onreset", "onresize", "onresizeend", "onresizestart", "onrowenter",
        "onrowexit", "onscroll", "onscrollend", "onsearch", "onseeked", "onseeking", "onselect",
        "onselectionchange", "onselectstart", "onshow", "onstalled", "onstart", "onstorage", "onsubmit",
        "onsuspend", "onsvgload", "ontimeupdate", "ontoggle", "ontouchend", "ontouchmove", "ontouchstart",
        "ontransitioncancel", "ontransitionend", "ontransitionrun", "ontransitionstart", "onunload",
        "onvolumechange", "onwaiting", "onwheel", "onzoom", "onpointerlockchange", "oncommand",
        // WebKit's prefixed events (Safari)
        "onwebkitanimationend", "onwebkitanimationiteration", "onwebkitanimationstart", "onwebkittransitionend",
        "onwebkitfullscreenchange", "onwebkitmouseforcechanged", "onwebkitmouseforcedown", "onwebkitmouseforceup",
        "onwebkitmouseforcewillbegin", "onwebkitplaybacktargetavailabilitychanged",
        "onwebkitcurrentplaybacktargetiswirelesschanged", "onwebkitpresentationmodechanged");

    /** Functions that run a string as code, or whose call is the usual proof of execution. */
    private static final WordTable SINKS = WordTable.of(1, "alert", "prompt", "confirm", "eval", "settimeout",
        "setinterval", "function", "execscript", "import", "fetch", "atob", "msgbox", "constructor");

    /** Sinks that turn a string into code: their presence alone is execution. */
    private static final WordTable CODE_SINKS = WordTable.of(1, "eval", "settimeout", "setinterval",
        "execscript", "constructor");

    /** Elements that load or define active content, or change how the rest of the page is read. */
    private static final WordTable ACTIVE_ELEMENTS = WordTable.of(1, "iframe", "frame", "frameset", "object",
        "embed", "applet", "base", "meta", "link", "import", "isindex", "vmlframe", "xss", "xml", "style", "layer",
        "ilayer", "bgsound",
        "svg", "math", "template", "portal", "animate", "set", "handler", "listener");

    /** Elements whose mere presence (no attributes) changes parsing or styling. */
    private static final WordTable BARE_ACTIVE_ELEMENTS = WordTable.of(1, "style", "svg", "math", "xml",
        "frameset", "xss", "template");

    /**
     * Elements that no HTML sanitizer lets into user content (forms and their controls, document
     * structure, embedded media, SVG and MathML, XSLT, text containers parsed as raw text): a value
     * that writes one injects markup into the page (phishing forms, content spoofing, parser
     * confusion) even when nothing runs. Formatting, links, images, tables and {@code div}/{@code span},
     * which rich-text editors submit, are not in it.
     */
    private static final WordTable MARKUP_ELEMENTS = WordTable.of(1,
        // document structure
        "html", "head", "body", "title", "noscript", "noframes", "noembed",
        // forms and controls
        "form", "input", "button", "textarea", "select", "option", "optgroup", "label", "fieldset", "legend",
        "datalist", "output", "keygen", "dialog", "menu", "menuitem",
        // embedded and legacy content
        "video", "audio", "source", "track", "canvas", "picture", "marquee", "plaintext", "xmp", "listing",
        "image",
        // SVG and MathML, which the HTML parser switches into foreign content for
        "rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "defs", "use", "symbol", "mask",
        "clippath", "filter", "feimage", "foreignobject", "lineargradient", "radialgradient", "pattern", "marker",
        "mtext", "maction", "mglyph", "annotation-xml",
        // XSLT, which generates a page (and can script it) from XML
        "stylesheet", "transform");

    /**
     * Markup elements whose names are no word of any language (SVG and MathML camel-case names): even a
     * lone bare tag of one is markup, never a placeholder or a chat nick.
     */
    private static final WordTable NON_WORD_MARKUP_ELEMENTS = WordTable.of(1, "feimage", "foreignobject",
        "clippath", "lineargradient", "radialgradient", "annotation-xml", "mglyph", "maction", "mtext");

    /** Elements that frame a whole document or its form submission. */
    private static final WordTable DOCUMENT_ELEMENTS = WordTable.of(1, "html", "head", "body", "form");

    /**
     * Elements whose content the HTML parser reads as raw text: their end tag in a value ends that
     * context ({@code </textarea><script>...}), which is a breakout whatever follows.
     */
    private static final WordTable RAW_TEXT_ELEMENTS = WordTable.of(1, "title", "textarea", "style", "xmp",
        "noscript", "noembed", "noframes", "iframe", "plaintext", "template", "svg", "math", "select");

    /** Namespace URIs whose elements can run script or pull in content, as the value of an xmlns attribute. */
    private static final String[] ACTIVE_NAMESPACES = {"http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg",
        "http://www.w3.org/1998/math/mathml", "http://www.w3.org/1999/xlink", "http://www.w3.org/2001/xinclude",
        "http://www.w3.org/1999/xsl/transform", "http://www.w3.org/tr/wd-xsl", "urn:schemas-microsoft-com:",
        // XML Events: ev:event and ev:handler attributes bind a handler to any element
        "http://www.w3.org/2001/xml-events"};

    /** Whether {@code [from, to)} starts with a script-capable namespace URI. */
    static boolean isActiveNamespace(String s, int from, int to) {
        for (String ns : ACTIVE_NAMESPACES) {
            if (to - from >= ns.length() && s.startsWith(ns, from)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMarkupElement(CharSequence s, int from, int to) {
        return MARKUP_ELEMENTS.contains(s, from, to);
    }

    static boolean isNonWordMarkupElement(CharSequence s, int from, int to) {
        return NON_WORD_MARKUP_ELEMENTS.contains(s, from, to);
    }

    static boolean isDocumentElement(CharSequence s, int from, int to) {
        return DOCUMENT_ELEMENTS.contains(s, from, to);
    }

    static boolean isRawTextElement(CharSequence s, int from, int to) {
        return RAW_TEXT_ELEMENTS.contains(s, from, to);
    }

    static boolean isEventHandler(CharSequence s, int from, int to) {
        return EVENT_HANDLERS.contains(s, from, to);
    }

    static boolean isSink(CharSequence s, int from, int to) {
        return SINKS.contains(s, from, to);
    }

    static boolean isCodeSink(CharSequence s, int from, int to) {
        return CODE_SINKS.contains(s, from, to);
    }

    static boolean isActiveElement(CharSequence s, int from, int to) {
        return ACTIVE_ELEMENTS.contains(s, from, to);
    }

    static boolean isBareActiveElement(CharSequence s, int from, int to) {
        return BARE_ACTIVE_ELEMENTS.contains(s, from, to);
    }

    /**
     * Whether a URL starting at {@code from} (leading spaces and control chars skipped, as browsers do)
     * uses a scheme that runs script: {@code javascript:}, {@code vbscript:}, {@code livescript:},
     * {@code data:text/html}, {@code data:image/svg+xml}, {@code data:application/xhtml+xml}. Tabs and
     * newlines inside the scheme are ignored, as browsers ignore them.
     */
    static boolean isScriptUrl(String s, int from) {
        return isScriptUrl(s, from, false);
    }

    /**
     * Like {@link #isScriptUrl(String, int)}; {@code lenient} also ignores spaces and invisible format
     * characters inside the scheme, for attribute values, where fuzzed payloads put them.
     */
    static boolean isScriptUrl(String s, int from, boolean lenient) {
        int i = from;
        int n = s.length();
        while (i < n && isIgnorable(s.charAt(i), true)) {
            i++;
        }
        int after = matchScheme(s, i, "javascript", lenient);
        if (after < 0) {
            after = matchScheme(s, i, "vbscript", lenient);
        }
        if (after < 0) {
            after = matchScheme(s, i, "livescript", lenient);
        }
        if (after < 0) {
            after = matchScheme(s, i, "mocha", lenient);
        }
        if (after >= 0) {
            return true;
        }
        after = matchScheme(s, i, "data", lenient);
        if (after < 0) {
            return false;
        }
        while (after < n && s.charAt(after) <= ' ') {
            after++;
        }
        return s.startsWith("text/html", after) || s.startsWith("image/svg", after)
                || s.startsWith("application/xhtml", after) || s.startsWith("text/xml", after)
                || s.startsWith("application/x-shockwave", after);
    }

    /**
     * Matches {@code scheme:} at {@code i}, skipping tab/CR/LF anywhere (and with {@code lenient} any
     * control, space or format char); returns the index after ':' or -1.
     */
    static int matchScheme(String s, int i, String scheme, boolean lenient) {
        int n = s.length();
        int k = 0;
        while (i < n && k <= scheme.length()) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || lenient && k > 0 && isIgnorable(c, true)) {
                i++;
                continue;
            }
            if (lenient && k > 0 && c == '\\' && i + 1 < n && s.charAt(i + 1) == '0'
                    && (i + 2 >= n || s.charAt(i + 2) < '0' || s.charAt(i + 2) > '9')) {
                // java\0script: a string-literal NUL, which old IE ignored once the literal was written out
                i += 2;
                continue;
            }
            if (k == scheme.length()) {
                return c == ':' ? i + 1 : -1;
            }
            if (c != scheme.charAt(k)) {
                return -1;
            }
            i++;
            k++;
        }
        return -1;
    }

    /** Whitespace, controls and invisible format chars (zero-width space, BOM ...). */
    static boolean isIgnorable(char c, boolean spaces) {
        if (c < ' ' || c == 0x7f) {
            return true;
        }
        if (c == ' ' || c == 0xa0) {
            return spaces;
        }
        return c >= 0x80 && (Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c));
    }

    /** Whether CSS text in {@code [from, to)} runs script: expression(), behavior:, -moz-binding, javascript:. */
    static boolean isScriptCss(String s, int from, int to) {
        if (CssText.needsCleaning(s, from, to)) {
            String css = CssText.clean(s, from, to);
            return isScriptCss(css, 0, css.length(), true);
        }
        return isScriptCss(s, from, to, true);
    }

    private static boolean isScriptCss(String s, int from, int to, boolean cleaned) {
        int e = indexOf(s, "expression", from, to);
        return e >= 0 && indexOf(s, "(", e, to) >= 0
                || indexOf(s, "behavior", from, to) >= 0 || indexOf(s, "-moz-binding", from, to) >= 0
                || indexOf(s, "javascript:", from, to) >= 0 || indexOf(s, "vbscript:", from, to) >= 0
                || cssUrlWithScript(s, from, to);
    }

    /** {@code url(javascript...)}: a CSS url() whose target is a script URL. */
    static boolean cssUrlWithScript(String s, int from, int to) {
        int u = indexOf(s, "url", from, to);
        while (u >= 0) {
            int i = u + 3;
            while (i < to && s.charAt(i) <= ' ') {
                i++;
            }
            if (i < to && s.charAt(i) == '(') {
                i++;
                while (i < to && (s.charAt(i) <= ' ' || s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                    i++;
                }
                if (s.startsWith("javascript", i) || s.startsWith("vbscript", i)) {
                    return true;
                }
            }
            u = indexOf(s, "url", u + 3, to);
        }
        return false;
    }

    /** First index of {@code needle} within {@code [from, to)}, or -1; never reads past {@code to}. */
    static int indexOf(String s, String needle, int from, int to) {
        int last = Math.min(to, s.length()) - needle.length();
        char first = needle.charAt(0);
        for (int i = Math.max(0, from); i <= last; i++) {
            if (s.charAt(i) == first && s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }
}
