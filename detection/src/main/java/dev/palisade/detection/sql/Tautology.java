package dev.palisade.detection.sql;

/**
 * Recognises conditions that are always true after {@code WHERE}, {@code HAVING} or {@code ON}: the
 * classic way to make a query return every row. Only simple forms are evaluated (two literals or
 * two identical names around a comparison, {@code OR} followed by a true constant); anything more
 * complex is still an injection, reported as {@code tokens-spanned}.
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
            if (isComparison(tokens, i) && alwaysTrue(tokens, i - 1, i, i + 1)) {
                return true;
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

    private static boolean isOr(SqlTokens tokens, int i) {
        return tokens.isKeyword(i, SqlKeyword.OR)
                || (tokens.dialect() == SqlDialect.MYSQL && tokens.is(i, SqlTokenType.OPERATOR) && tokens.text(i).equals("||"));
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

    /** The literal's content: a number's text, a string without prefix and quotes. */
    static String value(SqlTokens tokens, int i) {
        String text = tokens.text(i);
        if (tokens.is(i, SqlTokenType.NUMBER)) {
            return text;
        }
        int quote = 0;
        while (quote < text.length() && text.charAt(quote) != '\'' && text.charAt(quote) != '"'
                && text.charAt(quote) != '$') {
            quote++;
        }
        if (quote >= text.length()) {
            return text;
        }
        char q = text.charAt(quote);
        if (q == '$') {
            int tagEnd = text.indexOf('$', quote + 1) + 1;
            int inner = text.length() - tagEnd;
            return inner >= tagEnd - quote ? text.substring(tagEnd, text.length() - (tagEnd - quote)) : text.substring(tagEnd);
        }
        boolean oracleQ = quote > 0 && Character.toUpperCase(text.charAt(quote - 1)) == 'Q' && tokens.dialect() == SqlDialect.ORACLE;
        int open = quote + (oracleQ ? 2 : 1);
        int close = text.length() - (oracleQ ? 2 : 1);
        boolean terminated = text.length() >= open + (oracleQ ? 2 : 1) && text.charAt(text.length() - 1) == q;
        return terminated && close >= open ? text.substring(open, close) : text.substring(Math.min(open, text.length()));
    }

    private static Double number(String text) {
        if (text.isEmpty() || text.length() > MAX_NUMBER_LENGTH) {
            return null;
        }
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return (double) Long.parseLong(text.substring(2), 16);
            }
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
