package dev.palisade.detection.input;

/**
 * The grammar rules of the SQL injection detector, applied to one tokenization. An injection has to
 * leave the data position it was put in and continue the statement; the rules recognize those
 * continuations: {@code UNION SELECT}, a stacked statement after {@code ;}, a subquery, a time-delay
 * or file function call, a boolean condition after AND/OR that is SQL rather than English, and what
 * follows a closing quote (a comparison, a terse comment, a clause such as {@code ORDER BY 1}).
 */
final class SqlInjectionRules {
    private final SqlRuleContext c;
    private final SqlExpression e;
    /** The context's text, tokens and quote, copied at the start of {@link #analyze()}. */
    private String s;
    private SqlTokens t;
    private char context;

    SqlInjectionRules(SqlRuleContext c) {
        this.c = c;
        this.e = c.e;
    }

    /** The strongest finding in the context's tokenization, or null. */
    Detection analyze() {
        s = c.s;
        t = c.t;
        context = c.context;
        if (t.versionedComment) {
            return new Detection(Category.SQLI, Confidence.HIGH, t.versionedCommentAt, t.versionedCommentAt + 3,
                    "sqli.mysql_executable_comment");
        }
        Detection best = t.gluedComment >= 0 ? gluedComment(t.gluedComment) : null;
        if (best != null && best.confidence() == Confidence.HIGH) {
            return best;
        }
        for (int i = 0; i < t.count; i++) {
            Detection d = null;
            switch (t.kind[i]) {
                case SqlTokens.UNION:
                    d = union(i);
                    break;
                case SqlTokens.STATEMENT:
                    d = statementInside(i);
                    break;
                case SqlTokens.SEMICOLON:
                    d = stacked(i);
                    break;
                case SqlTokens.FUNCTION:
                    d = dangerousCall(i);
                    break;
                case SqlTokens.LOGIC:
                    d = condition(i);
                    break;
                case SqlTokens.KEYWORD:
                    d = t.idAt(i) == SqlKeywords.CASE ? caseExpression(i) : t.idAt(i) == SqlKeywords.INTO ? outfile(i) : null;
                    break;
                default:
                    break;
            }
            best = SqlInjectionDetector.stronger(best, d);
            if (best != null && best.confidence() == Confidence.HIGH) {
                return best;
            }
        }
        best = SqlInjectionDetector.stronger(best, optimizerHint());
        Detection edge = context != 0 ? c.quoteRules.afterQuote() : c.valueRules.atStart();
        best = SqlInjectionDetector.stronger(best, edge);
        if (context == 0 && (best == null || best.confidence() == Confidence.LOW)) {
            best = SqlInjectionDetector.stronger(best, SqlDialectMarks.find(c));
        }
        return best;
    }

    /**
     * A block comment glued between two words: splitting a keyword ({@code UNI/**}{@code /ON}), read as one
     * by filters that strip comments, or standing in for the space after a statement or clause keyword
     * ({@code SELECT/**}{@code /password}).
     */
    private Detection gluedComment(int g) {
        if (g + 1 >= t.count) {
            return null;
        }
        String joined = s.substring(t.start[g], t.end[g]) + s.substring(t.start[g + 1], t.end[g + 1]);
        int cls = SqlKeywords.classify(joined, 0, joined.length());
        char joinedKind = cls < 0 ? 0 : (char) (cls & 0xff);
        if (joinedKind == SqlTokens.STATEMENT || joinedKind == SqlTokens.UNION) {
            return c.hit(Confidence.HIGH, g, g + 1, "sqli.split_keyword");
        }
        if (isSpaceableKeyword(g) || isSpaceableKeyword(g + 1)) {
            return c.hit(Confidence.MEDIUM, g, g + 1, "sqli.comment_as_space");
        }
        return null;
    }

    /**
     * An optimizer hint ({@code /*+ ... *}{@code /}) after another token: hints belong right after a
     * statement keyword, so one after a value or inside a condition ({@code 9999 or /*+x*}{@code / true})
     * is a probe for how the filter reads comments.
     */
    private Detection optimizerHint() {
        if (t.hintAt < 0 || t.count == 0 || t.start[0] >= t.hintAt || s.indexOf("*/", t.hintAt + 3) < 0) {
            return null;
        }
        int before = 0;
        while (before + 1 < t.count && t.start[before + 1] < t.hintAt) {
            before++;
        }
        return c.hit(Confidence.MEDIUM, before, Math.min(before + 1, t.count - 1), "sqli.optimizer_hint");
    }

