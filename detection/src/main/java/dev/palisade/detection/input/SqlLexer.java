package dev.palisade.detection.input;

/**
 * Splits a normalized (lower-case) value into SQL tokens, in one of three contexts: as-is (the value
 * sits in a numeric or identifier position), or just after a single or a double quote (the value sits
 * inside a string literal, so the first matching quote in the value closes it). Dialect-tolerant:
 * MySQL {@code #} comments and executable {@code /*!} comments, PostgreSQL {@code ::} casts and
 * {@code $$} strings, SQL Server {@code [ ]} and Oracle {@code q'[ ]'} are all understood well enough to
 * find token boundaries. One pass, no backtracking.
 */
final class SqlLexer {
    private SqlLexer() {
    }

    /**
     * Tokenizes {@code s}.
     *
     * @param context 0 for as-is, or the quote char whose string the value starts inside
     * @return the tokens, or {@code null} when the value never closes the context's string (so, in that
     *     context, the whole value is one harmless literal)
     */
    static SqlTokens tokenize(String s, char context) {
        return tokenize(s, context, new SqlTokens());
    }

    /** {@link #tokenize(String, char)} into the empty stream {@code t}. */
    static SqlTokens tokenize(String s, char context, SqlTokens t) {
        return tokenize(s, context, false, t);
    }

