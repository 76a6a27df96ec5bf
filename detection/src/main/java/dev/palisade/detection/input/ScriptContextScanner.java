package dev.palisade.detection.input;

/**
 * Finds script injection that needs no new tag: an event handler that breaks out of an attribute
 * ({@code " onmouseover=alert(1)}), a string breakout into JavaScript ({@code ';alert(1)//},
 * {@code "-confirm`1`-"}), a {@code javascript:} URL, CSS {@code expression(}, a code-from-string sink
 * ({@code eval(}, {@code setTimeout(}, {@code constructor(}) and template expressions
 * ({@code {{constructor.constructor('...')()}}}). A bare {@code alert(1)} is not reported: as plain text
 * it is harmless, and only a context breakout makes it run.
 */
final class ScriptContextScanner {
    private ScriptContextScanner() {
    }

    /** Longest handler name looked back for. */
    private static final int MAX_NAME = 40;

    static Detection scan(String s) {
        Detection best = null;
        int n = s.length();
        // Index of the next "}}" at or after the current '{{', found once and reused: keeps template
        // checks linear on input like "{{{{{{...".
        int nextClose = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            Detection d = null;
            switch (c) {
                case '=':
                    d = handlerBeforeEquals(s, i);
                    break;
                case '\'':
                case '"':
                case '`':
                    d = stringBreakout(s, i);
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
                    }
                    break;
                case '[':
                    d = computedGlobal(s, i);
                    break;
                case '!':
                    d = jsfuck(s, i);
                    break;
                case '+':
                case ' ':
                    d = utf7Tag(s, i);
                    break;
                case ';':
                case '}':
                    d = statementBreakout(s, i);
                    break;
                case 'd':
                    d = domSecret(s, i);
                    break;
                default:
                    if (c == 'e' || c == 's' || c == 'c' || c == 'a' || c == 'p' || c == 'f' || c == 'i') {
                        d = sinkCall(s, i);
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
        return null;
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

    /**
     * A quote followed by closing brackets, an operator or ';', then a sink call: the value ended a
     * JavaScript string and continued the script ({@code ';alert(1)//}, {@code '-alert(1)-'}).
     */
    private static Detection stringBreakout(String s, int q) {
        int n = s.length();
        int i = q + 1;
        int limit = Math.min(n, q + 8);
        while (i < limit && (s.charAt(i) == ')' || s.charAt(i) == ']' || s.charAt(i) == '}' || s.charAt(i) <= ' ')) {
            i++;
        }
        if (i >= n || "; +-*/|&,^%?:".indexOf(s.charAt(i)) < 0) {
            return null;
        }
        i++;
        while (i < n && i < q + 16 && (s.charAt(i) <= ' ' || "+-!~(".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        int end = sinkCallEnd(s, i, false);
        if (end > 0) {
            return hit(Confidence.HIGH, q, end, "xss.js_breakout");
        }
        // Any call after the breakout, closed with a line comment: ');doSomething(1)//
        end = callThenLineComment(s, i);
        return end > 0 ? hit(Confidence.HIGH, q, end, "xss.js_breakout") : null;
    }

    /** An identifier call (or function declaration) at {@code i} followed by {@code //} within a short span. */
    private static int callThenLineComment(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && j - i < 32 && (isIdentifierPart(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ' ')) {
            j++;
        }
        if (j == i || j >= n || s.charAt(j) != '(') {
            return -1;
        }
        int comment = XssVocabulary.indexOf(s, "//", j, Math.min(n, j + 64));
        int close = XssVocabulary.indexOf(s, ")", j, Math.min(n, j + 64));
        return comment > close && close > 0 ? comment + 2 : -1;
    }

    /**
     * A code-from-string sink anywhere ({@code eval(}, {@code setTimeout(}), or any sink called in a
     * disguised way ({@code alert.call(}, {@code alert?.(}, {@code alert`1`}) or on the page's secrets
     * ({@code alert(document.cookie)}).
     */
    private static Detection sinkCall(String s, int i) {
        if (i > 0 && (isIdentifierPart(s.charAt(i - 1))
                || s.charAt(i - 1) == '.' && !s.startsWith("constructor", i) && !afterWindowObject(s, i - 1))) {
            return null;
        }
        boolean viaWindow = i > 0 && s.charAt(i - 1) == '.' && afterWindowObject(s, i - 1);
        int end = sinkCallEnd(s, i, !viaWindow);
        if (end > 0) {
            return hit(Confidence.MEDIUM, i, end, "xss.script_expression");
        }
        return sinkAsValue(s, i);
    }

    /** Whether the '.' at {@code dot} follows a window object ({@code parentWindow.alert}, {@code top.eval}). */
    private static boolean afterWindowObject(String s, int dot) {
        String[] objects = {"window", "parentwindow", "self", "top", "parent", "frames", "globalthis", "content"};
        for (String o : objects) {
            int from = dot - o.length();
            if (from >= 0 && s.startsWith(o, from) && (from == 0 || !isIdentifierPart(s.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A sink passed around as a value: {@code (alert)(1)}, {@code a=alert,a(1)}, {@code [1].find(alert)}. */
    private static Detection sinkAsValue(String s, int i) {
        if (i == 0) {
            return null;
        }
        int j = i;
        while (j < s.length() && j - i < 16 && isIdentifierPart(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || !XssVocabulary.isSink(s, i, j)) {
            return null;
        }
        char before = s.charAt(i - 1);
        char after = s.charAt(j);
        boolean valuePosition = (before == '(' || before == '=' || before == ',' || before == '[')
                && (after == ')' || after == ',' || after == ';' || after == ']');
        return valuePosition ? hit(Confidence.MEDIUM, i, j, "xss.script_expression") : null;
    }

    /** {@code window[...]}, {@code top["al"+"ert"]}, {@code (document)["cookie"]}: computed access to the page's globals. */
    private static Detection computedGlobal(String s, int i) {
        int end = i;
        while (end > 0 && s.charAt(end - 1) <= ' ') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == ')') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 12 && isIdentifierPart(s.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && (isIdentifierPart(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            return null;
        }
        String[] globals = {"window", "self", "top", "parent", "frames", "globalthis", "document", "this", "content"};
        for (String g : globals) {
            if (end - start == g.length() && s.startsWith(g, start)) {
                int k = i + 1;
                while (k < s.length() && s.charAt(k) <= ' ') {
                    k++;
                }
                boolean key = k < s.length() && (s.charAt(k) == '"' || s.charAt(k) == '\'' || s.charAt(k) == '`'
                        || s.charAt(k) == '/' || Character.isDigit(s.charAt(k)));
                return key ? hit(Confidence.MEDIUM, start, i + 1, "xss.script_expression") : null;
            }
        }
        return null;
    }

    /**
     * {@code ;alert(1)//}: a statement appended to a script context the value sits in unquoted (a number,
     * an identifier), closed with a line comment.
     */
    private static Detection statementBreakout(String s, int i) {
        int j = i + 1;
        while (j < s.length() && j < i + 4 && s.charAt(j) <= ' ') {
            j++;
        }
        int open = sinkCallEnd(s, j, false);
        if (open < 0 || s.charAt(open - 1) != '(') {
            return null;
        }
        int close = s.indexOf(')', open);
        if (close < 0 || close - open > 64) {
            return null;
        }
        int k = close + 1;
        while (k < s.length() && (s.charAt(k) <= ' ' || s.charAt(k) == ';')) {
            k++;
        }
        return s.startsWith("//", k) || s.startsWith("<!--", k) ? hit(Confidence.HIGH, i, k, "xss.js_breakout") : null;
    }

    /** JSFuck: code written with only {@code []()!+}; three {@code ![]} in a row of such text. */
    private static Detection jsfuck(String s, int i) {
        if (!s.startsWith("![]", i)) {
            return null;
        }
        int count = 0;
        int j = i;
        int limit = Math.min(s.length(), i + 64);
        while (j < limit) {
            if (s.startsWith("![]", j)) {
                count++;
                j += 3;
            } else if ("[]()!+ ".indexOf(s.charAt(j)) >= 0) {
                j++;
            } else {
                break;
            }
        }
        return count >= 3 ? hit(Confidence.MEDIUM, i, j, "xss.script_expression") : null;
    }

    /** UTF-7 markup ({@code +ADw-script+AD4-}): old IE read pages as UTF-7 when no charset was given. */
    private static Detection utf7Tag(String s, int i) {
        // The normalizer may have read the '+' as a form-encoded space.
        if (s.startsWith("adw-", i + 1) && i + 5 < s.length() && HtmlTagScanner.isAsciiLetter(s.charAt(i + 5))) {
            return hit(Confidence.MEDIUM, i, i + 5, "xss.utf7_markup");
        }
        return null;
    }

    /** The page's secrets used as a value: {@code (document.cookie)}, {@code =document.domain}. */
    private static Detection domSecret(String s, int i) {
        if (i == 0 || "(=+,;".indexOf(s.charAt(i - 1)) < 0 || !startsWithDomSecret(s, i)) {
            return null;
        }
        return hit(Confidence.MEDIUM, i, Math.min(s.length(), i + 15), "xss.script_expression");
    }

    /**
     * If a sink call starts at {@code i}, the index after its opening; else -1. With {@code disguisedOnly}
     * a plain {@code alert(1)} does not count.
     */
    private static int sinkCallEnd(String s, int i, boolean disguisedOnly) {
        int n = s.length();
        int j = i;
        while (j < n && j - i < 16 && isIdentifierPart(s.charAt(j))) {
            j++;
        }
        if (j == i || !XssVocabulary.isSink(s, i, j)) {
            if (!disguisedOnly && startsWithDomSecret(s, i)) {
                return i + 8;
            }
            return -1;
        }
        int k = j;
        while (k < n && s.charAt(k) <= ' ') {
            k++;
        }
        if (k >= n) {
            return -1;
        }
        char c = s.charAt(k);
        boolean call = c == '(' || c == '`';
        boolean disguised = c == '`' || s.startsWith(".call(", k) || s.startsWith(".apply(", k)
                || s.startsWith("?.(", k) || s.startsWith(".bind(", k);
        if (!disguisedOnly) {
            return call || disguised ? k + 1 : -1;
        }
        if (disguised) {
            return k + 1;
        }
        if (!call) {
            return -1;
        }
        if (XssVocabulary.isCodeSink(s, i, j)) {
            return k + 1;
        }
        int close = Math.min(n, k + 64);
        return XssVocabulary.indexOf(s, "document.", k, close) >= 0 || XssVocabulary.indexOf(s, "fromcharcode", k, close) >= 0
                || XssVocabulary.indexOf(s, "atob(", k, close) >= 0 ? k + 1 : -1;
    }

    /** Span of the first sink call (plain ones too) as {start, end}, or null. */
    static int[] firstSinkCall(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && isIdentifierPart(s.charAt(i - 1))) {
                continue;
            }
            int end = sinkCallEnd(s, i, false);
            if (end > 0) {
                return new int[] {i, end};
            }
        }
        return null;
    }

    private static boolean startsWithDomSecret(String s, int i) {
        return s.startsWith("document.cookie", i) || s.startsWith("document.domain", i)
                || s.startsWith("document.write", i) || s.startsWith("document.location", i)
                || s.startsWith("window.location", i) || s.startsWith("location.href", i);
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
        // "JavaScript: the good parts" is a title; a URL goes on without a space, unless its scheme
        // was broken up with tabs or newlines to dodge filters.
        boolean continues = colon + 1 < s.length() && s.charAt(colon + 1) > ' ';
        if (start < colon && (continues || obfuscated)) {
            char before = start == 0 ? ' ' : s.charAt(start - 1);
            boolean boundary = before <= ' ' || "\"'`=(,;[{>?&#".indexOf(before) >= 0 || before == 0xa0;
            if (boundary && XssVocabulary.isScriptUrl(s, start)) {
                return hit(Confidence.HIGH, start, colon + 1, "xss.script_url");
            }
        }
        return cssAfterColon(s, start, colon);
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
        if (XssVocabulary.cssUrlWithScript(s, v, Math.min(s.length(), v + 64)) && s.startsWith("url", v)) {
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

    private static Detection hit(Confidence confidence, int from, int to, String reason) {
        return new Detection(Category.XSS, confidence, from, Math.max(from, to), reason);
    }
}
