package dev.palisade.detection.sql;

/**
 * Multi-token inputs that are allowed on purpose, because applications build them by design and
 * they cannot change what the statement does:
 * <ul>
 *   <li>a list of literals inside {@code IN (...)}: {@code ids=1,2,3} in
 *       {@code WHERE id IN (1,2,3)}, {@code 'a','b'} in {@code WHERE code IN ('a','b')}, with or
 *       without the parentheses;
 *   <li>a sort list right after {@code ORDER BY}: names, qualified names, column numbers, commas,
 *       {@code ASC} and {@code DESC} ({@code sort=name DESC, id}).
 * </ul>
 */
final class BenignForms {
    private BenignForms() {
    }

    /** Tokens {@code a..b} are literals and commas inside the parentheses of an {@code IN}. */
    static boolean isInList(SqlTokens tokens, TokenIndex index, int a, int b) {
        int first = tokens.is(a, SqlTokenType.LEFT_PAREN) ? a + 1 : a;
        int last = tokens.is(b, SqlTokenType.RIGHT_PAREN) ? b - 1 : b;
        if (first > last || !index.allListItems(first, last)) {
            return false;
        }
        int open = index.beforeListRun(first);
        int close = index.afterListRun(last);
        return tokens.is(open, SqlTokenType.LEFT_PAREN) && tokens.isKeyword(open - 1, SqlKeyword.IN)
                && tokens.is(close, SqlTokenType.RIGHT_PAREN);
    }

    /** Tokens {@code a..b} are sort items in a run that starts right after {@code ORDER BY}. */
    static boolean isSortList(SqlTokens tokens, TokenIndex index, int a, int b) {
        if (!index.allSortItems(a, b)) {
            return false;
        }
        int by = index.beforeSortRun(a);
        return tokens.isKeyword(by, SqlKeyword.BY) && tokens.isKeyword(by - 1, SqlKeyword.ORDER);
    }
}
