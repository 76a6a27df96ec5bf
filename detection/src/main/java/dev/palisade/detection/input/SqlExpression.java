package dev.palisade.detection.input;

/**
 * Scans one SQL expression forward from a token, flat and bounded: operands (literals, names, calls,
 * parenthesized groups) joined by operators, comparisons and AND/OR, the way an injected condition
 * continues a WHERE clause. It records what the expression contains so that rules can tell
 * {@code 1=1}, {@code sleep(5)} and {@code (select ...)} from English ("or less", "and 7 oranges").
 * Each scan reads at most {@link #MAX_TOKENS} tokens, so rules that start scans at many places stay
 * linear. A mutable scratch object: rules reuse one instance per tokenization.
 */
final class SqlExpression {
    static final int MAX_TOKENS = 48;

    /** Index just past the expression. */
    int end;
    int operands;
    int wordOperands;
    /** Literal operands (strings, numbers, variables, system objects), inside groups too. */
    int literals;
    /** Operands inside parenthesized groups. */
    int innerOperands;
    /** Bare words inside parenthesized groups. */
    int innerWords;
    /** Top-level string operands. */
    int strings;
    /** Top-level variable operands ({@code @a}, {@code @@version}). */
    int variables;
    int compares;
    int functions;
    int knownFunctions;
    int dangerousFunctions;
    int subqueries;
    int operators;
    /** Kind of the single operand, when there is exactly one. */
    char firstOperandKind;
    /** The single operand is a boolean-valued literal: 0, 1, true, false, null. */
    boolean booleanLiteral;
    /** A comparison of two identical single-token operands: {@code a=a}, {@code 'x' like 'x'}. */
    boolean identicalComparison;
    /** Comparisons other than {@code < > <= >=}: equality, LIKE, IS, IN, REGEXP ... */
    int equalityCompares;
    /** The input ended right after an operator or comparison: {@code or 1=}, {@code xor 99>}. */
    boolean dangling;

    private int lastOperandToken;
    private int comparedOperandToken;

    private SqlTokens t;
    private String s;

    SqlExpression scan(String text, SqlTokens tokens, int from, boolean startsWithOperator) {
        s = text;
        t = tokens;
        end = from;
        operands = 0;
        wordOperands = 0;
        literals = 0;
        innerOperands = 0;
        innerWords = 0;
        strings = 0;
        variables = 0;
        compares = 0;
        functions = 0;
        knownFunctions = 0;
        dangerousFunctions = 0;
        subqueries = 0;
        operators = 0;
        firstOperandKind = 0;
        booleanLiteral = false;
        identicalComparison = false;
        equalityCompares = 0;
        dangling = false;
        lastOperandToken = -1;
        comparedOperandToken = -1;
        int limit = Math.min(t.count, from + MAX_TOKENS);
        int i = from;
        boolean expectOperand = !startsWithOperator;
        while (i < limit) {
            char k = t.kind[i];
            if (expectOperand) {
                if (isUnary(i)) {
                    i++;
                    continue;
                }
                int next = operand(i, limit);
                if (next < 0) {
                    break;
                }
                lastOperandToken = next == i + 1 ? i : -1;
                if (comparedOperandToken >= 0 && lastOperandToken >= 0 && sameText(comparedOperandToken, i)) {
                    identicalComparison = true;
                }
                comparedOperandToken = -1;
                i = next;
                end = i;
                expectOperand = false;
            } else {
                if (k == SqlTokens.COMPARE) {
                    compares++;
                    if (!isRelational(i)) {
                        equalityCompares++;
                    }
                    comparedOperandToken = lastOperandToken;
                    i++;
                    // "is not", "not like", "sounds like", "similar to": swallow the rest of the operator.
                    while (i < limit && (t.kind[i] == SqlTokens.COMPARE && t.idAt(i) != SqlKeywords.NOTNULL
                            || t.isId(i, SqlKeywords.NOT) || isWord(i, "to"))) {
                        i++;
                    }
                    if (t.idAt(i - 1) == SqlKeywords.NOTNULL) {
                        end = i;
                        continue;
                    }
                    expectOperand = true;
                } else if (k == SqlTokens.OPERATOR && !t.isId(i, SqlKeywords.NOT) || k == SqlTokens.LOGIC) {
                    operators++;
                    if (isCast(i) && i + 1 < limit && (t.kind[i + 1] == SqlTokens.WORD || t.kind[i + 1] == SqlTokens.KEYWORD)) {
                        i += 2;
                        end = i;
                        continue;
                    }
                    i++;
                    expectOperand = true;
                } else if (t.isId(i, SqlKeywords.NOT) && i + 1 < limit && t.kind[i + 1] == SqlTokens.COMPARE) {
                    i++;
                } else if (k == SqlTokens.KEYWORD && t.idAt(i) == SqlKeywords.COLLATE && i + 1 < limit) {
                    i += 2;
                    end = i;
                } else {
                    break;
                }
            }
        }
        dangling = expectOperand && i >= t.count && operands > 0;
        if (operands == 1 && firstOperandKind == SqlTokens.NUMBER) {
            booleanLiteral = isBooleanNumber(from, end);
        }
        return this;
    }

