package dev.palisade.detection.input;

/**
 * Finds script injection that needs no new tag, in one pass that dispatches on the char: an event
 * handler that breaks out of an attribute ({@code " onmouseover=alert(1)}), a {@code javascript:} URL,
 * CSS {@code expression(}, template expressions ({@code {{constructor.constructor('...')()}}}), UTF-7
 * markup, and (through {@link JsBreakouts}) string breakouts and disguised sink calls. A bare
 * {@code alert(1)} is not reported: as plain text it is harmless, and only a context breakout makes it run.
 */
final class ScriptContextScanner {
    private ScriptContextScanner() {
    }

    /** Longest handler name looked back for: the longest known one, WebKit's playback event, has 47 chars. */
    private static final int MAX_NAME = 48;

    /** The chars {@link #scan} has a rule for; all others are skipped with one load. */
    private static final boolean[] RULE_CHAR = new boolean[128];

    static {
        for (char c : "='\"`:{[!+ ;}descapfi".toCharArray()) {
            RULE_CHAR[c] = true;
        }
    }

    static Detection scan(String s) {
        Detection best = null;
        int n = s.length();
        // Index of the next "}}" at or after the current '{{', found once and reused: keeps template
        // checks linear on input like "{{{{{{...".
        int nextClose = -1;
        // Index of the next '}' after a "${" interpolation's sink call, kept the same way for "${${${...".
        int nextBrace = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !RULE_CHAR[c] || c >= 'a' && c <= 'z' && i > 0 && isIdentifierPart(s.charAt(i - 1))) {
                continue; // no rule for c; a letter's rules need the start of a name
            }
            Detection d = null;
            switch (c) {
                case '=':
                    d = handlerBeforeEquals(s, i);
                    if (d == null && i >= 5 && s.charAt(i - 1) >= 'a') {
                        d = namespaceBeforeEquals(s, i);
                    }
                    if (d == null && i >= 11 && s.charAt(i - 1) == 'n') {
                        d = MarkupFragments.formActionBreakout(s, i);
                    }
                    break;
                case '\'':
                case '"':
                case '`':
                    d = JsBreakouts.stringBreakout(s, i);
                    if (d == null) {
                        d = quoteThenCommentClose(s, i);
                    }
                    if (d == null && c == '`') {
                        d = taggedCall(s, i);
                    } else if (d == null) {
                        d = dtdHandlerDefault(s, i);
                    }
                    break;
                case ':':
                    d = schemeBeforeColon(s, i);
                    break;
                case '{':
                    if (i + 1 < n && s.charAt(i + 1) == '{') {
                        if (nextClose != n && nextClose < i + 2) {
                            nextClose = s.indexOf("}}", i + 2);
                            nextClose = nextClose < 0 ? n : nextClose;
                        }
                        d = template(s, i, nextClose);
                    } else if (i > 0 && s.charAt(i - 1) == '$') {
                        int call = JsBreakouts.sinkCallEnd(s, JsBreakouts.skipSpace(s, i + 1), false);
                        if (call > 0) {
                            if (nextBrace != n && nextBrace < call) {
                                nextBrace = s.indexOf('}', call);
                                nextBrace = nextBrace < 0 ? n : nextBrace;
                            }
                            d = nextBrace < n ? hit(Confidence.MEDIUM, i - 1, nextBrace + 1, "xss.template_expression") : null;
                        }
                    }
                    break;
                case '[':
                    d = JsBreakouts.computedGlobal(s, i);
                    break;
                case '!':
                    d = JsBreakouts.jsfuck(s, i);
                    break;
                case '+':
                case ' ':
                    d = utf7Tag(s, i);
                    break;
                case ';':
                case '}':
                    d = JsBreakouts.statementBreakout(s, i);
                    break;
                case 'd':
                    d = JsBreakouts.domSecret(s, i);
                    break;
                default:
                    if (c == 'e' || c == 's' || c == 'c' || c == 'a' || c == 'p' || c == 'f' || c == 'i') {
                        d = JsBreakouts.sinkCall(s, i);
                        if (d == null) {
                            d = JsBreakouts.leadingCallThenComment(s, i);
                        }
                    }
            }
            if (d != null) {
                if (d.confidence() == Confidence.HIGH) {
                    return d;
                }
                best = best == null ? d : best;
            }
        }
        return best;
    }

    /**
     * A quote directly followed by {@code -->}: the value closes an attribute or string and then an HTML
     * comment ({@code "-->}, {@code `-->]]>}), probing which context it is reflected in.
     */
    private static Detection quoteThenCommentClose(String s, int q) {
        return s.startsWith("-->", q + 1) ? hit(Confidence.LOW, q, q + 4, "xss.context_breakout") : null;
    }

    /**
     * {@code onload CDATA "go()"}: an attribute definition of a DTD attribute-list declaration (the inside
     * of {@code <!ATTLIST name ...>}) that gives elements a default event handler, which a parser reading
     * the internal subset adds to every such element.
     */
    private static Detection dtdHandlerDefault(String s, int q) {
        int k = q;
        while (k > 0 && s.charAt(k - 1) <= ' ') {
            k--;
        }
        if (k == q || k < 6 || !s.startsWith("cdata", k - 5) || s.charAt(k - 6) > ' ') {
            return null;
        }
        int end = k - 6;
        while (end > 0 && s.charAt(end - 1) <= ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_NAME && HtmlTagScanner.isAsciiLetter(s.charAt(start - 1))) {
            start--;
        }
        boolean named = start == 0 || !isIdentifierPart(s.charAt(start - 1));
        return named && XssVocabulary.isEventHandler(s, start, end)
                ? hit(Confidence.MEDIUM, start, q + 1, "xss.dtd_declaration") : null;
    }

    /**
     * {@code x.call`...`}, {@code Reflect.apply.call`...`}: calling {@code call}/{@code apply}/{@code bind}
     * as a tagged template runs a function without writing parentheses, a trick of filter evasion only.
     */
    private static Detection taggedCall(String s, int tick) {
        int end = JsBreakouts.skipSpaceBack(s, tick);
        for (String method : new String[] {"call", "apply", "bind"}) {
            int from = end - method.length();
            if (from > 0 && s.startsWith(method, from)) {
                int dot = JsBreakouts.skipSpaceBack(s, from);
                if (dot > 0 && s.charAt(dot - 1) == '.') {
                    return hit(Confidence.MEDIUM, from, tick + 1, "xss.script_expression");
                }
            }
        }
        return null;
    }

    /**
     * A namespace declaration for script-capable markup written as an attribute fragment
     * ({@code xmlns:svg="http://www.w3.org/2000/svg"}): only markup being injected declares one.
     */
    private static Detection namespaceBeforeEquals(String s, int eq) {
        int start = eq;
        while (start > 0 && eq - start < 24 && (HtmlTagScanner.isAsciiLetter(s.charAt(start - 1)) || s.charAt(start - 1) == ':')) {
            start--;
        }
        if (eq - start < 5 || !s.startsWith("xmlns", start) || eq - start > 5 && s.charAt(start + 5) != ':') {
            return null;
        }
        int v = eq + 1;
        while (v < s.length() && (s.charAt(v) == '"' || s.charAt(v) == '\'' || s.charAt(v) <= ' ')) {
            v++;
        }
        return XssVocabulary.isActiveNamespace(s, v, s.length()) ? hit(Confidence.MEDIUM, start, eq + 1, "xss.namespace_injection") : null;
    }

    /** {@code on<event>=} outside a tag, after a quote, a space, '/' or ';' (an attribute breakout). */
    private static Detection handlerBeforeEquals(String s, int eq) {
        int end = eq;
        while (end > 0 && s.charAt(end - 1) <= ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_NAME && HtmlTagScanner.isAsciiLetter(s.charAt(start - 1))) {
            start--;
        }
        if (end - start < 5 || s.charAt(start) != 'o' || s.charAt(start + 1) != 'n') {
            return null;
        }
        char before = start == 0 ? ' ' : s.charAt(start - 1);
        boolean boundary = before <= ' ' || before == '"' || before == '\'' || before == '`' || before == '/'
                || before == ';' || before == ',';
        if (!boundary) {
            return null;
        }
        boolean known = XssVocabulary.isEventHandler(s, start, end);
        boolean quoteBreak = quoteBefore(s, start) || before <= ' ' && known && attributeListBefore(s, start)
                || known && onlySpaceBefore(s, start) && hasValue(s, eq + 1);
        boolean codeValue = looksLikeCode(s, eq + 1);
        if (known && (quoteBreak || codeValue)) {
            return hit(Confidence.HIGH, start, eq + 1, "xss.attribute_breakout");
        }
        if (codeValue) {
            return hit(Confidence.MEDIUM, start, eq + 1, "xss.attribute_breakout");
        }
        if ((before <= ' ' || before == '"' || before == '\'') && start > 0 && onlySpaceAfter(s, eq + 1)) {
            // " onload=" ending the value: a handler attribute written into an unquoted or just-closed
            // attribute, its code left to the next parameter or the page's own text.
            return hit(Confidence.MEDIUM, start, eq + 1, "xss.attribute_breakout");
        }
        return null;
    }

    private static boolean onlySpaceAfter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaceBefore(String s, int start) {
        for (int i = 0; i < start; i++) {
            if (s.charAt(i) > ' ' && s.charAt(i) != '"' && s.charAt(i) != '\'') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValue(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) <= ' ' || s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            i++;
        }
        return i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }

    /**
     * Whether a quote followed by a space occurs shortly before: the value closed an attribute and went on
     * writing attributes ({@code " type=image src=null onerror=x}).
     */
    private static boolean attributeListBefore(String s, int nameStart) {
        int limit = Math.max(0, nameStart - 200);
        for (int i = nameStart - 1; i > limit; i--) {
            char c = s.charAt(i - 1);
            if ((c == '"' || c == '\'') && s.charAt(i) <= ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether a quote closes the attribute just before the handler name (spaces and '/' between). */
    private static boolean quoteBefore(String s, int nameStart) {
        int i = nameStart - 1;
        int limit = Math.max(0, nameStart - 8);
        while (i >= limit && (s.charAt(i) <= ' ' || s.charAt(i) == '/')) {
            i--;
        }
        return i >= limit && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '`');
    }

    /**
     * Whether the attribute value at {@code from} starts like JavaScript: an identifier (dotted) called
     * with {@code (} or a backtick, or a {@code javascript:} URL.
     */
    private static boolean looksLikeCode(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && (s.charAt(i) <= ' ' || s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '`'
                || s.charAt(i) == '(')) {
            i++;
        }
        if (XssVocabulary.isScriptUrl(s, i)) {
            return true;
        }
        int start = i;
        int limit = Math.min(n, from + 80);
        while (i < limit && (isIdentifierPart(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '?'
                || s.charAt(i) == '[' || s.charAt(i) == ']')) {
            i++;
        }
        if (i > start && i < n && (s.charAt(i) == '(' || s.charAt(i) == '`')) {
            return true;
        }
        int word = start;
        while (word < n && isIdentifierPart(s.charAt(word))) {
            word++;
        }
        return word > start && XssVocabulary.isSink(s, start, word);
    }

    /** UTF-7 markup ({@code +ADw-script+AD4-}): old IE read pages as UTF-7 when no charset was given. */
    private static Detection utf7Tag(String s, int i) {
        // The normalizer may have read the '+' as a form-encoded space.
        if (i + 5 < s.length() && s.charAt(i + 1) == 'a' && s.startsWith("adw-", i + 1)
                && HtmlTagScanner.isAsciiLetter(s.charAt(i + 5))) {
            return hit(Confidence.MEDIUM, i, i + 5, "xss.utf7_markup");
        }
        return null;
    }

    /** {@code javascript:} (or vbscript:, data:text/html) where a URL starts: value start, after = ( ' " or space. */
    private static Detection schemeBeforeColon(String s, int colon) {
        int start = colon;
        boolean obfuscated = false;
        while (start > 0 && colon - start < 16 && (HtmlTagScanner.isAsciiLetter(s.charAt(start - 1))
                || s.charAt(start - 1) == '\t' || s.charAt(start - 1) == '\n' || s.charAt(start - 1) == '\r')) {
            obfuscated |= !HtmlTagScanner.isAsciiLetter(s.charAt(start - 1));
            start--;
        }
        while (start < colon && !HtmlTagScanner.isAsciiLetter(s.charAt(start))) {
            start++;
        }
        if (colon - start == 3 && s.startsWith("res://", start) && (start == 0 || !isIdentifierPart(s.charAt(start - 1)))) {
            return localResourceUrl(s, start, colon);
        }
        // "JavaScript: the good parts" is a title; a URL goes on without a space, unless its scheme
        // was broken up with tabs or newlines to dodge filters.
        boolean continues = colon + 1 < s.length() && s.charAt(colon + 1) > ' ';
        if (start < colon && (continues || obfuscated)) {
            char before = start == 0 ? ' ' : s.charAt(start - 1);
            boolean boundary = before <= ' ' || "\"'`=(,;[{>?&#".indexOf(before) >= 0 || before == 0xa0;
            if (boundary && XssVocabulary.isScriptUrl(s, start)) {
                return hit(Confidence.HIGH, start, colon + 1, "xss.script_url");
            }
            // jav&#65ascript:javascript:alert(1): a script URL glued to junk, yet calling a sink at once
            if (colon - start >= 10 && s.startsWith("javascript", colon - 10) && JsBreakouts.sinkCallEnd(s, colon + 1, false) > 0) {
                return hit(Confidence.HIGH, colon - 10, colon + 1, "xss.script_url");
            }
        }
        return cssAfterColon(s, start, colon);
    }

    /**
     * IE's {@code res://} URL to a resource inside a local binary ({@code res://c:\...\x.dll/#2/#1},
     * {@code res://shdoclc.dll/x.htm}): used to probe which software a victim has installed and to reach
     * the browser's own pages, some of which wrote their URL fragment into the document.
     */
    private static Detection localResourceUrl(String s, int start, int colon) {
        int path = colon + 3;
        boolean drive = path + 1 < s.length() && HtmlTagScanner.isAsciiLetter(s.charAt(path)) && s.charAt(path + 1) == ':';
        int limit = Math.min(s.length(), path + 128);
        boolean binary = XssVocabulary.indexOf(s, ".dll/", path, limit) >= 0 || XssVocabulary.indexOf(s, ".exe/", path, limit) >= 0;
        return drive || binary ? hit(Confidence.LOW, start, colon + 3, "xss.local_resource_url") : null;
    }

    /** CSS {@code property: expression(...)} or a behaviour binding, with comments and escapes undone. */
    private static Detection cssAfterColon(String s, int start, int colon) {
        int v = colon + 1;
        int end = Math.min(s.length(), v + 64);
        if (CssText.needsCleaning(s, v, end)) {
            String css = CssText.clean(s, v, end).trim();
            if (css.startsWith("expression") && css.indexOf('(') >= 0 || css.startsWith("url(javascript")) {
                return hit(Confidence.HIGH, colon, end, "xss.style_script");
            }
        }
        while (v < s.length() && s.charAt(v) <= ' ') {
            v++;
        }
        if (s.startsWith("expression", v)) {
            int p = v + 10;
            while (p < s.length() && s.charAt(p) <= ' ') {
                p++;
            }
            if (p < s.length() && s.charAt(p) == '(') {
                return hit(Confidence.HIGH, v, p + 1, "xss.style_script");
            }
        }
        boolean binding = colon - start == 8 && s.startsWith("behavior", start)
                || colon >= 12 && s.startsWith("-moz-binding", colon - 12);
        if (binding && s.startsWith("url(", v)) {
            return hit(Confidence.HIGH, start, v + 4, "xss.style_script");
        }
        if (s.startsWith("url", v) && XssVocabulary.cssUrlWithScript(s, v, Math.min(s.length(), v + 64))) {
            return hit(Confidence.HIGH, v, Math.min(s.length(), v + 16), "xss.style_script");
        }
        return null;
    }

    /** {@code {{ ... }}} holding a constructor chain or a sink: client-side template injection. */
    private static Detection template(String s, int i, int close) {
        if (close - i > 256 || close >= s.length()) {
            return null;
        }
        int end = close;
        if (XssVocabulary.indexOf(s, "constructor", i + 2, end) >= 0 || XssVocabulary.indexOf(s, "$eval", i + 2, end) >= 0
                || XssVocabulary.indexOf(s, "$on.", i + 2, end) >= 0) {
            return hit(Confidence.MEDIUM, i, end, "xss.template_expression");
        }
        return null;
    }

    static boolean isIdentifierPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    static Detection hit(Confidence confidence, int from, int to, String reason) {
        return new Detection(Category.XSS, confidence, from, Math.max(from, to), reason);
    }
}