    /** INTO OUTFILE|DUMPFILE 'path' after anything: MySQL writing a server file. */
    private Detection outfile(int i) {
        boolean file = t.kindAt(i + 1) == SqlTokens.KEYWORD && t.idAt(i + 1) == SqlKeywords.OUTFILE
                && t.kindAt(i + 2) == SqlTokens.STRING;
        if (!file || i == 0) {
            return null;
        }
        // After a value the clause ends the injected query; after a word it may be prose about MySQL.
        Confidence confidence = t.kind[i - 1] == SqlTokens.WORD ? Confidence.MEDIUM : Confidence.HIGH;
        return c.hit(confidence, i, i + 2, "sqli.into_outfile");
    }

    private boolean isSpaceableKeyword(int i) {
        char k = t.kind[i];
        int id = t.idAt(i);
        return k == SqlTokens.STATEMENT || k == SqlTokens.UNION || k == SqlTokens.KEYWORD
                && (id == SqlKeywords.FROM || id == SqlKeywords.WHERE || id == SqlKeywords.TABLE);
    }

    /** UNION [ALL] SELECT; or UNION right after a value, which only a probe writes. */
    private Detection union(int i) {
        int j = i + 1;
        int limit = Math.min(t.count, i + 6);
        while (j < limit && (t.kind[j] == SqlTokens.LPAREN || t.kind[j] == SqlTokens.KEYWORD
                && (t.idAt(j) == SqlKeywords.ALL || t.idAt(j) == SqlKeywords.DISTINCT))) {
            j++;
        }
        boolean select = t.kindAt(j) == SqlTokens.STATEMENT && t.idAt(j) == SqlKeywords.SELECT;
        boolean values = t.kindAt(j) == SqlTokens.KEYWORD && t.idAt(j) == SqlKeywords.VALUES;
        if (select || values || t.kindAt(j) == SqlTokens.STATEMENT && t.idAt(j) == SqlKeywords.EXEC) {
            return c.hit(Confidence.HIGH, i, j, "sqli.union_select");
        }
        char prev = t.kindAt(i - 1);
        char next = t.kindAt(i + 1);
        boolean afterValue = prev == SqlTokens.NUMBER || prev == SqlTokens.RPAREN
                || prev == SqlTokens.STRING && (t.attrAt(i - 1) & SqlTokens.CONTEXT_STRING) != 0;
        boolean probeEnd = next == 0 || t.endsWithComment(i) || next == SqlTokens.NUMBER;
        return afterValue && probeEnd ? c.hit(Confidence.MEDIUM, i, i, "sqli.union_select") : null;
    }

    /** A statement keyword inside the value: (SELECT ...), WAITFOR DELAY, EXEC master..xp_cmdshell. */
    private Detection statementInside(int i) {
        int id = t.idAt(i);
        char prev = t.kindAt(i - 1);
        if (id == SqlKeywords.SELECT && prev == SqlTokens.LPAREN) {
            int shape = SqlStatementShapes.selectList(s, t, i + 1);
            if (shape != SqlStatementShapes.NONE) {
                return c.hit(Confidence.HIGH, i - 1, i + 1, "sqli.subquery");
            }
            // = all (select email), in (select id): a one-column subquery as a comparison's operand.
            char before = t.kindAt(i - 2);
            int beforeId = t.idAt(i - 2);
            boolean operandPosition = before == SqlTokens.COMPARE || before == SqlTokens.KEYWORD
                    && (beforeId == SqlKeywords.ALL || beforeId == SqlKeywords.EXISTS);
            boolean oneColumn = t.kindAt(i + 1) == SqlTokens.WORD && t.kindAt(i + 2) == SqlTokens.RPAREN;
            return operandPosition && oneColumn ? c.hit(Confidence.MEDIUM, i - 1, i + 2, "sqli.subquery") : null;
        }
        // ) select 1, and T-SQL's @v select @v: a statement that needs no ';' after the value before it.
        if (id == SqlKeywords.SELECT && (prev == SqlTokens.RPAREN || prev == SqlTokens.VARIABLE)
                && SqlStatementShapes.selectList(s, t, i + 1) == SqlStatementShapes.STRONG) {
            return c.hit(Confidence.MEDIUM, i, i + 1, "sqli.statement");
        }
        if (id == SqlKeywords.WAITFOR && SqlStatementShapes.statementAt(s, t, i, false) == SqlStatementShapes.STRONG) {
            return c.hit(Confidence.HIGH, i, i + 1, "sqli.time_delay");
        }
        boolean afterValue = prev == SqlTokens.NUMBER || prev == SqlTokens.STRING || prev == SqlTokens.RPAREN
                || prev == SqlTokens.UNION;
        if ((id == SqlKeywords.EXEC || id == SqlKeywords.DECLARE) && afterValue
                && SqlStatementShapes.statementAt(s, t, i, false) == SqlStatementShapes.STRONG) {
            return c.hit(Confidence.HIGH, i, i + 1, "sqli.stacked_query");
        }
        return null;
    }

