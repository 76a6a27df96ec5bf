package dev.palisade.detection.input;

/**
 * The grammar rules of the SQL injection detector, applied to one tokenization. An injection has to
 * leave the data position it was put in and continue the statement; the rules recognize those
 * continuations: {@code UNION SELECT}, a stacked statement after {@code ;}, a subquery, a time-delay
 * or file function call, a boolean condition after AND/OR that is SQL rather than English, and what
 * follows a closing quote (a comparison, a terse comment, a clause such as {@code ORDER BY 1}).
 */
final class SqlInjectionRules {
    private final String s;
    private final SqlTokens t;
    private final char context;
    private final SqlExpression e = new SqlExpression();
    /**
     * Index of the first bare word that directly follows another bare word ("select your", "the table"),
     * or the token count. Two adjacent identifiers are English, not SQL: a condition after them cannot
     * be part of a statement the value started, so the condition rules only look before this point.
     */
    private final int firstWordPair;

    SqlInjectionRules(String s, SqlTokens t, char context) {
        this.s = s;
        this.t = t;
        this.context = context;
        int pair = t.count;
        for (int i = 1; i < t.count; i++) {
            if (isBareWord(i) && isBareWord(i - 1)) {
                pair = i;
                break;
            }
        }
        this.firstWordPair = pair;
    }

    private boolean isBareWord(int i) {
        return t.kind[i] == SqlTokens.WORD && t.idAt(i) != SqlKeywords.SYSTEM_OBJECT
                && SqlLexer.isWordStart(s.charAt(t.start[i]));
    }