    /**
     * {@link #tokenize(String, char)} into {@code t}; with {@code escapedContext}, a backslash inside the
     * context's string escapes the next char, as MySQL and MariaDB read string literals by default, so
     * {@code \'} does not close it (see {@link #escapedClose}).
     */
    static SqlTokens tokenize(String s, char context, boolean escapedContext, SqlTokens t) {
        int n = s.length();
        int i = 0;
        if (context != 0) {
            // By default the value's first matching quote closes the string even after a backslash: an
            // application that escapes quotes by prefixing a backslash turns \' into \\' and the quote closes it.
            int close = escapedContext ? escapedClose(s, context) : s.indexOf(context);
            if (close < 0) {
                return null;
            }
            t.add(SqlTokens.STRING, 0, close + 1, SqlTokens.CONTEXT_STRING);
            i = close + 1;
        }
        int versionedDepth = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            switch (c) {
                case '\'':
                case '"':
                    i = string(s, i, c, t);
                    break;
                case '`':
                    i = quotedIdentifier(s, i, '`', t);
                    break;
                case '#':
                    if (i + 1 < n && (s.charAt(i + 1) == '>' || s.charAt(i + 1) == '-')) {
                        t.add(SqlTokens.OPERATOR, i, i + 2, 0);
                        i += 2;
                    } else {
                        i = lineComment(s, i, t);
                    }
                    break;
                case '-':
                    if (i + 1 < n && s.charAt(i + 1) == '-') {
                        i = lineComment(s, i, t);
                    } else if (i + 1 < n && s.charAt(i + 1) == '>') {
                        int to = i + 2 < n && s.charAt(i + 2) == '>' ? i + 3 : i + 2;
                        t.add(SqlTokens.OPERATOR, i, to, 0);
                        i = to;
                    } else {
                        t.add(SqlTokens.OPERATOR, i, i + 1, 0);
                        i++;
                    }
                    break;
                case '/':
                    if (i + 1 < n && s.charAt(i + 1) == '*') {
                        if (i + 2 < n && (s.charAt(i + 2) == '!' || s.charAt(i + 2) == '+')) {
                            // MySQL runs the body of /*! ... */ (and optimizer hints /*+ ... */ carry SQL too):
                            // tokenize the body as code.
                            if (!t.versionedComment && s.charAt(i + 2) == '!') {
                                t.versionedComment = true;
                                t.versionedCommentAt = i;
                            }
                            if (t.hintAt < 0 && s.charAt(i + 2) == '+') {
                                t.hintAt = i;
                            }
                            i += 3;
                            while (i < n && isDigit(s.charAt(i))) {
                                i++;
                            }
                            versionedDepth++;
                        } else {
                            i = blockComment(s, i, t);
                        }
                    } else {
                        t.add(SqlTokens.OPERATOR, i, i + 1, 0);
                        i++;
                    }
                    break;
                case '*':
                    if (versionedDepth > 0 && i + 1 < n && s.charAt(i + 1) == '/') {
                        versionedDepth--;
                        i += 2;
                    } else {
                        t.add(SqlTokens.OPERATOR, i, i + 1, 0);
                        i++;
                    }
                    break;
                case '(':
                    markFunctionCall(s, t);
                    t.add(SqlTokens.LPAREN, i, i + 1, 0);
                    i++;
                    break;
                case ')':
                    t.add(SqlTokens.RPAREN, i, i + 1, 0);
                    i++;
                    break;
                case ',':
                    t.add(SqlTokens.COMMA, i, i + 1, 0);
                    i++;
                    break;
                case ';':
                    t.add(SqlTokens.SEMICOLON, i, i + 1, 0);
                    i++;
                    break;
                case '@':
                    i = variable(s, i, t);
                    break;
                case '=':
                    i = operator(s, i, t, SqlTokens.COMPARE, i + 1 < n && s.charAt(i + 1) == '=' ? 2 : 1);
                    break;
                case '<':
                    i = lessThan(s, i, t);
                    break;
                case '>':
                    i = operator(s, i, t, i + 1 < n && s.charAt(i + 1) == '>' ? SqlTokens.OPERATOR : SqlTokens.COMPARE,
                            i + 1 < n && (s.charAt(i + 1) == '=' || s.charAt(i + 1) == '>') ? 2 : 1);
                    break;
                case '!':
                    if (i + 1 < n && (s.charAt(i + 1) == '=' || s.charAt(i + 1) == '<' || s.charAt(i + 1) == '>')) {
                        i = operator(s, i, t, SqlTokens.COMPARE, 2);
                    } else {
                        i = operator(s, i, t, SqlTokens.OPERATOR, 1);
                    }
                    break;
                case '|':
                    if (i + 1 < n && s.charAt(i + 1) == '|') {
                        i = operator(s, i, t, SqlTokens.LOGIC, 2);
                    } else {
                        i = operator(s, i, t, SqlTokens.OPERATOR, 1);
                    }
                    break;
                case '&':
                    if (i + 1 < n && s.charAt(i + 1) == '&') {
                        i = operator(s, i, t, SqlTokens.LOGIC, 2);
                    } else {
                        i = operator(s, i, t, SqlTokens.OPERATOR, 1);
                    }
                    break;
                case ':':
                    if (i + 1 < n && s.charAt(i + 1) == ':') {
                        i = operator(s, i, t, SqlTokens.OPERATOR, 2);
                    } else if (i + 1 < n && s.charAt(i + 1) == '=') {
                        i = operator(s, i, t, SqlTokens.COMPARE, 2);
                    } else {
                        i = operator(s, i, t, SqlTokens.OTHER, 1);
                    }
                    break;
                case '+':
                case '^':
                case '~':
                case '%':
                case '?':
                    i = operator(s, i, t, SqlTokens.OPERATOR, 1);
                    break;
                case '.':
                    if (i + 1 < n && isDigit(s.charAt(i + 1))) {
                        i = number(s, i, t);
                    } else {
                        t.add(SqlTokens.DOT, i, i + 1, 0);
                        i++;
                    }
                    break;
                case '$':
                    i = dollar(s, i, t);
                    break;
                case '\u2013':
                case '\u2014':
                    // Payload lists pasted through word processors turn "--" into a dash; read it as the
                    // comment it was.
                    i = lineComment(s, i, t);
                    break;
                default:
                    if (isDigit(c)) {
                        i = number(s, i, t);
                    } else if (isWordStart(c)) {
                        i = word(s, i, t);
                    } else {
                        t.add(SqlTokens.OTHER, i, i + 1, 0);
                        i++;
                    }
            }
        }
        return t;
    }

    static boolean isSpace(char c) {
        return c <= ' ' || c == 0x7f || c == 0xa0 || (c >= 0x2000 && c <= 0x200b) || c == 0x3000;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 0x80 && Character.isLetter(c));
    }

    static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || c == '$' || (c >= 0x80 && Character.isLetterOrDigit(c));
    }

    private static int operator(String s, int i, SqlTokens t, char kind, int width) {
        int to = Math.min(s.length(), i + width);
        int attr = 0;
        if (kind == SqlTokens.LOGIC) {
            attr = (s.charAt(i) == '|' ? SqlKeywords.OR : SqlKeywords.AND) << 8;
        }
        t.add(kind, i, to, attr);
        return to;
    }

    private static int lessThan(String s, int i, SqlTokens t) {
        int n = s.length();
        if (i + 2 < n && s.charAt(i + 1) == '=' && s.charAt(i + 2) == '>') {
            return operator(s, i, t, SqlTokens.COMPARE, 3);
        }
        if (i + 1 < n) {
            char next = s.charAt(i + 1);
            if (next == '=' || next == '>') {
                return operator(s, i, t, SqlTokens.COMPARE, 2);
            }
            if (next == '<' || next == '@') {
                return operator(s, i, t, SqlTokens.OPERATOR, 2);
            }
        }
        return operator(s, i, t, SqlTokens.COMPARE, 1);
    }

    /**
     * Index of the first {@code quote} in {@code s} that a backslash does not escape, or -1. A value that
     * holds a backslash before its first quote reads differently on MySQL, where {@code \'} inside a
     * string is a quote char: {@code \'x' or '1'='1} closes the string after {@code x}, not after the
     * backslash.
     */
    static int escapedClose(String s, char quote) {
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == quote) {
                return j;
            }
        }
        return -1;
    }

    private static int string(String s, int i, char quote, SqlTokens t) {
        int n = s.length();
        int j = i + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < n) {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (j + 1 < n && s.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                t.add(SqlTokens.STRING, i, j + 1, 0);
                return j + 1;
            }
            j++;
        }
        t.add(SqlTokens.STRING, i, n, SqlTokens.OPEN_STRING);
        return n;
    }

    private static int quotedIdentifier(String s, int i, char close, SqlTokens t) {
        int end = s.indexOf(close, i + 1);
        int to = end < 0 ? s.length() : end + 1;
        // `information_schema` is still the catalog: keep the system-object id of the quoted name.
        int cls = end < 0 ? -1 : SqlKeywords.classify(s, i + 1, end);
        boolean systemObject = cls >= 0 && (char) (cls & 0xff) == SqlTokens.WORD;
        t.add(SqlTokens.WORD, i, to, systemObject ? cls & ~0xff : 0);
        return to;
    }

    private static int lineComment(String s, int i, SqlTokens t) {
        int j = i;
        int n = s.length();
        while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
            j++;
        }
        t.markComment(SqlTokens.LINE_COMMENT);
        return j;
    }

    private static int blockComment(String s, int i, SqlTokens t) {
        int close = s.indexOf("*/", i + 2);
        if (close < 0) {
            t.markComment(SqlTokens.OPEN_BLOCK_COMMENT);
            return s.length();
        }
        t.markComment(SqlTokens.BLOCK_COMMENT);
        // /* x/*!50000from*/: a versioned comment inside a plain one, for filters that drop the outer opener.
        int inner = s.indexOf("/*!", i + 2);
        if (!t.versionedComment && inner >= 0 && inner < close && inner + 3 < close && isDigit(s.charAt(inner + 3))) {
            t.versionedComment = true;
            t.versionedCommentAt = inner;
        }
        boolean glued = i > 0 && isWordPart(s.charAt(i - 1)) && close + 2 < s.length() && isWordPart(s.charAt(close + 2));
        if (glued && t.gluedComment < 0 && t.count > 0) {
            t.gluedComment = t.count - 1;
        }
        return close + 2;
    }

    private static int variable(String s, int i, SqlTokens t) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '@') {
            j++;
        }
        if (j < n && (s.charAt(j) == '\'' || s.charAt(j) == '"' || s.charAt(j) == '`')) {
            char q = s.charAt(j);
            int end = s.indexOf(q, j + 1);
            j = end < 0 ? n : end + 1;
        } else {
            while (j < n && (isWordPart(s.charAt(j)) || s.charAt(j) == '.')) {
                j++;
            }
        }
        t.add(SqlTokens.VARIABLE, i, j, 0);
        return j;
    }

    private static int dollar(String s, int i, SqlTokens t) {
        int n = s.length();
        if (i + 1 < n && s.charAt(i + 1) == '$') {
            int end = s.indexOf("$$", i + 2);
            int to = end < 0 ? n : end + 2;
            t.add(SqlTokens.STRING, i, to, end < 0 ? SqlTokens.OPEN_STRING : 0);
            return to;
        }
        if (i + 1 < n && isDigit(s.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            t.add(SqlTokens.VARIABLE, i, j, 0);
            return j;
        }
        return word(s, i, t);
    }

    private static int number(String s, int i, SqlTokens t) {
        int n = s.length();
        int j = i;
        if (s.charAt(j) == '0' && j + 1 < n && (s.charAt(j + 1) == 'x' || s.charAt(j + 1) == 'b')) {
            boolean hex = s.charAt(j + 1) == 'x';
            int k = j + 2;
            while (k < n && (hex ? PercentDecoding.hexDigit(s.charAt(k)) >= 0 : s.charAt(k) == '0' || s.charAt(k) == '1')) {
                k++;
            }
            if (k > j + 2) {
                j = k;
                return afterNumber(s, i, j, t);
            }
        }
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        if (j < n && s.charAt(j) == 'e') {
            int k = j + 1;
            if (k + 1 < n && (s.charAt(k) == '+' || s.charAt(k) == '-') && isDigit(s.charAt(k + 1))) {
                k++;
            }
            int digitsFrom = k;
            while (k < n && isDigit(s.charAt(k))) {
                k++;
            }
            if (k > digitsFrom) {
                j = k;
            } else if (s.charAt(j - 1) == '.') {
                j++; // MySQL reads "1.e" as a number
            }
        }
        return afterNumber(s, i, j, t);
    }

    /**
     * A number directly followed by letters is a word ("70s", "2nd"), unless the letters are a keyword,
     * or are AND / OR / XOR followed by a digit ({@code 1or1=1}): MySQL reads that as a condition.
     */
    private static int afterNumber(String s, int i, int j, SqlTokens t) {
        int n = s.length();
        if (j < n && isWordStart(s.charAt(j))) {
            int letters = j;
            while (letters < n && s.charAt(letters) >= 'a' && s.charAt(letters) <= 'z') {
                letters++;
            }
            int logic = SqlKeywords.classify(s, j, letters);
            if (letters < n && isDigit(s.charAt(letters)) && logic >= 0 && (char) (logic & 0xff) == SqlTokens.LOGIC) {
                t.add(SqlTokens.NUMBER, i, j, 0);
                t.add(SqlTokens.LOGIC, j, letters, logic & ~0xff);
                return letters;
            }
            int k = j;
            while (k < n && isWordPart(s.charAt(k))) {
                k++;
            }
            int cls = SqlKeywords.classify(s, j, k);
            if (cls < 0 || (char) (cls & 0xff) == SqlTokens.WORD) {
                t.add(SqlTokens.WORD, i, k, 0);
                return k;
            }
        }
        t.add(SqlTokens.NUMBER, i, j, 0);
        return j;
    }

    private static int word(String s, int i, SqlTokens t) {
        int n = s.length();
        int j = i + 1;
        while (j < n && isWordPart(s.charAt(j))) {
            j++;
        }
        // String literal prefixes: n'..', x'..', b'..', e'..', q'[..]', u&'..'.
        if (j < n && (s.charAt(j) == '\'' || s.charAt(j) == '"') && j - i == 1) {
            char p = s.charAt(i);
            if (p == 'n' || p == 'x' || p == 'b' || p == 'e' || p == 'q') {
                return string(s, j, s.charAt(j), t);
            }
        }
        int cls = SqlKeywords.classify(s, i, j);
        if (cls < 0) {
            t.add(SqlTokens.WORD, i, j, 0);
        } else {
            t.add((char) (cls & 0xff), i, j, cls & ~0xff);
        }
        return j;
    }

    /** A word or a non-paren keyword right before '(' is a function name. */
    private static void markFunctionCall(String s, SqlTokens t) {
        int last = t.count - 1;
        if (last < 0 || t.commentAfter[last] == SqlTokens.LINE_COMMENT) {
            return;
        }
        char k = t.kind[last];
        boolean wordLike = k == SqlTokens.WORD || k == SqlTokens.STATEMENT || k == SqlTokens.KEYWORD
                || k == SqlTokens.OPERATOR || k == SqlTokens.COMPARE || k == SqlTokens.UNION
                || k == SqlTokens.LOGIC || k == SqlTokens.VARIABLE && t.idAt(last) == SqlKeywords.SYSTEM_VALUE;
        if (!wordLike || !isWordStart(s.charAt(t.start[last]))) {
            return;
        }
        int from = t.start[last];
        int to = t.end[last];
        if (k != SqlTokens.WORD && SqlKeywords.keepsKeywordBeforeParen(s, from, to)) {
            return;
        }
        t.kind[last] = SqlTokens.FUNCTION;
        t.attr[last] = SqlKeywords.functionClass(s, from, to) | (t.attr[last] & ~0xff);
    }
}