    private Detection stacked(int i) {
        int j = i + 1;
        if (c.isWord(j, "begin")) {
            j++;
        }
        int shape = SqlStatementShapes.statementAt(s, t, j, true);
        if (shape == SqlStatementShapes.STRONG) {
            return c.hit(Confidence.HIGH, i, j, "sqli.stacked_query");
        }
        // ;analyze-- (PostgreSQL, MySQL): a maintenance statement the value ends with a terse comment.
        if (t.kindAt(j) == SqlTokens.KEYWORD && t.idAt(j) == SqlKeywords.ANALYSE && j + 1 == t.count
                && t.endsWithComment(j) && c.isTerseComment(t.end[j])) {
            return c.hit(Confidence.MEDIUM, i, j, "sqli.stacked_query");
        }
        boolean describe = t.kindAt(j) == SqlTokens.KEYWORD && t.idAt(j) == SqlKeywords.DESC || c.isWord(j, "describe")
                || c.isWord(j, "show");
        if (describe && t.kindAt(j + 1) == SqlTokens.WORD && SqlStatementShapes.isStatementEnd(t, j + 2)) {
            return c.hit(Confidence.MEDIUM, i, j + 1, "sqli.stacked_query");
        }
        return shape == SqlStatementShapes.WEAK ? c.hit(Confidence.MEDIUM, i, j, "sqli.stacked_query") : null;
    }

    private Detection dangerousCall(int i) {
        if ((t.attr[i] & SqlKeywords.FUNCTION_DANGEROUS) == 0 || t.kindAt(i + 1) != SqlTokens.LPAREN
                || i + 2 >= t.count || t.kindAt(i + 2) == SqlTokens.RPAREN) {
            return null;
        }
        return c.hit(Confidence.HIGH, i, i + 2, "sqli.dangerous_function");
    }

    /** CASE [x] WHEN literal THEN: a conditional only SQL writes. */
    private Detection caseExpression(int i) {
        int limit = Math.min(t.count, i + 8);
        for (int j = i + 1; j < limit; j++) {
            if (t.kind[j] == SqlTokens.KEYWORD && t.idAt(j) == SqlKeywords.WHEN) {
                e.scan(s, t, j + 1, false);
                boolean sqlOperand = e.literals > 0 || e.functions > 0;
                if (sqlOperand && t.kindAt(e.end) == SqlTokens.KEYWORD && t.idAt(e.end) == SqlKeywords.THEN) {
                    return c.hit(Confidence.MEDIUM, i, e.end, "sqli.case_expression");
                }
                return null;
            }
        }
        return null;
    }

