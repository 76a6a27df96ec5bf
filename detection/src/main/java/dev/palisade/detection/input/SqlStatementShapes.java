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
                if (list == WEAK && fromCatalog(t, j)) {
                    return STRONG;
                }
                // SELECT current server FROM sysibm.sysdummy1: any list, read from a system catalog.
                return list == NONE && fromSystemName(s, t, j) ? STRONG : list;
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
                // EXEC xp_cmdshell, and EXEC xp / EXEC sp: the procedure prefix a probe stops at.
                if (next == SqlTokens.WORD && (startsWith(s, t, j, "xp_") || startsWith(s, t, j, "sp_")
                        || isAnyWord(s, t, j, "xp", "sp") && isStatementEnd(t, j + 1))) {
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
                if (privilegesTo(s, t, j, id == SqlKeywords.GRANT ? "to" : "from")) {
                    return STRONG;
                }
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

    /**
     * Whether a FROM within the next few tokens names a database system catalog as a whole
     * ({@code sysibm.sysdummy1}, {@code information_schema.tables}), per {@link SqlSystemNames}.
     */
    private static boolean fromSystemName(String s, SqlTokens t, int j) {
        int limit = Math.min(t.count, j + 8);
        for (int i = j; i < limit; i++) {
            if (t.kind[i] == SqlTokens.KEYWORD && t.idAt(i) == SqlKeywords.FROM) {
                int last = i + 1;
                while (t.kindAt(last + 1) == SqlTokens.DOT && t.kindAt(last + 2) == SqlTokens.WORD) {
                    last += 2;
                }
                return t.kindAt(i + 1) == SqlTokens.WORD && SqlSystemNames.isSystemName(s, t.start[i + 1], t.end[last]);
            }
        }
        return false;
    }

    /**
     * GRANT / REVOKE of named privileges or roles to or from a grantee, ended there
     * ({@code grant connect to scott;}, {@code revoke select on t from public}): the privilege
     * names come from the manuals, so "grant access to all" stays prose.
     */
    private static boolean privilegesTo(String s, SqlTokens t, int j, String direction) {
        int i = j;
        int limit = Math.min(t.count, j + 12);
        boolean privilege = false;
        while (i < limit && (isPrivilege(s, t, i) || privilege && t.kind[i] == SqlTokens.COMMA)) {
            privilege |= t.kind[i] != SqlTokens.COMMA;
            i++;
        }
        if (!privilege) {
            return false;
        }
        if (t.kindAt(i) == SqlTokens.KEYWORD && t.idAt(i) == SqlKeywords.ON) {
            i += 2;
            while (t.kindAt(i) == SqlTokens.DOT) {
                i += 2;
            }
        }
        return isAnyWord(s, t, i, direction) && t.kindAt(i + 1) == SqlTokens.WORD && isStatementEnd(t, i + 2);
    }

    private static boolean isPrivilege(String s, SqlTokens t, int i) {
        char k = t.kindAt(i);
        int id = t.idAt(i);
        if (k == SqlTokens.STATEMENT) {
            return id != SqlKeywords.GRANT && id != SqlKeywords.REVOKE;
        }
        return k == SqlTokens.KEYWORD && id == SqlKeywords.ALL || isAnyWord(s, t, i, "connect", "resource", "dba",
                "usage", "references", "sysdba", "sysoper", "privileges", "file", "process", "super", "reload");
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
