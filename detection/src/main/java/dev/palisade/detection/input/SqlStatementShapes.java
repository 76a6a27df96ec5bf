package dev.palisade.detection.input;

/**
 * Recognizes the start of a SQL statement at a token: {@code SELECT} followed by a select list,
 * {@code INSERT INTO}, {@code DROP TABLE}, {@code EXEC xp_...}, {@code DECLARE @x}, {@code WAITFOR DELAY}
 * and so on. A statement keyword followed by ordinary words ("select your options", "exec will create")
 * is not a statement.
 */
final class SqlStatementShapes {
    private SqlStatementShapes() {
    }

    /** No statement here. */
    static final int NONE = 0;
    /** A statement keyword with a follow that could be SQL or English ({@code select x from y}). */
    static final int WEAK = 1;
    /** A statement keyword with a follow only SQL has ({@code select 1,2}, {@code drop table}). */
    static final int STRONG = 2;

    /**
     * How clearly the tokens from {@code i} (a STATEMENT or SET keyword) start a statement.
     *
     * @param allowBareEnd whether the keyword alone at the end counts (after {@code ;} it does)
     */
    static int statementAt(String s, SqlTokens t, int i, boolean allowBareEnd) {
        char k = t.kindAt(i);
        int id = t.idAt(i);
        int j = i + 1;
        boolean end = j >= t.count || t.endsWithComment(i);
        if (k == SqlTokens.KEYWORD && id == SqlKeywords.SET) {
            return t.kindAt(j) == SqlTokens.VARIABLE ? STRONG : NONE;
        }
        if (k != SqlTokens.STATEMENT) {
            return NONE;
        }
        if (end) {
            return allowBareEnd && id != SqlKeywords.REPLACE && id != SqlKeywords.CALL ? STRONG : NONE;
        }
        char next = t.kindAt(j);
        int nextId = t.idAt(j);
        switch (id) {
            case SqlKeywords.SELECT: {
                int list = selectList(s, t, j);
                return list == WEAK && fromCatalog(t, j) ? STRONG : list;
            }
            case SqlKeywords.INSERT:
            case SqlKeywords.REPLACE:
                return next == SqlTokens.KEYWORD && nextId == SqlKeywords.INTO ? STRONG : NONE;
            case SqlKeywords.UPDATE:
                if (next == SqlTokens.WORD && t.kindAt(j + 1) == SqlTokens.KEYWORD && t.idAt(j + 1) == SqlKeywords.SET) {
                    return STRONG;
                }
                return next == SqlTokens.WORD && isStatementEnd(t, j + 1) ? WEAK : NONE;
            case SqlKeywords.DELETE:
                return next == SqlTokens.KEYWORD && nextId == SqlKeywords.FROM ? STRONG : NONE;
            case SqlKeywords.DROP:
            case SqlKeywords.CREATE:
            case SqlKeywords.ALTER:
            case SqlKeywords.TRUNCATE:
            case SqlKeywords.RENAME:
                if (next == SqlTokens.KEYWORD && (nextId == SqlKeywords.TABLE || nextId == SqlKeywords.DATABASE
                        || nextId == SqlKeywords.SCHEMA || nextId == SqlKeywords.PROCEDURE)) {
                    return STRONG;
                }
                if (isAnyWord(s, t, j, "function", "user", "view", "index", "trigger", "column", "login")) {
                    return STRONG;
                }
                return (next == SqlTokens.WORD || next == SqlTokens.FUNCTION) && isStatementEnd(t, j + 1) ? WEAK : NONE;
            case SqlKeywords.EXEC:
                if (next == SqlTokens.VARIABLE || next == SqlTokens.STRING || next == SqlTokens.LPAREN
                        || next == SqlTokens.WORD && t.idAt(j) == SqlKeywords.SYSTEM_OBJECT
                        || next == SqlTokens.KEYWORD && nextId == SqlKeywords.IMMEDIATE) {
                    return STRONG;
                }
                if (next == SqlTokens.WORD && (startsWith(s, t, j, "xp_") || startsWith(s, t, j, "sp_"))) {
                    return STRONG;
                }
                if ((next == SqlTokens.WORD || next == SqlTokens.FUNCTION) && (t.kindAt(j + 1) == SqlTokens.DOT
                        || t.kindAt(j + 1) == SqlTokens.LPAREN)) {
                    return STRONG;
                }
                return next == SqlTokens.WORD && isStatementEnd(t, j + 1) ? WEAK : NONE;
            case SqlKeywords.DECLARE:
                return next == SqlTokens.VARIABLE ? STRONG : NONE;
            case SqlKeywords.WAITFOR:
                return next == SqlTokens.KEYWORD && (nextId == SqlKeywords.DELAY || nextId == SqlKeywords.TIME)
                        ? STRONG : NONE;
            case SqlKeywords.SHUTDOWN:
                return isStatementEnd(t, j) ? STRONG : NONE;
            case SqlKeywords.CALL:
                return next == SqlTokens.FUNCTION ? WEAK : NONE;
            case SqlKeywords.GRANT:
            case SqlKeywords.REVOKE:
                return next == SqlTokens.KEYWORD && nextId == SqlKeywords.ALL ? WEAK : NONE;
            default:
                return NONE;
        }
    }

