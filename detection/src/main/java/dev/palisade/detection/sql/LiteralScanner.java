package dev.palisade.detection.sql;

/**
 * Finds where quoted literals and comments end. Every method returns the offset just past the
 * construct, or the SQL's length when it is unterminated: an unterminated quote or comment is a
 * typical injection shape (it swallows the rest of the query), so it must tokenize deterministically
 * as one token that runs to the end. Every method looks at each character at most a bounded number
 * of times, so tokenizing is linear in the SQL's length.
 */
final class LiteralScanner {
    /** Longest {@code $tag$} honoured; longer ones are read as plain characters (keeps search linear). */
    static final int MAX_DOLLAR_TAG = 64;

    private LiteralScanner() {
    }

    /**
     * A literal opened by {@code sql[open]} and closed by the same quote character. A doubled quote
     * is an escaped quote; with {@code backslashEscapes} a backslash escapes the next character.
     */
    static int quoted(String sql, int open, boolean backslashEscapes) {
        return closedBy(sql, open, sql.charAt(open), backslashEscapes);
    }

    /**
     * A literal that starts after {@code sql[open]} and ends at {@code close}; a doubled closing
     * character stands for itself ({@code [a]]b]} in SQL Server).
     */
    static int closedBy(String sql, int open, char close, boolean backslashEscapes) {
        int n = sql.length();
        for (int i = open + 1; i < n; i++) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            } else if (c == close) {
                if (i + 1 < n && sql.charAt(i + 1) == close) {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return n;
    }

    /** A comment opened by {@code --} or {@code #} at {@code open}: it runs to the end of the line. */
    static int lineComment(String sql, int open) {
        int n = sql.length();
        for (int i = open; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return n;
    }

    /** A comment opened by {@code /*} at {@code open}; when {@code nested}, inner openers nest. */
    static int blockComment(String sql, int open, boolean nested) {
        int n = sql.length();
        int depth = 1;
        int i = open + 2;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '*' && i + 1 < n && sql.charAt(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (nested && c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * The end of a dollar-quote opener {@code $$} or {@code $tag$} at {@code open} (just past its
     * second {@code $}), or -1 when {@code sql[open]} does not open one. Tags follow identifier rules
     * and must not start with a digit ({@code $1} is a placeholder).
     */
    static int dollarOpener(String sql, int open, boolean tags) {
        int n = sql.length();
        int i = open + 1;
        if (i < n && sql.charAt(i) == '$') {
            return i + 1;
        }
        if (!tags || i >= n || !isTagStart(sql.charAt(i))) {
            return -1;
        }
        int limit = Math.min(n, open + 1 + MAX_DOLLAR_TAG);
        for (i++; i < limit; i++) {
            char c = sql.charAt(i);
            if (c == '$') {
                return i + 1;
            }
            if (!isTagStart(c) && !(c >= '0' && c <= '9')) {
                return -1;
            }
        }
        return -1;
    }

    /** A dollar-quoted string whose opener is {@code sql[open, openerEnd)}; it ends after the same tag. */
    static int dollarQuoted(String sql, int open, int openerEnd) {
        String tag = sql.substring(open, openerEnd);
        int close = sql.indexOf(tag, openerEnd);
        return close < 0 ? sql.length() : close + tag.length();
    }

    /**
     * An Oracle alternative-quoting literal whose quote is at {@code quote}: {@code q'[...]'},
     * {@code q'{...}'}, {@code q'(...)'}, {@code q'<...>'} or {@code q'!...!'} with any other delimiter.
     */
    static int oracleQuoted(String sql, int quote) {
        int n = sql.length();
        if (quote + 1 >= n) {
            return n;
        }
        char open = sql.charAt(quote + 1);
        char close = open == '[' ? ']' : open == '{' ? '}' : open == '(' ? ')' : open == '<' ? '>' : open;
        for (int i = quote + 2; i + 1 < n; i++) {
            if (sql.charAt(i) == close && sql.charAt(i + 1) == '\'') {
                return i + 2;
            }
        }
        return n;
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }
}
