package dev.palisade.detection.sql;

/**
 * Navigation data derived from {@link SqlTokens} so that judging one occurrence of an input costs
 * O(1) after a binary search, however many tokens it spans. Without it, a hostile request whose
 * input occurs thousands of times in a long {@code IN (...)} list would make the check quadratic.
 *
 * <p>Every token gets a <em>unit</em> class: parentheses count for nothing ("parentheses alone are
 * not enough"), a qualified name {@code schema.table.column} counts as one identifier unit, and a
 * sign directly in front of a number in operand position ({@code = -1}) counts as one literal unit
 * with it. Prefix sums over those classes answer "how many literal / other units lie in tokens
 * a..b" in constant time.
 */
final class TokenIndex {
    private static final byte IGNORED = 0;
    private static final byte LITERAL = 1;
    private static final byte OTHER = 2;

    private final int[] literalUnits;
    private final int[] otherUnits;
    private final int[] comments;
    private final int[] separators;
    private final int[] listPrevOut;
    private final int[] listNextOut;
    private final int[] orderPrevOut;
    private final int[] orderNextOut;
    private final int[] clause;

    TokenIndex(SqlTokens tokens) {
        int size = tokens.size();
        byte[] units = units(tokens);
        literalUnits = new int[size + 1];
        otherUnits = new int[size + 1];
        comments = new int[size + 1];
        separators = new int[size + 1];
        clause = new int[size];
        boolean[] inList = new boolean[size];
        boolean[] inOrder = new boolean[size];
        int lastClause = -1;
        for (int i = 0; i < size; i++) {
            SqlTokenType type = tokens.type(i);
            literalUnits[i + 1] = literalUnits[i] + (units[i] == LITERAL ? 1 : 0);
            otherUnits[i + 1] = otherUnits[i] + (units[i] == OTHER ? 1 : 0);
            comments[i + 1] = comments[i] + (type == SqlTokenType.COMMENT ? 1 : 0);
            separators[i + 1] = separators[i] + (type == SqlTokenType.SEPARATOR ? 1 : 0);
            if (type == SqlTokenType.SEPARATOR) {
                lastClause = -1;
            } else if (tokens.isKeyword(i, SqlKeyword.WHERE) || tokens.isKeyword(i, SqlKeyword.HAVING)
                    || tokens.isKeyword(i, SqlKeyword.ON)) {
                lastClause = i;
            }
            clause[i] = lastClause;
            inList[i] = type == SqlTokenType.COMMA || units[i] == LITERAL
                    || (units[i] == IGNORED && type == SqlTokenType.NUMBER);
            inOrder[i] = type == SqlTokenType.IDENTIFIER || type == SqlTokenType.DOT || type == SqlTokenType.NUMBER
                    || type == SqlTokenType.COMMA || tokens.isKeyword(i, SqlKeyword.ASC)
                    || tokens.isKeyword(i, SqlKeyword.DESC);
        }
        listPrevOut = prevOut(inList);
        listNextOut = nextOut(inList);
        orderPrevOut = prevOut(inOrder);
        orderNextOut = nextOut(inOrder);
    }

    /** Literal units (strings, numbers, signed numbers) among tokens {@code a..b}. */
    int literalUnits(int a, int b) {
        return literalUnits[b + 1] - literalUnits[a];
    }

    /** Units that are not literals (keywords, operators, identifiers, comments, ...) among tokens {@code a..b}. */
    int otherUnits(int a, int b) {
        return otherUnits[b + 1] - otherUnits[a];
    }

    int comments(int a, int b) {
        return a > b ? 0 : comments[b + 1] - comments[a];
    }

    int separators(int a, int b) {
        return separators[b + 1] - separators[a];
    }

    /** Whether tokens {@code a..b} are all list items: literals and commas. */
    boolean allListItems(int a, int b) {
        return listNextOut[a] > b;
    }