    /** Whether the expression reads as SQL rather than as words joined by "and"/"or". */
    boolean isStrong() {
        return dangerousFunctions > 0 || subqueries > 0 || knownFunctions > 0 || identicalComparison
                || compares > 0 && literals > 0 && operands + innerOperands >= 2;
    }

    /** Whether the expression carries SQL that no prose has: a subquery, a time-delay or nested SQL call. */
    boolean isDecisive() {
        return dangerousFunctions > 0 || subqueries > 0 || knownFunctions >= 2;
    }

    private boolean isOperandToken(int i) {
        char k = t.kind[i];
        return k == SqlTokens.STRING || k == SqlTokens.NUMBER || k == SqlTokens.WORD || k == SqlTokens.VARIABLE;
    }

    private boolean sameText(int a, int b) {
        if (t.kind[a] != t.kind[b]) {
            return false;
        }
        int a0 = contentStart(a);
        int b0 = contentStart(b);
        int len = contentEnd(a) - a0;
        return len == contentEnd(b) - b0 && s.regionMatches(a0, s, b0, len);
    }

    private int contentStart(int i) {
        boolean quoted = t.kind[i] == SqlTokens.STRING && (t.attr[i] & SqlTokens.CONTEXT_STRING) == 0;
        return quoted ? t.start[i] + 1 : t.start[i];
    }

    private int contentEnd(int i) {
        boolean closed = t.kind[i] == SqlTokens.STRING && (t.attr[i] & SqlTokens.OPEN_STRING) == 0;
        return closed ? t.end[i] - 1 : t.end[i];
    }

    /** Whether the expression is one literal operand: {@code 1}, {@code 'x}, {@code @a}. */
    boolean isSingleLiteral() {
        return operands == 1 && compares == 0 && operators == 0
                && (firstOperandKind == SqlTokens.NUMBER || firstOperandKind == SqlTokens.STRING
                || firstOperandKind == SqlTokens.VARIABLE);
    }

    private boolean isUnary(int i) {
        char k = t.kind[i];
        if (t.isId(i, SqlKeywords.NOT) || t.isId(i, SqlKeywords.BINARY)) {
            return true;
        }
        if (k != SqlTokens.OPERATOR || t.end[i] - t.start[i] != 1) {
            return false;
        }
        char c = s.charAt(t.start[i]);
        return c == '-' || c == '+' || c == '~' || c == '!';
    }

    private boolean isRelational(int i) {
        char c = s.charAt(t.start[i]);
        int len = t.end[i] - t.start[i];
        return (c == '<' || c == '>') && (len == 1 || len == 2 && s.charAt(t.start[i] + 1) == '=');
    }

    private boolean isBindParameter(int i) {
        if (t.end[i] - t.start[i] != 1 || s.charAt(t.start[i]) != '?') {
            return false;
        }
        char next = t.kindAt(i + 1);
        return next == 0 || t.endsWithComment(i) || next == SqlTokens.RPAREN || next == SqlTokens.COMMA;
    }

    private boolean isCast(int i) {
        return t.end[i] - t.start[i] == 2 && s.charAt(t.start[i]) == ':' && s.charAt(t.start[i] + 1) == ':';
    }

    private boolean isWord(int i, String word) {
        return i < t.count && t.kind[i] == SqlTokens.WORD && t.end[i] - t.start[i] == word.length()
                && s.startsWith(word, t.start[i]);
    }

    /** Consumes one operand at {@code i}; returns the index after it, or -1 when there is none. */
    private int operand(int i, int limit) {
        char k = t.kind[i];
        switch (k) {
            case SqlTokens.STRING:
                if (isProseClosingQuote(i)) {
                    return -1;
                }
                strings++;
                record(k, false);
                return i + 1;
            case SqlTokens.NUMBER:
            case SqlTokens.VARIABLE:
                variables += k == SqlTokens.VARIABLE ? 1 : 0;
                record(k, false);
                return i + 1;
            case SqlTokens.WORD: {
                int j = i + 1;
                while (j + 1 < limit && t.kind[j] == SqlTokens.DOT
                        && (t.kind[j + 1] == SqlTokens.WORD || t.kind[j + 1] == SqlTokens.FUNCTION)) {
                    j += 2;
                    if (t.kind[j - 1] == SqlTokens.FUNCTION) {
                        if (t.idAt(i) == SqlKeywords.SYSTEM_OBJECT) {
                            dangerousFunctions++;
                        }
                        return call(j - 1, limit);
                    }
                }
                record(k, j == i + 1 && t.idAt(i) != SqlKeywords.SYSTEM_OBJECT);
                return j;
            }
            case SqlTokens.FUNCTION:
                return call(i, limit);
            case SqlTokens.OPERATOR:
                // A bind parameter (?) as an operand, where a statement or a group can end after it.
                if (isBindParameter(i)) {
                    record(SqlTokens.VARIABLE, false);
                    return i + 1;
                }
                return -1;
            case SqlTokens.LPAREN:
                record(k, false);
                return group(i, limit);
            case SqlTokens.STATEMENT:
                if (t.idAt(i) == SqlKeywords.SELECT) {
                    subqueries++;
                    record(k, false);
                    return Math.min(limit, i + 1);
                }
                return -1;
            case SqlTokens.KEYWORD:
                if (t.idAt(i) == SqlKeywords.CASE || t.idAt(i) == SqlKeywords.EXISTS) {
                    record(k, false);
                    subqueries += t.idAt(i) == SqlKeywords.EXISTS ? 1 : 0;
                    return i + 1 < limit && t.kind[i + 1] == SqlTokens.LPAREN ? group(i + 1, limit) : i + 1;
                }
                return -1;
            default:
                return -1;
        }
    }