    /** The strongest finding in this tokenization, or null. */
    Detection analyze() {
        if (t.versionedComment) {
            return new Detection(Category.SQLI, Confidence.HIGH, t.versionedCommentAt, t.versionedCommentAt + 3,
                    "sqli.mysql_executable_comment");
        }
        Detection best = null;
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
                    d = t.idAt(i) == SqlKeywords.CASE ? caseExpression(i) : null;
                    break;
                default:
                    break;
            }
            best = SqlInjectionDetector.stronger(best, d);
            if (best != null && best.confidence() == Confidence.HIGH) {
                return best;
            }
        }
        Detection edge = context != 0 ? afterQuote() : atStart();
        return SqlInjectionDetector.stronger(best, edge);
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
            return hit(Confidence.HIGH, i, j, "sqli.union_select");
        }
        char prev = t.kindAt(i - 1);
        char next = t.kindAt(i + 1);
        boolean afterValue = prev == SqlTokens.NUMBER || prev == SqlTokens.RPAREN
                || prev == SqlTokens.STRING && (t.attrAt(i - 1) & SqlTokens.CONTEXT_STRING) != 0;
        boolean probeEnd = next == 0 || t.endsWithComment(i) || next == SqlTokens.NUMBER;
        return afterValue && probeEnd ? hit(Confidence.MEDIUM, i, i, "sqli.union_select") : null;
    }

    /** A statement keyword inside the value: (SELECT ...), WAITFOR DELAY, EXEC master..xp_cmdshell. */
    private Detection statementInside(int i) {
        int id = t.idAt(i);
        char prev = t.kindAt(i - 1);
        if (id == SqlKeywords.SELECT && prev == SqlTokens.LPAREN) {
            int shape = SqlStatementShapes.selectList(s, t, i + 1);
            return shape == SqlStatementShapes.NONE ? null : hit(Confidence.HIGH, i - 1, i + 1, "sqli.subquery");
        }
        if (id == SqlKeywords.SELECT && prev == SqlTokens.RPAREN
                && SqlStatementShapes.selectList(s, t, i + 1) == SqlStatementShapes.STRONG) {
            return hit(Confidence.MEDIUM, i, i + 1, "sqli.statement");
        }
        if (id == SqlKeywords.WAITFOR && SqlStatementShapes.statementAt(s, t, i, false) == SqlStatementShapes.STRONG) {
            return hit(Confidence.HIGH, i, i + 1, "sqli.time_delay");
        }
        boolean afterValue = prev == SqlTokens.NUMBER || prev == SqlTokens.STRING || prev == SqlTokens.RPAREN
                || prev == SqlTokens.UNION;
        if ((id == SqlKeywords.EXEC || id == SqlKeywords.DECLARE) && afterValue
                && SqlStatementShapes.statementAt(s, t, i, false) == SqlStatementShapes.STRONG) {
            return hit(Confidence.HIGH, i, i + 1, "sqli.stacked_query");
        }
        return null;
    }

    private Detection stacked(int i) {
        int j = i + 1;
        if (isWord(j, "begin")) {
            j++;
        }
        int shape = SqlStatementShapes.statementAt(s, t, j, true);
        if (shape == SqlStatementShapes.STRONG) {
            return hit(Confidence.HIGH, i, j, "sqli.stacked_query");
        }
        boolean describe = t.kindAt(j) == SqlTokens.KEYWORD && t.idAt(j) == SqlKeywords.DESC || isWord(j, "describe")
                || isWord(j, "show");
        if (describe && t.kindAt(j + 1) == SqlTokens.WORD && SqlStatementShapes.isStatementEnd(t, j + 2)) {
            return hit(Confidence.MEDIUM, i, j + 1, "sqli.stacked_query");
        }
        return shape == SqlStatementShapes.WEAK ? hit(Confidence.MEDIUM, i, j, "sqli.stacked_query") : null;
    }

    private Detection dangerousCall(int i) {
        if ((t.attr[i] & SqlKeywords.FUNCTION_DANGEROUS) == 0 || t.kindAt(i + 1) != SqlTokens.LPAREN
                || i + 2 >= t.count || t.kindAt(i + 2) == SqlTokens.RPAREN) {
            return null;
        }
        return hit(Confidence.HIGH, i, i + 2, "sqli.dangerous_function");
    }

    /** CASE [x] WHEN literal THEN: a conditional only SQL writes. */
    private Detection caseExpression(int i) {
        int limit = Math.min(t.count, i + 8);
        for (int j = i + 1; j < limit; j++) {
            if (t.kind[j] == SqlTokens.KEYWORD && t.idAt(j) == SqlKeywords.WHEN) {
                e.scan(s, t, j + 1, false);
                boolean sqlOperand = e.literals > 0 || e.functions > 0;
                if (sqlOperand && t.kindAt(e.end) == SqlTokens.KEYWORD && t.idAt(e.end) == SqlKeywords.THEN) {
                    return hit(Confidence.MEDIUM, i, e.end, "sqli.case_expression");
                }
                return null;
            }
        }
        return null;
    }

    /** AND / OR / XOR / && / || followed by a condition. */
    private Detection condition(int i) {
        if (i > firstWordPair) {
            return null;
        }
        e.scan(s, t, i + 1, false);
        if (e.operands == 0) {
            return null;
        }
        boolean follow = goodFollow(e.end) || e.dangling;
        boolean strong = e.isStrong();
        int last = Math.max(i, e.end - 1);
        char prev = t.kindAt(i - 1);
        if (context != 0 && isBreakout(i)) {
            boolean terse = prefixIsTerse();
            if (e.isDecisive()) {
                return hit(Confidence.HIGH, i, last, "sqli.boolean_after_quote");
            }
            if (strong && follow) {
                return hit(terse ? Confidence.HIGH : Confidence.MEDIUM, i, last, "sqli.boolean_after_quote");
            }
            boolean simple = e.isSingleLiteral() || e.functions > 0 && e.compares == 0 || isStringConcatenation();
            if (terse && simple && (follow || e.functions > 0 && e.end == t.count)) {
                return hit(Confidence.MEDIUM, i, last, "sqli.boolean_after_quote");
            }
            // A probe cut after its comparison operator: x' or 1=, admin' or 'x' <
            boolean probe = e.dangling && e.operands == 1 && e.compares > 0;
            return terse && probe ? hit(Confidence.MEDIUM, i, last, "sqli.boolean_after_quote") : null;
        }
        if (e.isDecisive()) {
            return hit(Confidence.HIGH, i, last, "sqli.boolean_condition");
        }
        if (prev == SqlTokens.WORD) {
            boolean sqlish = e.knownFunctions > 0 || e.identicalComparison || e.compares > 0 && e.literals >= 2;
            return sqlish && follow ? hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition") : null;
        }
        boolean valueLeft = prev == SqlTokens.NUMBER || prev == SqlTokens.STRING || prev == SqlTokens.VARIABLE
                || prev == SqlTokens.RPAREN;
        boolean start = i == 0 || isAssignmentPrefix(i) || prev == SqlTokens.SEMICOLON;
        if (!valueLeft && !start) {
            return null;
        }
        // "1<2 and 3>2" is arithmetic prose; an injected condition compares for equality or calls SQL.
        boolean sqlCondition = strong && (e.equalityCompares > 0 || e.knownFunctions > 0 || e.identicalComparison
                || start || e.strings + e.variables > 0);
        if (sqlCondition && (follow || e.knownFunctions > 0 && valueLeft)) {
            return hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        // A value that starts with OR/AND and continues with name=name is a condition, not a sentence.
        if (start && e.equalityCompares > 0 && e.operands >= 2 && follow) {
            return hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        if (start && e.dangling && e.operands == 1 && e.compares > 0) {
            return hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        if (e.isSingleLiteral() && e.booleanLiteral && follow) {
            return hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        if (valueLeft && e.isSingleLiteral() && trailingTerseComment(e.end)) {
            return hit(Confidence.MEDIUM, i, last, "sqli.boolean_condition");
        }
        return null;
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

    /** Whether only the context string and closing parentheses precede token {@code i}. */
    private boolean isBreakout(int i) {
        for (int j = 1; j < i; j++) {
            if (t.kind[j] != SqlTokens.RPAREN) {
                return false;
            }
        }
        return i >= 1;
    }

    /**
     * Whether the text before the breakout quote is a single token (an id, a name, an e-mail, nothing):
     * the shape of a field value. Prose before its first quote has spaces.
     */
    private boolean prefixIsTerse() {
        int end = t.end[0] - 1;
        for (int i = 0; i < end; i++) {
            if (SqlLexer.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether an injected expression may end at token {@code i}: the rest of the query can follow. */
    private boolean goodFollow(int i) {
        if (i >= t.count || t.endsWithComment(i - 1)) {
            return true;
        }
        switch (t.kind[i]) {
            case SqlTokens.SEMICOLON:
            case SqlTokens.RPAREN:
            case SqlTokens.UNION:
                return true;
            case SqlTokens.KEYWORD: {
                int id = t.idAt(i);
                return id == SqlKeywords.LIMIT || id == SqlKeywords.ORDER || id == SqlKeywords.GROUP
                        || id == SqlKeywords.INTO || id == SqlKeywords.HAVING || id == SqlKeywords.PROCEDURE
                        || id == SqlKeywords.COLLATE || id == SqlKeywords.THEN || id == SqlKeywords.END;
            }
            default:
                return false;
        }
    }

    /** Whether, after any closing parentheses from {@code i}, the value ends in a terse comment. */
    private boolean trailingTerseComment(int i) {
        int j = i;
        while (j < t.count && t.kind[j] == SqlTokens.RPAREN) {
            j++;
        }
        return j == t.count && j > 0 && t.commentAfter[j - 1] != SqlTokens.NO_COMMENT && isTerseComment(t.end[j - 1]);
    }

    /**
     * Whether the comment starting after {@code from} is what injections write ({@code --}, {@code -- -},
     * {@code #}, {@code /*}, {@code --sp_password}) rather than prose after a dash: at most one word.
     */
    private boolean isTerseComment(int from) {
        int i = from;
        int n = s.length();
        while (i < n && SqlLexer.isSpace(s.charAt(i))) {
            i++;
        }
        int body;
        if (s.startsWith("--", i) || s.startsWith("/*", i)) {
            body = i + 2;
        } else if (i < n && (s.charAt(i) == '\u2013' || s.charAt(i) == '\u2014')) {
            body = i + 1;
        } else if (i < n && s.charAt(i) == '#') {
            body = i + 1;
            if (body < n && !SqlLexer.isSpace(s.charAt(body)) && s.charAt(body) != '#') {
                return false;
            }
        } else {
            return false;
        }
        while (body < n && SqlLexer.isSpace(s.charAt(body))) {
            body++;
        }
        int end = n;
        while (end > body && SqlLexer.isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end - body > 40) {
            return false;
        }
        for (int k = body; k < end; k++) {
            if (SqlLexer.isSpace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Rules for what follows the closing quote in a quote context. */
    private Detection afterQuote() {
        int r = 1;
        while (r < t.count && t.kind[r] == SqlTokens.RPAREN) {
            r++;
        }
        boolean terse = prefixIsTerse();
        if (t.commentAfter[r - 1] != SqlTokens.NO_COMMENT) {
            return terse || r > 1 ? commentAfterQuote(r) : null;
        }
        if (r >= t.count) {
            return null;
        }
        switch (t.kind[r]) {
            case SqlTokens.COMPARE:
                e.scan(s, t, r, true);
                if ((e.operands >= 1 || t.idAt(r) == SqlKeywords.NOTNULL) && goodFollow(e.end)
                        && (terse || e.isStrong())) {
                    return hit(Confidence.MEDIUM, r, Math.max(r, e.end - 1), "sqli.comparison_after_quote");
                }
                return null;
            case SqlTokens.OPERATOR:
                return operatorAfterQuote(r, terse);
            case SqlTokens.STATEMENT: {
                int shape = SqlStatementShapes.statementAt(s, t, r, false);
                // Without a ';' only SQL Server runs a second statement; prose that quotes SQL has spaces
                // before its first quote, so ask for a field-shaped prefix.
                if (shape == SqlStatementShapes.STRONG && terse) {
                    return hit(Confidence.HIGH, r, r, "sqli.statement_after_quote");
                }
                return null;
            }
            case SqlTokens.KEYWORD:
                return clause(r, "sqli.clause_after_quote");
            case SqlTokens.SEMICOLON:
                return t.commentAfter[r] != SqlTokens.NO_COMMENT && isTerseComment(t.end[r])
                        ? hit(Confidence.MEDIUM, r, r, "sqli.comment_after_quote") : null;
            default:
                return null;
        }
    }

    private Detection operatorAfterQuote(int r, boolean terse) {
        e.scan(s, t, r, true);
        int last = Math.max(r, e.end - 1);
        if (e.subqueries > 0 || e.dangerousFunctions > 0 || e.knownFunctions > 0) {
            return hit(Confidence.HIGH, r, last, "sqli.expression_after_quote");
        }
        if (e.operands >= 1 && (terse || e.literals > 0) && trailingTerseComment(e.end)) {
            return hit(Confidence.MEDIUM, r, last, "sqli.expression_after_quote");
        }
        if (terse && e.operands >= 1 && e.end == t.count && endsInShortClosingString() && isSymbol(r)) {
            return hit(Confidence.MEDIUM, r, last, "sqli.expression_after_quote");
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

    private boolean isSymbol(int i) {
        return !SqlLexer.isWordStart(s.charAt(t.start[i]));
    }

    /** The value ends right after the quote (and parentheses) with a comment: {@code admin'--}. */
    private Detection commentAfterQuote(int r) {
        return isTerseComment(t.end[r - 1]) && r == t.count
                ? hit(Confidence.MEDIUM, 0, r - 1, "sqli.comment_after_quote") : null;
    }

    /** Rules for a value in a numeric position. */
    private Detection atStart() {
        int f = 0;
        while (f < t.count && (t.kind[f] == SqlTokens.RPAREN || t.kind[f] == SqlTokens.SEMICOLON)) {
            f++;
        }
        if (f >= t.count) {
            return null;
        }
        char k = t.kind[f];
        if (k == SqlTokens.STATEMENT || k == SqlTokens.KEYWORD && t.idAt(f) == SqlKeywords.SET) {
            int shape = SqlStatementShapes.statementAt(s, t, f, false);
            char item = t.kindAt(f + 1);
            boolean longEnough = t.idAt(f) != SqlKeywords.SELECT || t.count - f > 2 || item == SqlTokens.VARIABLE
                    || item == SqlTokens.FUNCTION;
            return shape == SqlStatementShapes.STRONG && longEnough ? hit(Confidence.HIGH, f, f, "sqli.statement") : null;
        }
        if (k == SqlTokens.KEYWORD) {
            return clause(f, "sqli.clause");
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
            Detection d = clause(j, "sqli.clause_after_value");
            if (d != null) {
                return d;
            }
        }
        return wholeExpression(f);
    }

    /** The whole value is one SQL expression: nested SQL calls, or literals then a terse comment. */
    private Detection wholeExpression(int f) {
        e.scan(s, t, f, false);
        boolean whole = e.end == t.count || trailingTerseComment(e.end);
        if (!whole || e.end <= f) {
            return null;
        }
        int last = e.end - 1;
        if (e.isDecisive() || e.knownFunctions >= 1 && e.operators + e.compares >= 1) {
            return hit(Confidence.MEDIUM, f, last, "sqli.expression");
        }
        boolean comparison = e.operands == 2 && e.compares == 1 && e.literals == 2 && e.operators == 0;
        if (comparison && e.end == t.count && (e.identicalComparison || isNonEqualityTest(f, e.end))) {
            return hit(Confidence.MEDIUM, f, last, "sqli.literal_comparison");
        }
        boolean literalsOnly = e.literals >= 1 && e.wordOperands == 0 && e.innerWords == 0 && !hasSpacedString(f, e.end);
        if (literalsOnly && trailingTerseComment(e.end) && t.commentAfter[t.count - 1] != SqlTokens.BLOCK_COMMENT) {
            return hit(Confidence.MEDIUM, f, last, "sqli.value_then_comment");
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

    /** A clause keyword continuing the query: ORDER BY 1, HAVING 1=1, INTO OUTFILE, PROCEDURE ANALYSE ... */
    private Detection clause(int r, String reason) {
        int id = t.idAt(r);
        char next = t.kindAt(r + 1);
        switch (id) {
            case SqlKeywords.ORDER:
            case SqlKeywords.GROUP:
                if (t.idAt(r + 1) == SqlKeywords.BY && next == SqlTokens.KEYWORD) {
                    e.scan(s, t, r + 2, false);
                    boolean sqlOperand = e.literals > 0 || e.functions > 0 || e.subqueries > 0
                            || e.operands == 1 && e.wordOperands == 1 && t.kindAt(e.end) == SqlTokens.KEYWORD;
                    if (e.operands > 0 && sqlOperand && (goodFollow(e.end) || t.kindAt(e.end) == SqlTokens.COMMA)) {
                        return hit(Confidence.MEDIUM, r, e.end - 1, reason);
                    }
                }
                return null;
            case SqlKeywords.HAVING:
            case SqlKeywords.WHERE:
                e.scan(s, t, r + 1, false);
                return e.isStrong() && goodFollow(e.end) ? hit(Confidence.MEDIUM, r, Math.max(r, e.end - 1), reason) : null;
            case SqlKeywords.LIMIT:
                return next == SqlTokens.NUMBER && (goodFollow(r + 2) || t.kindAt(r + 2) == SqlTokens.COMMA)
                        && t.count > r + 2 ? hit(Confidence.MEDIUM, r, r + 1, reason) : null;
            case SqlKeywords.INTO:
                return t.idAt(r + 1) == SqlKeywords.OUTFILE || next == SqlTokens.VARIABLE
                        ? hit(Confidence.HIGH, r, r + 1, reason) : null;
            case SqlKeywords.PROCEDURE:
                return t.idAt(r + 1) == SqlKeywords.ANALYSE ? hit(Confidence.HIGH, r, r + 1, reason) : null;
            case SqlKeywords.COLLATE:
                return (next == SqlTokens.WORD || next == SqlTokens.STRING) && goodFollow(r + 2) && context != 0
                        ? hit(Confidence.MEDIUM, r, r + 1, reason) : null;
            case SqlKeywords.AS:
                if (t.kindAt(r - 1) == SqlTokens.RPAREN && (next == SqlTokens.WORD || next == SqlTokens.STRING)
                        && t.kindAt(r + 2) == SqlTokens.KEYWORD && t.idAt(r + 2) == SqlKeywords.FROM) {
                    return hit(Confidence.MEDIUM, r, r + 2, reason);
                }
                return null;
            case SqlKeywords.FROM:
                if (next == SqlTokens.WORD || next == SqlTokens.LPAREN) {
                    e.scan(s, t, r + 1, false);
                    int w = e.end;
                    boolean where = t.kindAt(w) == SqlTokens.KEYWORD && t.idAt(w) == SqlKeywords.WHERE;
                    if (where && clause(w, reason) != null || e.subqueries > 0 || e.literals > 0 && next == SqlTokens.WORD) {
                        return hit(Confidence.MEDIUM, r, w, reason);
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private boolean isWord(int i, String word) {
        return i < t.count && t.kind[i] == SqlTokens.WORD && t.end[i] - t.start[i] == word.length()
                && s.startsWith(word, t.start[i]);
    }

    private Detection hit(Confidence confidence, int firstToken, int lastToken, String reason) {
        int from = t.start[Math.max(0, Math.min(firstToken, t.count - 1))];
        int to = t.end[Math.max(0, Math.min(lastToken, t.count - 1))];
        return new Detection(Category.SQLI, confidence, from, Math.max(from, to), reason);
    }
}