    /** The last token before {@code a} that is not a list item, or -1. */
    int beforeListRun(int a) {
        return a == 0 ? -1 : listPrevOut[a - 1];
    }

    /** The first token after {@code b} that is not a list item, or the token count. */
    int afterListRun(int b) {
        return listNextOut[b + 1];
    }

    /** Whether tokens {@code a..b} are all sort items: names, numbers, dots, commas, ASC, DESC. */
    boolean allSortItems(int a, int b) {
        return orderNextOut[a] > b;
    }

    /** The last token before {@code a} that is not a sort item, or -1. */
    int beforeSortRun(int a) {
        return a == 0 ? -1 : orderPrevOut[a - 1];
    }

    /** The last {@code WHERE}, {@code HAVING} or {@code ON} at or before token {@code i} in its statement, or -1. */
    int clauseBefore(int i) {
        return clause[i];
    }

    private static byte[] units(SqlTokens tokens) {
        int size = tokens.size();
        byte[] units = new byte[size];
        for (int i = 0; i < size; i++) {
            SqlTokenType type = tokens.type(i);
            if (i > 0 && absorbedByPrevious(tokens, i)) {
                continue;
            }
            if (type == SqlTokenType.LEFT_PAREN || type == SqlTokenType.RIGHT_PAREN) {
                units[i] = IGNORED;
            } else if (type.isLiteral() || isUnarySign(tokens, i)) {
                units[i] = LITERAL;
            } else {
                units[i] = OTHER;
            }
        }
        return units;
    }

    /**
     * Whether token {@code i} merges into the unit before it: a dot joining two name parts and the
     * part after it ({@code t.name}, {@code t.*}), or a number after a unary sign.
     */
    private static boolean absorbedByPrevious(SqlTokens tokens, int i) {
        if (tokens.is(i, SqlTokenType.DOT)) {
            return tokens.is(i - 1, SqlTokenType.IDENTIFIER)
                    && (tokens.is(i + 1, SqlTokenType.IDENTIFIER) || tokens.isChar(i + 1, '*'));
        }
        if (tokens.is(i - 1, SqlTokenType.DOT) && (tokens.is(i, SqlTokenType.IDENTIFIER) || tokens.isChar(i, '*'))) {
            return absorbedByPrevious(tokens, i - 1);
        }
        return tokens.is(i, SqlTokenType.NUMBER) && isUnarySign(tokens, i - 1);
    }

    /**
     * A {@code +} or {@code -} glued to the number after it where no operand precedes it
     * ({@code = -1}, {@code (-1}): a signed number, not a subtraction.
     */
    private static boolean isUnarySign(SqlTokens tokens, int i) {
        if (!(tokens.isChar(i, '-') || tokens.isChar(i, '+')) || !tokens.is(i + 1, SqlTokenType.NUMBER)
                || tokens.end(i) != tokens.start(i + 1)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        SqlTokenType before = tokens.type(i - 1);
        boolean operandBefore = before == SqlTokenType.STRING || before == SqlTokenType.NUMBER
                || before == SqlTokenType.IDENTIFIER || before == SqlTokenType.PARAMETER
                || before == SqlTokenType.RIGHT_PAREN || tokens.isKeyword(i - 1, SqlKeyword.NULL)
                || tokens.isKeyword(i - 1, SqlKeyword.TRUE) || tokens.isKeyword(i - 1, SqlKeyword.FALSE);
        return !operandBefore;
    }

    private static int[] prevOut(boolean[] member) {
        int[] prev = new int[member.length];
        int last = -1;
        for (int i = 0; i < member.length; i++) {
            if (!member[i]) {
                last = i;
            }
            prev[i] = last;
        }
        return prev;
    }

    private static int[] nextOut(boolean[] member) {
        int[] next = new int[member.length + 1];
        next[member.length] = member.length;
        for (int i = member.length - 1; i >= 0; i--) {
            next[i] = member[i] ? next[i + 1] : i;
        }
        return next;
    }
}