    /**
     * An unterminated string whose quote follows a letter and is followed by a space or nothing, as in
     * {@code 16" or 18"} or {@code "LIKE" STAMP}: in prose that quote closes a quotation, it opens nothing.
     */
    private boolean isProseClosingQuote(int i) {
        if ((t.attr[i] & SqlTokens.OPEN_STRING) == 0) {
            return false;
        }
        int q = t.start[i];
        boolean afterWordChar = q > 0 && Character.isLetterOrDigit(s.charAt(q - 1));
        boolean thenSpaceOrEnd = q + 1 >= s.length() || SqlLexer.isSpace(s.charAt(q + 1));
        return afterWordChar && thenSpaceOrEnd;
    }

    private void record(char kind, boolean bareWord) {
        if (operands == 0) {
            firstOperandKind = kind;
        }
        operands++;
        if (bareWord) {
            wordOperands++;
        } else if (kind != SqlTokens.LPAREN && kind != SqlTokens.FUNCTION && kind != SqlTokens.KEYWORD
                && kind != SqlTokens.STATEMENT) {
            literals++;
        }
    }

    private int call(int i, int limit) {
        functions++;
        int cls = t.attr[i] & 0xff;
        if ((cls & SqlKeywords.FUNCTION_SQL) != 0) {
            knownFunctions++;
        }
        if ((cls & SqlKeywords.FUNCTION_DANGEROUS) != 0) {
            dangerousFunctions++;
        }
        record(SqlTokens.FUNCTION, false);
        return i + 1 < limit && t.kind[i + 1] == SqlTokens.LPAREN ? group(i + 1, limit) : i + 1;
    }

    /** Skips a parenthesized group (unclosed runs to the limit), noting calls and subqueries inside. */
    private int group(int open, int limit) {
        int depth = 0;
        int i = open;
        for (; i < limit; i++) {
            char k = t.kind[i];
            if (k == SqlTokens.LPAREN) {
                depth++;
            } else if (k == SqlTokens.RPAREN) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (k == SqlTokens.STATEMENT && t.idAt(i) == SqlKeywords.SELECT) {
                subqueries++;
            } else if (k == SqlTokens.FUNCTION) {
                functions++;
                int cls = t.attr[i] & 0xff;
                knownFunctions += (cls & SqlKeywords.FUNCTION_SQL) != 0 ? 1 : 0;
                dangerousFunctions += (cls & SqlKeywords.FUNCTION_DANGEROUS) != 0 ? 1 : 0;
            } else if (k == SqlTokens.COMPARE) {
                compares++;
                if (!isRelational(i)) {
                    equalityCompares++;
                }
                if (i > open + 1 && i + 1 < limit && sameText(i - 1, i + 1) && isOperandToken(i - 1)) {
                    identicalComparison = true;
                }
            } else if (k == SqlTokens.STRING || k == SqlTokens.NUMBER || k == SqlTokens.VARIABLE) {
                literals++;
                innerOperands++;
            } else if (k == SqlTokens.WORD) {
                innerOperands++;
                innerWords += t.idAt(i) == SqlKeywords.SYSTEM_OBJECT ? 0 : 1;
            }
        }
        return i;
    }

    private boolean isBooleanNumber(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.kind[i] == SqlTokens.NUMBER) {
                int id = t.idAt(i);
                if (id == SqlKeywords.TRUE || id == SqlKeywords.FALSE || id == SqlKeywords.NULL) {
                    return true;
                }
                int a = t.start[i];
                int b = t.end[i];
                while (a < b - 1 && s.charAt(a) == '0') {
                    a++;
                }
                return b - a == 1 && (s.charAt(a) == '0' || s.charAt(a) == '1');
            }
        }
        return false;
    }
}
