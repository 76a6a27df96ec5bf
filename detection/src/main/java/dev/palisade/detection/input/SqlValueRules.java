package dev.palisade.detection.input;

/**
 * Rules for a value in a numeric or identifier position: it starts a statement or a clause, a value
 * is followed by a clause ({@code 1 ORDER BY 2}), or the whole value is one SQL expression (nested SQL
 * calls, a literal comparison such as {@code 42 like 42}, literals then a terse comment).
 */
final class SqlValueRules {
    private final SqlRuleContext c;
    private final SqlExpression e;
    /** The context's text and tokens, copied at the start of {@link #atStart()}. */
    private String s;
    private SqlTokens t;

    SqlValueRules(SqlRuleContext c) {
        this.c = c;
        this.e = c.e;
    }

    /** Rules for a value in a numeric position. */
    Detection atStart() {
        s = c.s;
        t = c.t;
        int f = 0;
        while (f < t.count && (t.kind[f] == SqlTokens.RPAREN || t.kind[f] == SqlTokens.SEMICOLON)) {
            f++;
        }
        // /CREATE TABLE x: a statement as a path segment, glued to the value's leading '/', and followed by
        // its own keyword (TABLE, INTO, FROM), not by a route's next word (/select-quote).
        if (f == 0 && t.count > 2 && t.kind[0] == SqlTokens.OPERATOR && s.charAt(t.start[0]) == '/'
                && t.end[0] == t.start[1] && t.kind[1] == SqlTokens.STATEMENT && t.kind[2] == SqlTokens.KEYWORD) {
            f = 1;
        }
        if (f >= t.count) {
            // ;-- and );--: the value ends the statement and comments out the rest, nothing more.
            boolean terminated = f > 0 && t.kind[f - 1] == SqlTokens.SEMICOLON && t.endsWithComment(f - 1)
                    && c.isTerseComment(t.end[f - 1]);
            return terminated ? c.hit(Confidence.LOW, 0, f - 1, "sqli.statement_end") : null;
        }
        char k = t.kind[f];
        if (k == SqlTokens.STATEMENT || k == SqlTokens.KEYWORD && t.idAt(f) == SqlKeywords.SET) {
            int shape = SqlStatementShapes.statementAt(s, t, f, false);
            char item = t.kindAt(f + 1);
            // SELECT pg_sleep: a time-delay or file function named as the select list also counts.
            boolean dangerousItem = item == SqlTokens.WORD && (SqlKeywords.functionClass(s, t.start[f + 1], t.end[f + 1])
                    & SqlKeywords.FUNCTION_DANGEROUS) != 0;
            if (dangerousItem && t.idAt(f) == SqlKeywords.SELECT && f + 2 == t.count) {
                return c.hit(Confidence.MEDIUM, f, f + 1, "sqli.statement");
            }
            boolean longEnough = t.idAt(f) != SqlKeywords.SELECT || t.count - f > 2 || item == SqlTokens.VARIABLE
                    || item == SqlTokens.FUNCTION || item == SqlTokens.NUMBER && s.startsWith("0x", t.start[f + 1]);
            if (shape == SqlStatementShapes.STRONG && longEnough) {
                return c.hit(Confidence.HIGH, f, f, "sqli.statement");
            }
            // SELECT c FROM t WHERE <SQL condition>: a whole query whose FROM clause is SQL on its own.
            boolean fromClause = t.kindAt(f + 2) == SqlTokens.KEYWORD && t.idAt(f + 2) == SqlKeywords.FROM;
            // SELECT x GROUP BY y HAVING ...: one column, then a clause that is SQL on its own.
            boolean columnThenClause = t.idAt(f) == SqlKeywords.SELECT && item == SqlTokens.WORD
                    && t.kindAt(f + 2) == SqlTokens.KEYWORD && t.idAt(f + 2) != SqlKeywords.FROM;
            if (columnThenClause && c.clause(f + 2, "sqli.statement") != null) {
                return c.hit(Confidence.MEDIUM, f, f + 2, "sqli.statement");
            }
            if (shape == SqlStatementShapes.WEAK && t.idAt(f) == SqlKeywords.SELECT && fromClause
                    && c.clause(f + 2, "sqli.statement") != null) {
                return c.hit(Confidence.MEDIUM, f, f + 2, "sqli.statement");
            }
            // DROP name;-- : a bare-name DDL statement that the value terminates the SQL way.
            boolean ddl = t.idAt(f) == SqlKeywords.DROP || t.idAt(f) == SqlKeywords.TRUNCATE
                    || t.idAt(f) == SqlKeywords.ALTER;
            boolean terminated = t.kindAt(f + 2) == SqlTokens.SEMICOLON || t.endsWithComment(f + 1);
            return shape == SqlStatementShapes.WEAK && ddl && terminated
                    ? c.hit(Confidence.MEDIUM, f, f + 1, "sqli.statement") : null;
        }
        if (k == SqlTokens.KEYWORD) {
            Detection d = c.clause(f, "sqli.clause");
            return d != null ? d : t.idAt(f) == SqlKeywords.WHEN ? whenThen(f) : valueList(f);
        }
        if (k == SqlTokens.FUNCTION && isCallOpener(f)) {
            return c.hit(Confidence.LOW, f, f + 1, "sqli.function_call");
        }
        if (f == 0 && isObfuscatedCallOpener()) {
            return c.hit(Confidence.LOW, 0, t.count - 1, "sqli.function_call");
        }

        if (k == SqlTokens.COMPARE && t.idAt(f) == SqlKeywords.IN) {
            return valueList(f);
        }
        Detection utility = SqlUtilityStatements.at(c, f);
        if (utility != null) {
            return utility;
        }
        // A value (or a list of them), then a clause: 1 ORDER BY 2, 17,23 order by 16, 1) INTO OUTFILE.
        e.scan(s, t, f, false);
        int j = e.end;
        boolean allLiteral = e.operands >= 1 && e.wordOperands == 0 && e.functions == 0 && e.innerWords == 0;
        while (allLiteral && t.kindAt(j) == SqlTokens.COMMA && t.kindAt(j + 1) == SqlTokens.NUMBER) {
            j += 2;
        }
        while (t.kindAt(j) == SqlTokens.RPAREN) {
            j++;
        }
        if (allLiteral && e.literals > 0 && t.kindAt(j) == SqlTokens.KEYWORD) {
            Detection d = c.clause(j, "sqli.clause_after_value");
            if (d != null) {
                return d;
            }
        }
        return wholeExpression(f);
    }

