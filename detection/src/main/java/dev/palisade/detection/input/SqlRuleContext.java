package dev.palisade.detection.input;

/**
 * What the SQL rules share for one tokenization: the text, its tokens, the quote context, a scratch
 * {@link SqlExpression}, and the helpers that say where an injected fragment may end
 * ({@link #goodFollow}), whether a comment is the terse kind injections write, and how a clause
 * ({@code ORDER BY 1}, {@code INTO OUTFILE}) continues a query.
 *
 * <p>Reused: one instance per thread (in {@link DetectorScratch}) is {@link #reset} for each
 * tokenization, with the rule objects it owns, because allocating the context, its expression scratch
 * and three rule objects for each of a value's one to four tokenizations was over half of what input
 * inspection allocated. Nothing here outlives one {@link SqlInjectionRules#analyze()} call.
 */
final class SqlRuleContext {
    String s;
    SqlTokens t;
    char context;
    final SqlExpression e = new SqlExpression();
    final SqlInjectionRules rules = new SqlInjectionRules(this);
    final SqlValueRules valueRules = new SqlValueRules(this);
    final SqlQuoteRules quoteRules = new SqlQuoteRules(this);
    /** {@link #firstWordPair()} once computed, else -1. */
    private int firstWordPair = -1;

    /** Prepares this context (and its rule objects) for the tokenization {@code t} of {@code s}. */
    SqlRuleContext reset(String s, SqlTokens t, char context) {
        this.s = s;
        this.t = t;
        this.context = context;
        this.firstWordPair = -1;
        return this;
    }

    /**
     * Index of the first bare word that directly follows another bare word ("select your", "the table"),
     * or the token count. Two adjacent identifiers are English, not SQL: a condition after them cannot
     * be part of a statement the value started, so the condition rules only look before this point.
     * Computed on first use: only a condition (AND / OR) asks, and most values have none.
     */
    int firstWordPair() {
        if (firstWordPair < 0) {
            int pair = t.count;
            for (int i = 1; i < t.count; i++) {
                if (isBareWord(i) && isBareWord(i - 1)) {
                    pair = i;
                    break;
                }
            }
            firstWordPair = pair;
        }
        return firstWordPair;
    }

    private boolean isBareWord(int i) {
        return t.kind[i] == SqlTokens.WORD && t.idAt(i) != SqlKeywords.SYSTEM_OBJECT
                && SqlLexer.isWordStart(s.charAt(t.start[i]));
    }

    /** Whether only the context string and closing parentheses precede token {@code i}. */
    boolean isBreakout(int i) {
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
    boolean prefixIsTerse() {
        int end = t.end[0] - 1;
        for (int i = 0; i < end; i++) {
            if (SqlLexer.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether an injected expression may end at token {@code i}: the rest of the query can follow. */
    boolean goodFollow(int i) {
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
    boolean trailingTerseComment(int i) {
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
    boolean isTerseComment(int from) {
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

    /** A clause keyword continuing the query: ORDER BY 1, HAVING 1=1, INTO OUTFILE, PROCEDURE ANALYSE ... */
    Detection clause(int r, String reason) {
        int id = t.idAt(r);
        char next = t.kindAt(r + 1);
        switch (id) {
            case SqlKeywords.ORDER:
            case SqlKeywords.GROUP:
                if (t.idAt(r + 1) == SqlKeywords.BY && next == SqlTokens.KEYWORD) {
                    if (r + 2 == t.count && r == 0) {
                        // The whole value is "order by": a clause cut where the attacker's column goes.
                        return hit(Confidence.LOW, r, r + 1, reason);
                    }
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
                if (e.isStrong() && goodFollow(e.end)) {
                    return hit(Confidence.MEDIUM, r, Math.max(r, e.end - 1), reason);
                }
                // HAVING 1=: a condition cut after its comparison operator.
                boolean symbol = t.kind[t.count - 1] == SqlTokens.COMPARE && !SqlLexer.isWordStart(s.charAt(t.start[t.count - 1]));
                return r == 0 && e.dangling && e.operands == 1 && e.compares > 0 && e.literals == 1 && symbol
                        ? hit(Confidence.LOW, r, e.end, reason) : null;
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
                // (expr) AS x FROM, 1234 AS "x" FROM, `col` AS `x` FROM: a select-list item with its alias.
                char before = t.kindAt(r - 1);
                boolean quotedAlias = next == SqlTokens.STRING || next == SqlTokens.WORD && s.charAt(t.start[r + 1]) == '`';
                boolean item = before == SqlTokens.RPAREN || quotedAlias && (before == SqlTokens.NUMBER
                        || before == SqlTokens.STRING && (t.attrAt(r - 1) & SqlTokens.CONTEXT_STRING) != 0);
                if (item && (next == SqlTokens.WORD || next == SqlTokens.STRING)
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
                    // FROM t ORDER BY c / FROM t GROUP BY c: a table, then the clause that sorts or groups it.
                    boolean sortOrGroup = t.kindAt(w) == SqlTokens.KEYWORD
                            && (t.idAt(w) == SqlKeywords.ORDER || t.idAt(w) == SqlKeywords.GROUP);
                    if (e.operands == 1 && next == SqlTokens.WORD && sortOrGroup && t.idAt(w + 1) == SqlKeywords.BY
                            && t.kindAt(w + 1) == SqlTokens.KEYWORD && t.kindAt(w + 2) == SqlTokens.WORD
                            && (isIdentifierShaped(r + 1) || isIdentifierShaped(w + 2) || t.kindAt(w + 3) == SqlTokens.COMMA)) {
                        return hit(Confidence.MEDIUM, r, w + 2, reason);
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /**
     * Whether word token {@code i} looks like a schema name rather than an English word: quoted
     * ({@code `t`}), or holding a digit or an underscore ({@code tag1}, {@code user_id}).
     */
    boolean isIdentifierShaped(int i) {
        if (i >= t.count || t.kind[i] != SqlTokens.WORD) {
            return false;
        }
        if (s.charAt(t.start[i]) == '`') {
            return true;
        }
        for (int k = t.start[i]; k < t.end[i]; k++) {
            char ch = s.charAt(k);
            if (ch == '_' || SqlLexer.isDigit(ch)) {
                return true;
            }
        }
        return false;
    }

    boolean isWord(int i, String word) {
        return i < t.count && t.kind[i] == SqlTokens.WORD && t.end[i] - t.start[i] == word.length()
                && s.startsWith(word, t.start[i]);
    }

    Detection hit(Confidence confidence, int firstToken, int lastToken, String reason) {
        int from = t.start[Math.max(0, Math.min(firstToken, t.count - 1))];
        int to = t.end[Math.max(0, Math.min(lastToken, t.count - 1))];
        return new Detection(Category.SQLI, confidence, from, Math.max(from, to), reason);
    }
}
