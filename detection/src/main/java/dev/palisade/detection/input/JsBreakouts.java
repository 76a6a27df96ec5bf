package dev.palisade.detection.input;

/**
 * JavaScript that runs without a new tag: a string or statement breakout into script
 * ({@code ';alert(1)//}, {@code "-confirm`1`-"}, {@code ;alert(1)//}), code-from-string sinks and
 * disguised calls ({@code eval(}, {@code alert.call(}, {@code top["al"+"ert"](1)}, {@code (alert)(1)}),
 * the page's secrets used as values ({@code (document.cookie)}) and JSFuck. Helpers of
 * {@link ScriptContextScanner}, each reading a bounded window.
 */
final class JsBreakouts {
    private JsBreakouts() {
    }

    /**
     * A quote followed by closing brackets, an operator or ';', then a sink call: the value ended a
     * JavaScript string and continued the script ({@code ';alert(1)//}, {@code '-alert(1)-'}).
     */
    static Detection stringBreakout(String s, int q) {
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
            return ScriptContextScanner.hit(Confidence.HIGH, q, end, "xss.js_breakout");
        }
        // Any call after the breakout, closed with a line comment: ');doSomething(1)//
        end = callThenLineComment(s, i);
        return end > 0 ? ScriptContextScanner.hit(Confidence.HIGH, q, end, "xss.js_breakout") : null;
    }

    /** An identifier call (or function declaration) at {@code i} followed by {@code //} within a short span. */
    static int callThenLineComment(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && j - i < 32 && (ScriptContextScanner.isIdentifierPart(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ' ')) {
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
     * {@code ;alert(1)//}: a statement appended to a script context the value sits in unquoted (a number,
     * an identifier), closed with a line comment.
     */
    static Detection statementBreakout(String s, int i) {
        int j = i + 1;
        while (j < s.length() && j < i + 4 && s.charAt(j) <= ' ') {
            j++;
        }
        int k = afterShortSinkCall(s, j);
        if (k < 0) {
            return null;
        }
        // '{' reopens the block that a leading '}' closed: }alert(1);{//
        while (k < s.length() && (s.charAt(k) <= ' ' || s.charAt(k) == ';' || s.charAt(k) == '{')) {
            k++;
        }
        return startsComment(s, k) ? ScriptContextScanner.hit(Confidence.HIGH, i, k, "xss.js_breakout") : null;
    }

    /**
     * A sink call opening the value and followed by a line comment ({@code confirm(2)//},
     * {@code prompt(2);//}, {@code confirm(2)>//}): written to start a script expression and cut off the
     * rest of the line. The bare call is text; the comment after it is what only code needs.
     */
    static Detection leadingCallThenComment(String s, int i) {
        for (int b = 0; b < i; b++) {
            if (s.charAt(b) > ' ') {
                return null;
            }
        }
        int k = afterShortSinkCall(s, i);
        if (k < 0) {
            return null;
        }
        while (k < s.length() && (s.charAt(k) <= ' ' || s.charAt(k) == ';' || s.charAt(k) == '>')) {
            k++;
        }
        return startsComment(s, k) ? ScriptContextScanner.hit(Confidence.MEDIUM, i, k, "xss.js_breakout") : null;
    }

    /**
     * A code-from-string sink anywhere ({@code eval(}, {@code setTimeout(}), or any sink called in a
     * disguised way ({@code alert.call(}, {@code alert?.(}, {@code alert`1`}) or on the page's secrets
     * ({@code alert(document.cookie)}).
     */
    static Detection sinkCall(String s, int i) {
        if (i > 0 && ScriptContextScanner.isIdentifierPart(s.charAt(i - 1))) {
            return null;
        }
        boolean afterDot = i > 0 && s.charAt(i - 1) == '.';
        boolean viaWindow = afterDot && afterWindowObject(s, i - 1);
        if (afterDot && !viaWindow && !s.startsWith("constructor", i)) {
            return null;
        }
        if (!viaWindow && !isSinkName(s, i)) {
            return null; // neither a sink call nor a sink passed as a value: both need a sink name here
        }
        int end = sinkCallEnd(s, i, !viaWindow && !afterNew(s, i));
        if (end > 0) {
            return ScriptContextScanner.hit(Confidence.MEDIUM, i, end, "xss.script_expression");
        }
        return sinkAsValue(s, i);
    }

    /** Whether {@code new} precedes the name at {@code i}: {@code new Function(...)} compiles a string. */
    private static boolean afterNew(String s, int i) {
        int k = i;
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        return k < i && k >= 3 && s.startsWith("new", k - 3) && (k == 3 || !ScriptContextScanner.isIdentifierPart(s.charAt(k - 4)))
                && s.startsWith("function", i);
    }

    /** Whether the identifier at {@code i} (at most 16 chars read, as the sink rules read it) is a sink name. */
    private static boolean isSinkName(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 16 && ScriptContextScanner.isIdentifierPart(s.charAt(j))) {
            j++;
        }
        return j > i && XssVocabulary.isSink(s, i, j);
    }

    private static final String[] WINDOW_OBJECTS = {"window", "parentwindow", "self", "top", "parent", "frames",
        "globalthis", "content"};

    /** Whether the '.' at {@code dot} follows a window object ({@code parentWindow.alert}, {@code top.eval}). */
    static boolean afterWindowObject(String s, int dot) {
        for (String o : WINDOW_OBJECTS) {
            int from = dot - o.length();
            if (from >= 0 && s.startsWith(o, from) && (from == 0 || !ScriptContextScanner.isIdentifierPart(s.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A sink passed around as a value: {@code (alert)(1)}, {@code a=alert,a(1)}, {@code [1].find(alert)}. */
    static Detection sinkAsValue(String s, int i) {
        if (i == 0) {
            return null;
        }
        int j = i;
        while (j < s.length() && j - i < 16 && ScriptContextScanner.isIdentifierPart(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || !XssVocabulary.isSink(s, i, j)) {
            return null;
        }
        int b = i;
        while (b > 0 && s.charAt(b - 1) == ' ') {
            b--;
        }
        int a = j;
        while (a < s.length() && s.charAt(a) == ' ') {
            a++;
        }
        if (b == 0 || a >= s.length()) {
            return null;
        }
        char before = s.charAt(b - 1);
        char after = s.charAt(a);
        boolean templateSubstitution = before == '{' && b >= 2 && s.charAt(b - 2) == '$' && after == '}';
        boolean valuePosition = templateSubstitution || (before == '(' || before == '=' || before == ',' || before == '[')
                && (after == ')' || after == ',' || after == ';' || after == ']');
        return valuePosition ? ScriptContextScanner.hit(Confidence.MEDIUM, i, j, "xss.script_expression") : null;
    }

    /** {@code window[...]}, {@code top["al"+"ert"]}, {@code (document)["cookie"]}: computed access to the page's globals. */
    static Detection computedGlobal(String s, int i) {
        int end = skipSpaceBack(s, i);
        if (end > 0 && s.charAt(end - 1) == ')') {
            end = skipSpaceBack(s, end - 1);
        }
        int start = end;
        while (start > 0 && end - start < 12 && ScriptContextScanner.isIdentifierPart(s.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && (ScriptContextScanner.isIdentifierPart(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            return null;
        }
        String[] globals = {"window", "self", "top", "parent", "frames", "globalthis", "document", "this", "content"};
        for (String g : globals) {
            if (end - start == g.length() && s.startsWith(g, start)) {
                int k = skipSpace(s, i + 1);
                boolean key = k < s.length() && (s.charAt(k) == '"' || s.charAt(k) == '\'' || s.charAt(k) == '`'
                        || s.charAt(k) == '/' || Character.isDigit(s.charAt(k)));
                return key ? ScriptContextScanner.hit(Confidence.MEDIUM, start, i + 1, "xss.script_expression") : null;
            }
        }
        return null;
    }

    /** JSFuck: code written with only {@code []()!+}; three {@code ![]} in a row of such text. */
    static Detection jsfuck(String s, int i) {
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
        if (count >= 3) {
            return ScriptContextScanner.hit(Confidence.MEDIUM, i, j, "xss.script_expression");
        }
        // The '+' of JSFuck may have been read as a form-encoded space: (![]+[])[+!+[]] -> (![] [])[ ! []]
        int start = i;
        while (start > 0 && i - start < 16 && "[]()!+ ".indexOf(s.charAt(start - 1)) >= 0) {
            start--;
        }
        int pairs = 0;
        int bangs = 0;
        int k = start;
        while (k < limit && "[]()!+ ".indexOf(s.charAt(k)) >= 0) {
            pairs += s.startsWith("[]", k) ? 1 : 0;
            bangs += s.charAt(k) == '!' ? 1 : 0;
            k++;
        }
        return pairs >= 3 && bangs >= 2 && k - start >= 10
                ? ScriptContextScanner.hit(Confidence.MEDIUM, start, k, "xss.script_expression") : null;
    }

    /** The page's secrets used as a value: {@code (document.cookie)}, {@code =document.domain}. */
    static Detection domSecret(String s, int i) {
        if (s.startsWith("document", i) && (i == 0 || !ScriptContextScanner.isIdentifierPart(s.charAt(i - 1)))) {
            int end = obfuscatedSecret(s, i + 8);
            if (end > 0) {
                return ScriptContextScanner.hit(Confidence.MEDIUM, i, end, "xss.script_expression");
            }
        }
        if (i == 0 || "(=+,;".indexOf(s.charAt(i - 1)) < 0 || !startsWithDomSecret(s, i)) {
            return null;
        }
        return ScriptContextScanner.hit(Confidence.MEDIUM, i, Math.min(s.length(), i + 15), "xss.script_expression");
    }

    /**
     * If a sink call starts at {@code i}, the index after its opening; else -1. With {@code disguisedOnly}
     * a plain {@code alert(1)} does not count.
     */
    static int sinkCallEnd(String s, int i, boolean disguisedOnly) {
        int n = s.length();
        int j = i;
        while (j < n && j - i < 16 && ScriptContextScanner.isIdentifierPart(s.charAt(j))) {
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
            if (i > 0 && ScriptContextScanner.isIdentifierPart(s.charAt(i - 1))) {
                continue;
            }
            int end = sinkCallEnd(s, i, false);
            if (end > 0) {
                return new int[] {i, end};
            }
        }
        return null;
    }

    /**
     * {@code document /*x*&#47; . cookie}: member access to the page's secrets with comments or spaces
     * around the dot, which only code written to slip past a filter contains. Returns the end or -1.
     */
    private static int obfuscatedSecret(String s, int afterObject) {
        int dot = skipSpace(s, afterObject);
        if (dot >= s.length() || s.charAt(dot) != '.') {
            return -1;
        }
        int name = skipSpace(s, dot + 1);
        if (dot == afterObject && name == dot + 1) {
            return -1; // plain document.cookie: judged by its context elsewhere
        }
        for (String secret : new String[] {"cookie", "domain", "location", "write"}) {
            if (s.startsWith(secret, name)) {
                return name + secret.length();
            }
        }
        return -1;
    }

    /** Index of the first char at or after {@code i} that is neither whitespace nor inside a short {@code /*...*&#47;} comment. */
    static int skipSpace(String s, int i) {
        int n = s.length();
        int limit = Math.min(n, i + 128);
        while (i < limit) {
            char c = s.charAt(i);
            if (c <= ' ') {
                i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = XssVocabulary.indexOf(s, "*/", i + 2, limit);
                if (close < 0) {
                    return i;
                }
                i = close + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    /** Like {@link #skipSpace} backwards: the index just after the last char before {@code end} that is code. */
    static int skipSpaceBack(String s, int end) {
        int limit = Math.max(0, end - 128);
        while (end > limit) {
            char c = s.charAt(end - 1);
            if (c <= ' ') {
                end--;
            } else if (c == '/' && end >= 2 && s.charAt(end - 2) == '*') {
                int open = s.lastIndexOf("/*", end - 3);
                if (open < limit) {
                    return end;
                }
                end = open;
            } else {
                return end;
            }
        }
        return end;
    }

    static boolean startsWithDomSecret(String s, int i) {
        return s.startsWith("document.cookie", i) || s.startsWith("document.domain", i)
                || s.startsWith("document.write", i) || s.startsWith("document.location", i)
                || s.startsWith("window.location", i) || s.startsWith("location.href", i);
    }

    /** The index after a sink call at {@code from} with at most 64 chars of arguments ({@code alert(1)}), or -1. */
    private static int afterShortSinkCall(String s, int from) {
        int open = sinkCallEnd(s, from, false);
        if (open < 0 || s.charAt(open - 1) != '(') {
            return -1;
        }
        int close = s.indexOf(')', open);
        return close < 0 || close - open > 64 ? -1 : close + 1;
    }

    private static boolean startsComment(String s, int k) {
        return s.startsWith("//", k) || s.startsWith("<!--", k);
    }
}
