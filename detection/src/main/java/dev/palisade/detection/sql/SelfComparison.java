package dev.palisade.detection.sql;

/**
 * The one way a single bare word can subvert a query: a name compared with itself. In
 * {@code WHERE password = <input>} the input {@code password} makes {@code password = password},
 * true for every row, although the input is one identifier token and even when it is shorter than
 * {@link SqlInjectionCheck#MIN_INPUT_LENGTH} ({@code id = id}).
 *
 * <p>Words occur in SQL all the time ({@code name} in {@code SELECT name FROM}), so a cheap text
 * test comes first and only a hit there pays for tokenizing.
 */
final class SelfComparison {
    private SelfComparison() {
    }

    /**
     * Text-only test, no allocation: the occurrence {@code sql[start, end)} is a whole word and the
     * same word stands on the other side of {@code =}, {@code ==}, {@code <=>}, {@code <=} or
     * {@code >=} next to it.
     */
    static boolean mayCompareWithItself(String sql, int start, int end) {
        if ((start > 0 && isWordChar(sql.charAt(start - 1))) || (end < sql.length() && isWordChar(sql.charAt(end)))) {
            return false;
        }
        return sameWordBefore(sql, start, end) || sameWordAfter(sql, start, end);
    }

    /**
     * Token check after the text test: the occurrence is exactly one bare identifier token, compared
     * with the same name, after {@code WHERE}, {@code HAVING} or {@code ON}.
     */
    static boolean confirmed(SqlTokens tokens, int start, int end) {
        int a = tokens.firstEndingAfter(start);
        if (a >= tokens.size() || tokens.start(a) != start || tokens.end(a) != end
                || !tokens.is(a, SqlTokenType.IDENTIFIER) || tokens.index().clauseBefore(a) < 0) {
            return false;
        }
        return Tautology.comparesNameWithItself(tokens, a - 2, a - 1, a)
                || Tautology.comparesNameWithItself(tokens, a, a + 1, a + 2);
    }

    private static boolean sameWordBefore(String sql, int start, int end) {
        int p = skipSpacesBackward(sql, start - 1);
        int opEnd = p + 1;
        while (p >= 0 && isOperatorChar(sql.charAt(p))) {
            p--;
        }
        if (!isEqualityOperator(sql, p + 1, opEnd)) {
            return false;
        }
        int wordEnd = skipSpacesBackward(sql, p) + 1;
        int wordStart = wordEnd - (end - start);
        return wordStart >= 0 && (wordStart == 0 || !isWordChar(sql.charAt(wordStart - 1)))
                && sql.regionMatches(true, wordStart, sql, start, end - start);
    }

    private static boolean sameWordAfter(String sql, int start, int end) {
        int n = sql.length();
        int p = skipSpaces(sql, end);
        int opStart = p;
        while (p < n && isOperatorChar(sql.charAt(p))) {
            p++;
        }
        if (!isEqualityOperator(sql, opStart, p)) {
            return false;
        }
        int wordStart = skipSpaces(sql, p);
        int wordEnd = wordStart + (end - start);
        return wordEnd <= n && (wordEnd == n || !isWordChar(sql.charAt(wordEnd)))
                && sql.regionMatches(true, wordStart, sql, start, end - start);
    }

    private static boolean isEqualityOperator(String sql, int from, int to) {
        int length = to - from;
        if (length == 1) {
            return sql.charAt(from) == '=';
        }
        if (length == 2) {
            return sql.charAt(from + 1) == '=' && "=<>".indexOf(sql.charAt(from)) >= 0;
        }
        return length == 3 && sql.startsWith("<=>", from);
    }

    private static int skipSpacesBackward(String sql, int i) {
        while (i >= 0 && SqlChars.isSpace(sql.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int skipSpaces(String sql, int i) {
        while (i < sql.length() && SqlChars.isSpace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isOperatorChar(char c) {
        return c == '=' || c == '<' || c == '>' || c == '!';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                || c == '.' || c >= 0x80;
    }
}
