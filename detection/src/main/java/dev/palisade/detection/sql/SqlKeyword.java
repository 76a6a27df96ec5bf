package dev.palisade.detection.sql;

/**
 * The SQL keywords the tokenizer recognises (ASCII, case-insensitive).
 *
 * <p>The list is deliberately short: only words that matter to the injection rules (clause
 * boundaries, boolean operators, {@code IN}, {@code ORDER BY ... ASC/DESC}) or that make an event
 * readable. Every other word is an {@link SqlTokenType#IDENTIFIER}, which keeps columns called
 * {@code name}, {@code date} or {@code first} identifiers in an {@code ORDER BY} list. Function names
 * such as {@code SLEEP} or {@code BENCHMARK} are identifiers as well.
 */
public enum SqlKeyword {
    SELECT, UNION, ALL, DISTINCT, FROM, WHERE, AND, OR, XOR, NOT, IN, IS, NULL, LIKE, ILIKE, RLIKE,
    REGEXP, BETWEEN, EXISTS, ORDER, GROUP, BY, HAVING, ASC, DESC, LIMIT, OFFSET, FETCH, TOP, INSERT,
    INTO, VALUES, UPDATE, SET, DELETE, DROP, CREATE, ALTER, TRUNCATE, EXEC, EXECUTE, DECLARE, CALL,
    JOIN, ON, AS, CASE, WHEN, THEN, ELSE, END, TRUE, FALSE, WAITFOR, INTERSECT, EXCEPT, DIV, MOD,
    GRANT, REVOKE, WITH, ESCAPE;

    private static final SqlKeyword[] ALL_KEYWORDS = values();
    private static final SqlKeyword[][] BY_LENGTH = byLength();

    /** The keyword at {@code index} of {@link #values()}, for tokens stored as small numbers. */
    static SqlKeyword ofOrdinal(int index) {
        return ALL_KEYWORDS[index];
    }

    /**
     * The keyword spelled by {@code sql[start, end)}, ignoring ASCII case, or {@code null}. Only ASCII
     * letters match, so look-alike letters from other scripts never turn a word into a keyword.
     */
    static SqlKeyword find(String sql, int start, int end) {
        int length = end - start;
        if (length < 2 || length >= BY_LENGTH.length) {
            return null;
        }
        for (SqlKeyword keyword : BY_LENGTH[length]) {
            if (spells(keyword.name(), sql, start, length)) {
                return keyword;
            }
        }
        return null;
    }

    private static boolean spells(String upper, String sql, int start, int length) {
        for (int i = 0; i < length; i++) {
            char c = sql.charAt(start + i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - ('a' - 'A'));
            }
            if (c != upper.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static SqlKeyword[][] byLength() {
        int longest = 0;
        for (SqlKeyword keyword : values()) {
            longest = Math.max(longest, keyword.name().length());
        }
        SqlKeyword[][] table = new SqlKeyword[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int count = 0;
            for (SqlKeyword keyword : values()) {
                if (keyword.name().length() == length) {
                    count++;
                }
            }
            table[length] = new SqlKeyword[count];
            count = 0;
            for (SqlKeyword keyword : values()) {
                if (keyword.name().length() == length) {
                    table[length][count++] = keyword;
                }
            }
        }
        return table;
    }
}
