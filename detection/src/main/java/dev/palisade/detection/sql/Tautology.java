package dev.palisade.detection.sql;

/**
 * Recognises conditions that are always true after {@code WHERE}, {@code HAVING} or {@code ON}: the
 * classic way to make a query return every row. Only simple forms are evaluated (two literals or
 * two identical names around a comparison, not joined by {@code AND}; {@code OR} followed by a true
 * constant); anything more complex is still an injection, reported as {@code tokens-spanned}.
 *
 * <p>Examples: {@code 1 OR 1}, {@code 1=1}, {@code '1'='1'}, {@code x' OR 'x'='x},
 * {@code 2>1}, {@code 'a'<>'b'}, {@code OR true}, {@code name LIKE '%'}, {@code id = id}.
 */
final class Tautology {
    /** Tokens examined per occurrence; keeps a 1 MiB input from costing more than a short one. */
    private static final int SCAN_LIMIT = 64;
    /** Literals longer than this are not parsed as numbers. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private Tautology() {
    }

    /** Whether tokens {@code a..b} contain an always-true comparison or {@code OR <true>} after a condition keyword. */
    static boolean within(SqlTokens tokens, TokenIndex index, int a, int b) {
        int last = Math.min(b, a + SCAN_LIMIT);
        for (int i = a; i <= last; i++) {
            int clause = index.clauseBefore(i);
            if (clause < 0 || clause == i) {
                continue;
            }
            if (isComparison(tokens, i) && alwaysTrue(tokens, i - 1, i, i + 1) && !isAnd(tokens, i - 2)
                    && !isAnd(tokens, i + 2)) {
                return true; // "AND 1=1" widens nothing: it is the blind-injection probe, not a tautology
            }
            if (isOr(tokens, i) && !isComparison(tokens, i + 2) && isTrueConstant(tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code left op right} compares two identical bare names: {@code id = id}. */
    static boolean comparesNameWithItself(SqlTokens tokens, int left, int op, int right) {
        return isComparison(tokens, op) && isEquality(tokens, op) && tokens.is(left, SqlTokenType.IDENTIFIER)
                && tokens.is(right, SqlTokenType.IDENTIFIER) && !tokens.is(left - 1, SqlTokenType.DOT)
                && !tokens.is(right + 1, SqlTokenType.DOT) && tokens.text(left).equalsIgnoreCase(tokens.text(right));
    }

    static boolean isComparison(SqlTokens tokens, int i) {
        if (tokens.isKeyword(i, SqlKeyword.LIKE)) {
            return true;
        }
        if (!tokens.is(i, SqlTokenType.OPERATOR)) {
            return false;
        }
        switch (tokens.text(i)) {
            case "=": case "==": case "<=>": case "<>": case "!=": case "<": case ">": case "<=": case ">=":
                return true;
            default:
                return false;
        }
    }

    private static boolean isEquality(SqlTokens tokens, int op) {
        String text = tokens.text(op);
        return text.equals("=") || text.equals("==") || text.equals("<=>") || text.equals("<=") || text.equals(">=");
    }

    private static boolean alwaysTrue(SqlTokens tokens, int left, int op, int right) {
        if (comparesNameWithItself(tokens, left, op, right)) {
            return true;
        }
        if (tokens.isKeyword(op, SqlKeyword.LIKE) && tokens.is(right, SqlTokenType.STRING)
                && isOnlyPercent(value(tokens, right))) {
            return true; // x LIKE '%' matches every non-null x
        }
        if (!isValue(tokens, left) || !isValue(tokens, right)) {
            return false;
        }
        String l = value(tokens, left);
        String r = value(tokens, right);
        if (tokens.isKeyword(op, SqlKeyword.LIKE)) {
            return l.equals(r);
        }
        String operator = tokens.text(op);
        Double ln = number(l);
        Double rn = number(r);
        int order = ln != null && rn != null ? Double.compare(ln, rn) : (l.equals(r) ? 0 : Integer.MIN_VALUE);
        switch (operator) {
            case "<>": case "!=":
                return !l.equals(r) && (ln == null || rn == null || order != 0);
            case "<":
                return order != Integer.MIN_VALUE && order < 0;
            case ">":
                return order != Integer.MIN_VALUE && order > 0;
            case "<=":
                return order != Integer.MIN_VALUE && order <= 0;
            case ">=":
                return order != Integer.MIN_VALUE && order >= 0;
            default:
                return order == 0;
        }
    }

    private static boolean isOnlyPercent(String pattern) {
        if (pattern.isEmpty()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) != '%') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAnd(SqlTokens tokens, int i) {
        return tokens.isKeyword(i, SqlKeyword.AND)
                || (tokens.is(i, SqlTokenType.OPERATOR) && tokens.text(i).equals("&&"));
    }

    private static boolean isOr(SqlTokens tokens, int i) {
        if (tokens.isKeyword(i, SqlKeyword.OR)) {
            return true;
        }
        // MySQL reads || as OR (unless PIPES_AS_CONCAT); elsewhere it concatenates.
        return tokens.dialect() == SqlDialect.MYSQL && tokens.is(i, SqlTokenType.OPERATOR)
                && tokens.text(i).equals("||");
    }

    /** A constant the databases read as true: a non-zero number ({@code 1}, {@code '1'}) or {@code TRUE}. */
    private static boolean isTrueConstant(SqlTokens tokens, int i) {
        if (tokens.isKeyword(i, SqlKeyword.TRUE)) {
            return true;
        }
        if (tokens.isKeyword(i, SqlKeyword.NOT)) {
            return tokens.isKeyword(i + 1, SqlKeyword.FALSE)
                    || (isValue(tokens, i + 1) && Double.valueOf(0).equals(number(value(tokens, i + 1))));
        }
        if (!isValue(tokens, i)) {
            return false;
        }
        Double n = number(value(tokens, i));
        return n != null && n != 0;
    }

    private static boolean isValue(SqlTokens tokens, int i) {
        return tokens.is(i, SqlTokenType.NUMBER) || tokens.is(i, SqlTokenType.STRING);
    }

    /** The literal's content: a number's text; a string's text without prefix, quotes or dollar tags. */
    static String value(SqlTokens tokens, int i) {
        String text = tokens.text(i);
        if (tokens.is(i, SqlTokenType.NUMBER)) {
            return text;
        }
        int open = 0;
        while (open < text.length() && "'\"$".indexOf(text.charAt(open)) < 0) {
            open++; // skip a prefix such as N, E, X, U&, q
        }
        if (open == text.length()) {
            return text;
        }
        char quote = text.charAt(open);
        if (quote == '$') {
            int tagEnd = text.indexOf('$', open + 1) + 1;
            String tag = text.substring(open, tagEnd);
            boolean closed = text.length() >= tagEnd + tag.length() && text.endsWith(tag);
            return closed ? text.substring(tagEnd, text.length() - tag.length()) : text.substring(tagEnd);
        }
        boolean alternativeQuoting = tokens.dialect() == SqlDialect.ORACLE && open > 0
                && Character.toUpperCase(text.charAt(open - 1)) == 'Q';
        int delimiter = alternativeQuoting ? 2 : 1; // q'[ ... ]' or ' ... '
        int contentStart = Math.min(open + delimiter, text.length());
        int contentEnd = text.length() - delimiter;
        boolean closed = contentEnd >= contentStart && text.charAt(text.length() - 1) == quote;
        return closed ? text.substring(contentStart, contentEnd) : text.substring(contentStart);
    }

    /** The value of a plain decimal number ({@code 1}, {@code -2.5}, {@code 1e3}, {@code 0x1F}), else null. */
    private static Double number(String text) {
        if (text.isEmpty() || text.length() > MAX_NUMBER_LENGTH) {
            return null;
        }
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return (double) Long.parseLong(text.substring(2), 16);
            }
            boolean digit = false;
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                digit |= ch >= '0' && ch <= '9';
                if (!(ch >= '0' && ch <= '9') && "+-.eE".indexOf(ch) < 0) {
                    return null;
                }
            }
            return digit ? Double.valueOf(text) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
