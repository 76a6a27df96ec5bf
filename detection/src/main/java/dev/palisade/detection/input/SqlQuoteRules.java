package dev.palisade.detection.input;

/**
 * Rules for what follows the closing quote when the value sits inside a string literal: a comparison
 * ({@code x'='x}), an operator into a function or subquery ({@code '||(select ...)||'}), a statement,
 * a clause, or a terse comment ({@code admin'--}).
 */
final class SqlQuoteRules {
    private final SqlRuleContext c;
    private final SqlExpression e;
    /** The context's text, tokens and quote, copied at the start of {@link #afterQuote()}. */
    private String s;
    private SqlTokens t;
    private char context;

    SqlQuoteRules(SqlRuleContext c) {
        this.c = c;
        this.e = c.e;
    }

    /** Rules for what follows the closing quote in a quote context. */
    Detection afterQuote() {
        s = c.s;
        t = c.t;
        context = c.context;
        int r = 1;
        while (r < t.count && t.kind[r] == SqlTokens.RPAREN) {
            r++;
        }
        boolean terse = c.prefixIsTerse();
        if (t.commentAfter[r - 1] == SqlTokens.BLOCK_COMMENT && terse && r == t.count - 1
                && t.kind[r] == SqlTokens.SEMICOLON) {
            // x'/* note */; closes the string and the statement, the comment standing in for a space.
            return c.hit(Confidence.MEDIUM, r - 1, r, "sqli.statement_end_after_quote");
        }
        // A closed block comment followed by more tokens stands in for a space (x'/**/or/**/1=1).
        boolean spacer = t.commentAfter[r - 1] == SqlTokens.BLOCK_COMMENT && r < t.count;
        if (t.commentAfter[r - 1] != SqlTokens.NO_COMMENT && !spacer) {
            return terse || r > 1 ? commentAfterQuote(r) : null;
        }
        if (r >= t.count) {
            return null;
        }
        switch (t.kind[r]) {
            case SqlTokens.COMPARE:
                e.scan(s, t, r, true);
                if ((e.operands >= 1 || t.idAt(r) == SqlKeywords.NOTNULL) && c.goodFollow(e.end)
                        && (terse || e.isStrong())) {
                    return c.hit(Confidence.MEDIUM, r, Math.max(r, e.end - 1), "sqli.comparison_after_quote");
                }
                // x' is not ?--: a predicate (with a bind-parameter probe or cut short) then a terse comment.
                if (terse && c.trailingTerseComment(e.end) && e.end > r) {
                    return c.hit(Confidence.MEDIUM, r, e.end - 1, "sqli.comparison_after_quote");
                }
                return null;
            case SqlTokens.OPERATOR:
                return operatorAfterQuote(r, terse);
            case SqlTokens.STATEMENT: {
                int shape = SqlStatementShapes.statementAt(s, t, r, false);
                // Without a ';' only SQL Server runs a second statement; prose that quotes SQL has spaces
                // before its first quote, so ask for a field-shaped prefix.
                if (shape == SqlStatementShapes.STRONG && terse) {
                    return c.hit(Confidence.HIGH, r, r, "sqli.statement_after_quote");
                }
                return keywordProbe(r);
            }
            case SqlTokens.UNION:
                return keywordProbe(r);
            case SqlTokens.KEYWORD:
                return c.clause(r, "sqli.clause_after_quote");
            case SqlTokens.COMMA:
                return terse ? tupleBreakout(r) : null;
            case SqlTokens.SEMICOLON:
                if (t.commentAfter[r] != SqlTokens.NO_COMMENT && c.isTerseComment(t.end[r])) {
                    return c.hit(Confidence.MEDIUM, r, r, "sqli.comment_after_quote");
                }
                // x'; ends the statement right after the string (a probe for stacked queries), or
                // x';select ... starts the next one.
                boolean next = r + 1 == t.count || t.kind[r + 1] == SqlTokens.STATEMENT;
                return terse && next ? c.hit(Confidence.MEDIUM, r, Math.min(r + 1, t.count - 1),
                        "sqli.statement_end_after_quote") : null;
            default:
                return null;
        }
    }