    /** How clearly the tokens from {@code j} are a select list (the tokens after SELECT). */
    static int selectList(String s, SqlTokens t, int j) {
        char next = t.kindAt(j);
        int nextId = t.idAt(j);
        switch (next) {
            case SqlTokens.NUMBER:
            case SqlTokens.STRING:
            case SqlTokens.VARIABLE:
            case SqlTokens.FUNCTION:
            case SqlTokens.LPAREN:
                return STRONG;
            case SqlTokens.OPERATOR:
                return s.charAt(t.start[j]) == '*' || s.charAt(t.start[j]) == '-' ? STRONG : NONE;
            case SqlTokens.KEYWORD:
                return nextId == SqlKeywords.DISTINCT || nextId == SqlKeywords.TOP || nextId == SqlKeywords.CASE
                        ? STRONG : NONE;
            case SqlTokens.DOT:
                return t.kindAt(j + 1) == SqlTokens.NUMBER ? STRONG : NONE;
            case SqlTokens.WORD: {
                char after = t.kindAt(j + 1);
                if (t.idAt(j) == SqlKeywords.SYSTEM_OBJECT || after == SqlTokens.DOT) {
                    return STRONG;
                }
                if (after == SqlTokens.COMMA && t.kindAt(j + 2) != SqlTokens.WORD) {
                    return STRONG;
                }
                if (after == SqlTokens.COMMA || after == SqlTokens.KEYWORD && t.idAt(j + 1) == SqlKeywords.FROM) {
                    return WEAK;
                }
                return NONE;
            }
            default:
                return NONE;
        }
    }

    /**
     * Whether a FROM within the next few tokens names a qualified table ({@code sysibm.systables},
     * {@code information_schema.tables}) or a system catalog: SQL, not a sentence with "from".
     */
    private static boolean fromCatalog(SqlTokens t, int j) {
        int limit = Math.min(t.count, j + 12);
        for (int i = j; i < limit; i++) {
            if (t.kind[i] == SqlTokens.KEYWORD && t.idAt(i) == SqlKeywords.FROM) {
                return t.idAt(i + 1) == SqlKeywords.SYSTEM_OBJECT && t.kindAt(i + 1) == SqlTokens.WORD
                        || t.kindAt(i + 1) == SqlTokens.WORD && t.kindAt(i + 2) == SqlTokens.DOT;
            }
        }
        return false;
    }

    /** Whether token {@code i} ends a statement: the end, a terminating comment, or a semicolon. */
    static boolean isStatementEnd(SqlTokens t, int i) {
        return i >= t.count || t.kindAt(i) == SqlTokens.SEMICOLON || t.endsWithComment(i - 1);
    }

    private static boolean isAnyWord(String s, SqlTokens t, int i, String... words) {
        if (i >= t.count) {
            return false;
        }
        int len = t.end[i] - t.start[i];
        for (String w : words) {
            if (w.length() == len && s.startsWith(w, t.start[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String s, SqlTokens t, int i, String prefix) {
        return i < t.count && t.end[i] - t.start[i] > prefix.length() && s.startsWith(prefix, t.start[i]);
    }
}
