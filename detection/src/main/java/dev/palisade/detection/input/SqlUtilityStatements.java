package dev.palisade.detection.input;

/**
 * Statements that start a value in a numeric or identifier position and begin with a word the
 * tokenizer keeps as a plain word, because prose uses it too ("backup", "copy", "print"): each counts
 * only with the part of its syntax no sentence has. SQL Server {@code BACKUP DATABASE x TO DISK = '...'}
 * (and {@code RESTORE ... FROM DISK =}), PostgreSQL {@code COPY t FROM '/abs/path'} or
 * {@code FROM PROGRAM}, T-SQL {@code PRINT @@version}, and a lone {@code @@name} system variable.
 */
final class SqlUtilityStatements {
    private SqlUtilityStatements() {
    }

    /** The utility statement starting at token {@code f}, or null. */
    static Detection at(SqlRuleContext c, int f) {
        SqlTokens t = c.t;
        if (t.kind[f] == SqlTokens.VARIABLE) {
            boolean lone = f == 0 && t.count == 1 && isSystemVariable(c, f);
            return lone ? c.hit(Confidence.LOW, f, f, "sqli.system_variable") : null;
        }
        if (t.kind[f] != SqlTokens.WORD) {
            return null;
        }
        if (c.isWord(f, "print")) {
            return isSystemVariable(c, f + 1) ? c.hit(Confidence.MEDIUM, f, f + 1, "sqli.statement") : null;
        }
        if (c.isWord(f, "backup") || c.isWord(f, "restore")) {
            return backup(c, f);
        }
        if (c.isWord(f, "copy")) {
            return copy(c, f);
        }
        return null;
    }

    /** BACKUP / RESTORE DATABASE|LOG name TO|FROM device = ...: the '=' is the statement's, not prose's. */
    private static Detection backup(SqlRuleContext c, int f) {
        SqlTokens t = c.t;
        boolean database = t.kindAt(f + 1) == SqlTokens.KEYWORD && t.idAt(f + 1) == SqlKeywords.DATABASE
                || c.isWord(f + 1, "log");
        boolean direction = c.isWord(f + 3, "to") || t.kindAt(f + 3) == SqlTokens.KEYWORD && t.idAt(f + 3) == SqlKeywords.FROM;
        boolean device = t.kindAt(f + 4) == SqlTokens.WORD && t.kindAt(f + 5) == SqlTokens.COMPARE
                && c.s.charAt(t.start[f + 5]) == '=';
        return database && t.kindAt(f + 2) == SqlTokens.WORD && direction && device
                ? c.hit(Confidence.MEDIUM, f, f + 5, "sqli.statement") : null;
    }

    /** COPY table FROM|TO '/absolute/path' or PROGRAM: PostgreSQL reading or writing a server file. */
    private static Detection copy(SqlRuleContext c, int f) {
        SqlTokens t = c.t;
        if (t.kindAt(f + 1) != SqlTokens.WORD) {
            return null;
        }
        int d = f + 2;
        boolean direction = t.kindAt(d) == SqlTokens.KEYWORD && t.idAt(d) == SqlKeywords.FROM || c.isWord(d, "to");
        if (!direction) {
            return null;
        }
        boolean program = c.isWord(d + 1, "program") && t.kindAt(d + 2) == SqlTokens.STRING;
        boolean file = t.kindAt(d + 1) == SqlTokens.STRING && isAbsolutePath(c.s, t.start[d + 1] + 1, t.end[d + 1]);
        return program || file ? c.hit(Confidence.MEDIUM, f, d + 1, "sqli.statement") : null;
    }

    private static boolean isAbsolutePath(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        char a = s.charAt(from);
        char b = s.charAt(from + 1);
        return a == '/' && b != ' ' || a == '\\' && b == '\\' || a >= 'a' && a <= 'z' && b == ':';
    }

    /** Whether token {@code i} is an {@code @@name} system variable. */
    private static boolean isSystemVariable(SqlRuleContext c, int i) {
        SqlTokens t = c.t;
        return t.kindAt(i) == SqlTokens.VARIABLE && t.end[i] - t.start[i] > 2 && c.s.startsWith("@@", t.start[i])
                && SqlLexer.isWordStart(c.s.charAt(t.start[i] + 2));
    }
}