    /**
     * The whole value is a SQL function name and its opening parenthesis ({@code substring(},
     * {@code current_user (}): the head of a call cut where the attacker's arguments go. A known name
     * only; prose and code call other things ({@code appUser(}).
     */
    private boolean isCallOpener(int f) {
        return (t.attr[f] & (SqlKeywords.FUNCTION_SQL | SqlKeywords.FUNCTION_WORD_NAMED)) != 0 && t.kindAt(f + 1) == SqlTokens.LPAREN && f + 2 == t.count
                && t.commentAfter[f + 1] == SqlTokens.NO_COMMENT;
    }

    /** ) WHEN 2 THEN: the inside of a CASE expression, after a parenthesis the value closed. */
    private Detection whenThen(int f) {
        if (f == 0) {
            return null;
        }
        e.scan(s, t, f + 1, false);
        boolean then = t.kindAt(e.end) == SqlTokens.KEYWORD && t.idAt(e.end) == SqlKeywords.THEN;
        return then && e.literals > 0 && e.wordOperands == 0 ? c.hit(Confidence.MEDIUM, f, e.end, "sqli.case_expression")
                : null;
    }

    /**
     * A SQL function name, a few symbols, then the value's last char an opening parenthesis
     * ({@code length||(}, {@code md5\(}, {@code version=(}): a call head with junk between name and
     * parenthesis, the way filter-evasion fuzzers probe for a filter that only matches {@code name(}.
     * Letters, digits and more than four symbols in between end the shape.
     */
    private boolean isObfuscatedCallOpener() {
        if (t.count < 3 || t.kind[t.count - 1] != SqlTokens.LPAREN || t.kind[0] == SqlTokens.FUNCTION) {
            return false;
        }
        int nameFrom = t.start[0];
        int nameTo = t.end[0];
        if (!SqlLexer.isWordStart(s.charAt(nameFrom))
                || (SqlKeywords.functionClass(s, nameFrom, nameTo) & (SqlKeywords.FUNCTION_SQL | SqlKeywords.FUNCTION_WORD_NAMED)) == 0) {
            return false;
        }
        int symbols = 0;
        for (int k = nameTo; k < t.start[t.count - 1]; k++) {
            char ch = s.charAt(k);
            if (SqlLexer.isSpace(ch)) {
                continue;
            }
            if (SqlLexer.isWordPart(ch) && ch != '$' || ch == ':' || ++symbols > 4) {
                return false;
            }
        }
        return symbols > 0 && t.end[t.count - 1] == s.length();
    }