    private Detection operatorAfterQuote(int r, boolean terse) {
        e.scan(s, t, r, true);
        int last = Math.max(r, e.end - 1);
        if (e.subqueries > 0 || e.dangerousFunctions > 0 || e.knownFunctions > 0) {
            return c.hit(Confidence.HIGH, r, last, "sqli.expression_after_quote");
        }
        if (e.operands >= 1 && (terse || e.literals > 0) && c.trailingTerseComment(e.end)) {
            return c.hit(Confidence.MEDIUM, r, last, "sqli.expression_after_quote");
        }
        if (terse && e.operands >= 1 && e.end == t.count && endsInShortClosingString() && isSymbol(r)) {
            return c.hit(Confidence.MEDIUM, r, last, "sqli.expression_after_quote");
        }
        // x'||utl_http.request: a database package or catalog concatenated onto the string.
        if (terse && e.end == t.count && namesSystemObject(r, e.end)) {
            return c.hit(Confidence.MEDIUM, r, last, "sqli.expression_after_quote");
        }
        return null;
    }

    /**
     * Whether the value ends in a short unterminated string of the context's quote: {@code a'+'b}, where
     * the application's own closing quote completes the injected expression.
     */
    private boolean endsInShortClosingString() {
        int last = t.count - 1;
        if ((t.attr[last] & SqlTokens.OPEN_STRING) == 0 || s.charAt(t.start[last]) != context) {
            return false;
        }
        int length = t.end[last] - t.start[last] - 1;
        if (length > 8) {
            return false;
        }
        for (int i = t.start[last] + 1; i < t.end[last]; i++) {
            if (SqlLexer.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * 'UNION x, "ALTER x: the value is nothing but the quote, then a statement keyword, and never
     * quotes again. A quoted title ('Union Jack', "Select All") closes its quote; a probe that tests
     * whether the keyword survives after a breakout does not. LOW: a user may type an opening quote alone.
     */
    private Detection keywordProbe(int r) {
        int id = t.idAt(r);
        boolean probeKeyword = t.kind[r] == SqlTokens.UNION || id == SqlKeywords.SELECT || id == SqlKeywords.ALTER
                || id == SqlKeywords.DROP || id == SqlKeywords.INSERT || id == SqlKeywords.DELETE
                || id == SqlKeywords.UPDATE || id == SqlKeywords.EXEC || id == SqlKeywords.DECLARE
                || id == SqlKeywords.TRUNCATE || id == SqlKeywords.WAITFOR || id == SqlKeywords.SHUTDOWN;
        if (r != 1 || t.end[0] != 1 || !probeKeyword) {
            return null;
        }
        for (int i = r + 1; i < t.count; i++) {
            if (t.kind[i] == SqlTokens.STRING) {
                return null;
            }
        }
        return c.hit(Confidence.LOW, 0, r, "sqli.statement_after_quote");
    }

    /**
     * x',NULL) or x'),2,3): the string closed, more literal values, and the VALUES tuple or call the
     * value sat in closed, so that whatever follows runs as the rest of the statement.
     */
    private Detection tupleBreakout(int r) {
        int j = r;
        boolean sqlLiteral = false;
        while (t.kindAt(j) == SqlTokens.COMMA) {
            char k = t.kindAt(j + 1);
            if (k != SqlTokens.NUMBER && k != SqlTokens.STRING) {
                return null;
            }
            // NULL is what a probe pads a tuple with (it fits any column type); a number is a list in prose.
            sqlLiteral |= k == SqlTokens.NUMBER && t.idAt(j + 1) == SqlKeywords.NULL;
            j += 2;
        }
        return sqlLiteral && j > r && t.kindAt(j) == SqlTokens.RPAREN && j + 1 < t.count
                ? c.hit(Confidence.MEDIUM, r, j, "sqli.tuple_breakout") : null;
    }

    private boolean namesSystemObject(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.kind[i] == SqlTokens.WORD && t.idAt(i) == SqlKeywords.SYSTEM_OBJECT) {
                return true;
            }
        }
        return false;
    }

    private boolean isSymbol(int i) {
        return !SqlLexer.isWordStart(s.charAt(t.start[i]));
    }

    /** The value ends right after the quote (and parentheses) with a comment: {@code admin'--}. */
    private Detection commentAfterQuote(int r) {
        return c.isTerseComment(t.end[r - 1]) && r == t.count
                ? c.hit(Confidence.MEDIUM, 0, r - 1, "sqli.comment_after_quote") : null;
    }
}