    /** AND / OR / XOR / && / || followed by a condition. */
    private Detection condition(int i) {
        if (i > c.firstWordPair()) {
            return null;
        }
        Detection exists = existsTest(i);
        if (exists != null) {
            return exists;
        }
        e.scan(s, t, i + 1, false);
        if (e.operands == 0) {
            // x' or: a breakout probe cut right after its AND/OR, nothing else in the value.
            boolean bare = context != 0 && i == 1 && i + 1 == t.count && t.commentAfter[i] == 0 && c.prefixIsTerse();
            return bare ? c.hit(Confidence.LOW, i, i, "sqli.boolean_after_quote") : null;
        }
        boolean follow = c.goodFollow(e.end) || e.dangling;
        boolean strong = e.isStrong();
        int last = Math.max(i, e.end - 1);
        char prev = t.kindAt(i - 1);
        if (context != 0 && c.isBreakout(i)) {
            boolean terse = c.prefixIsTerse();
            if (e.isDecisive()) {
                return c.hit(Confidence.HIGH, i, last, "sqli.boolean_after_quote");
            }
            if (strong && follow) {
                return c.hit(terse ? Confidence.HIGH : Confidence.MEDIUM, i, last, "sqli.boolean_after_quote");
            }
            boolean simple = e.isSingleLiteral() || e.functions > 0 && e.compares == 0 || isStringConcatenation();
            if (terse && simple && (follow || e.functions > 0 && e.end == t.count)) {
                return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_after_quote");
            }
            // A probe cut after its comparison operator: x' or 1=, admin' or 'x' <
            boolean probe = e.dangling && e.operands == 1 && e.compares > 0;
            if (terse && probe) {
                return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_after_quote");
            }
            // x'||utl_http.request: a member of a database package or catalog joined onto the string.
            boolean systemObject = e.operands == 1 && e.wordOperands == 0 && e.firstOperandKind == SqlTokens.WORD
                    && t.kindAt(i + 2) == SqlTokens.DOT;
            if (terse && systemObject && (follow || e.end == t.count)) {
                return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_after_quote");
            }
            // x' or '' ': a literal followed by a second string the application's closing quote ends,
            // which MySQL concatenates with it.
            boolean adjacentString = e.isSingleLiteral() && e.firstOperandKind == SqlTokens.STRING
                    && e.end == t.count - 1 && (t.attr[e.end] & SqlTokens.OPEN_STRING) != 0
                    && t.end[e.end] - t.start[e.end] <= 2;
            if (terse && adjacentString) {
                return c.hit(Confidence.MEDIUM, i, e.end, "sqli.boolean_after_quote");
            }
            // x' or name notnull--, x' and a is not null--: a predicate ended by a terse comment.
            if (terse && e.compares > 0 && c.trailingTerseComment(e.end)) {
                return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_after_quote");
            }
            return null;
        }
        if (e.isDecisive()) {
            return c.hit(Confidence.HIGH, i, last, "sqli.boolean_condition");
        }
        if (prev == SqlTokens.WORD) {
            boolean sqlish = e.knownFunctions > 0 || e.identicalComparison || e.compares > 0 && e.literals >= 2;
            return sqlish && follow ? c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition") : null;
        }
        boolean valueLeft = prev == SqlTokens.NUMBER || prev == SqlTokens.STRING || prev == SqlTokens.VARIABLE
                || prev == SqlTokens.RPAREN;
        boolean start = i == 0 || isAssignmentPrefix(i) || prev == SqlTokens.SEMICOLON || isPathSegmentStart(i);
        if (!valueLeft && !start) {
            return null;
        }
        // "1<2 and 3>2" is arithmetic prose; an injected condition compares for equality or calls SQL.
        boolean sqlCondition = strong && (e.equalityCompares > 0 || e.knownFunctions > 0 || e.identicalComparison
                || start || e.strings + e.variables > 0);
        if (sqlCondition && (follow || e.knownFunctions > 0 && valueLeft)) {
            return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        // A value that starts with OR/AND and continues with name=name is a condition, not a sentence.
        if (start && e.equalityCompares > 0 && e.operands >= 2 && follow) {
            return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        // ||utl_http.request: a member of a database package or catalog joined on at the value's start.
        if (i == 0 && e.operands == 1 && e.firstOperandKind == SqlTokens.WORD && t.kindAt(i + 2) == SqlTokens.DOT
                && SqlSystemNames.isSystemName(s, t.start[i + 1], t.end[i + 1])) {
            return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        if (start && e.dangling && e.operands == 1 && e.compares > 0) {
            return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        if (e.isSingleLiteral() && e.booleanLiteral && follow) {
            return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        if (valueLeft && e.isSingleLiteral() && c.trailingTerseComment(e.end)) {
            return c.hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        return null;
    }

    /**
     * OR / AND then EXISTS with a parenthesis on either side ({@code ' or (exists)}, {@code or exists(}):
     * the head of a subquery test, after a breakout or as the whole value's start.
     */
    private Detection existsTest(int i) {
        boolean start = i == 0 || context != 0 && c.isBreakout(i) && c.prefixIsTerse();
        if (!start) {
            return null;
        }
        int j = t.kindAt(i + 1) == SqlTokens.LPAREN ? i + 2 : i + 1;
        boolean exists = t.kindAt(j) == SqlTokens.KEYWORD && t.idAt(j) == SqlKeywords.EXISTS;
        boolean parenthesized = j == i + 2 || t.kindAt(j + 1) == SqlTokens.LPAREN;
        return exists && parenthesized ? c.hit(Confidence.MEDIUM, i, j, "sqli.boolean_condition") : null;
    }

    /**
     * Whether token {@code i} starts a path segment ({@code /get/OR json_extract(...)}): glued to a
     * '/' that follows a word or starts the value, the way a REST route splices a value into a query.
     */
    private boolean isPathSegmentStart(int i) {
        return t.kindAt(i - 1) == SqlTokens.OPERATOR && s.charAt(t.start[i - 1]) == '/' && t.end[i - 1] == t.start[i]
                && (i == 1 || t.kindAt(i - 2) == SqlTokens.WORD && t.end[i - 2] == t.start[i - 1]);
    }

    /** Whether token {@code i} follows {@code name=} at the start of the value, as in a query string. */
    private boolean isAssignmentPrefix(int i) {
        return i == 2 && t.kind[1] == SqlTokens.COMPARE && t.end[1] - t.start[1] == 1 && s.charAt(t.start[1]) == '='
                && t.kind[0] == SqlTokens.WORD;
    }

    /** '1' || 'a' || ': string literals concatenated up to the application's closing quote. */
    private boolean isStringConcatenation() {
        return e.operands >= 2 && e.strings == e.operands && e.compares == 0 && e.end == t.count
                && (t.attr[t.count - 1] & SqlTokens.OPEN_STRING) != 0;
    }
}