    /**
     * {@code IN (1,2)} or {@code VALUES ('a', 'b')} as the whole value: the list of a membership test or
     * an insert, literals only, or cut right after its opening parenthesis.
     */
    private Detection valueList(int f) {
        int id = t.idAt(f);
        if (id != SqlKeywords.IN && id != SqlKeywords.VALUES || t.kindAt(f + 1) != SqlTokens.LPAREN) {
            return null;
        }
        if (f + 2 == t.count) {
            return c.hit(Confidence.LOW, f, f + 1, "sqli.value_list");
        }
        int j = f + 2;
        boolean item = true;
        while (j < t.count) {
            char k = t.kind[j];
            if (item) {
                if (k == SqlTokens.OPERATOR && s.charAt(t.start[j]) == '-' && t.kindAt(j + 1) == SqlTokens.NUMBER) {
                    j++;
                } else if (k != SqlTokens.NUMBER && k != SqlTokens.STRING) {
                    return null;
                }
                item = false;
            } else if (k == SqlTokens.COMMA) {
                item = true;
            } else if (k == SqlTokens.RPAREN) {
                break;
            } else {
                return null;
            }
            j++;
        }
        boolean closedAtEnd = j == t.count - 1 && t.kind[j] == SqlTokens.RPAREN;
        return closedAtEnd ? c.hit(id == SqlKeywords.VALUES ? Confidence.MEDIUM : Confidence.LOW, f, j, "sqli.value_list")
                : null;
    }

    /** The whole value is one SQL expression: nested SQL calls, or literals then a terse comment. */
    private Detection wholeExpression(int f) {
        e.scan(s, t, f, false);
        boolean whole = e.end == t.count || c.trailingTerseComment(e.end);
        if (!whole || e.end <= f) {
            return null;
        }
        int last = e.end - 1;
        if (e.isDecisive() || e.knownFunctions >= 1 && e.operators + e.compares >= 1) {
            return c.hit(Confidence.MEDIUM, f, last, "sqli.expression");
        }
        boolean comparison = e.operands == 2 && e.compares == 1 && e.literals == 2 && e.operators == 0;
        if (comparison && e.end == t.count && (e.identicalComparison || isNonEqualityTest(f, e.end))) {
            return c.hit(Confidence.MEDIUM, f, last, "sqli.literal_comparison");
        }
        boolean literalsOnly = e.literals >= 1 && e.wordOperands == 0 && e.innerWords == 0 && !hasSpacedString(f, e.end);
        if (literalsOnly && c.trailingTerseComment(e.end) && t.commentAfter[t.count - 1] != SqlTokens.BLOCK_COMMENT) {
            return c.hit(Confidence.MEDIUM, f, last, "sqli.value_then_comment");
        }
        return null;
    }

    /**
     * Whether the comparison in {@code [from, to)} is one a probe uses to test evaluation rather than one
     * of arithmetic prose: {@code != <> <=> LIKE REGEXP IS}.
     */
    private boolean isNonEqualityTest(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.kind[i] == SqlTokens.COMPARE) {
                int id = t.idAt(i);
                char c = s.charAt(t.start[i]);
                return id == SqlKeywords.LIKE || id == SqlKeywords.REGEXP || id == SqlKeywords.IS
                        || c == '!' || s.startsWith("<>", t.start[i]) || s.startsWith("<=>", t.start[i]);
            }
        }
        return false;
    }

    /** Whether a string token in {@code [from, to)} holds whitespace: quoted prose, not a probe literal. */
    private boolean hasSpacedString(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.kind[i] == SqlTokens.STRING) {
                for (int c = t.start[i]; c < t.end[i]; c++) {
                    if (SqlLexer.isSpace(s.charAt(c))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
