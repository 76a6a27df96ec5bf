package dev.palisade.detection.sql;

/**
 * Decides whether one occurrence of an input in the SQL changed the query's structure, by looking at
 * the tokens the occurrence touches (the rules are listed on {@link SqlInjectionCheck}).
 */
final class OccurrenceJudge {
    private OccurrenceJudge() {
    }

    /**
     * The reason the occurrence {@code sql[start, end)} is an injection, or {@code null} when it is
     * harmless. A {@code shortInput} (fewer than {@link SqlInjectionCheck#MIN_INPUT_LENGTH}
     * characters) only counts when it touches two tokens and opens a comment or adds a statement
     * separator ({@code '#}, {@code 1;}).
     */
    static SqlInjectionReason judge(SqlTokens tokens, int start, int end, boolean shortInput) {
        int a = tokens.firstEndingAfter(start);
        int b = tokens.lastStartingBefore(end);
        if (a > b) {
            return null; // only whitespace
        }
        boolean comment = opensComment(tokens, a, start);
        if (a == b) {
            // Inside one literal, identifier, keyword or operator: the structure is what the template
            // made. A short input that is only a comment marker ("--") cannot end a literal or supply a
            // value before the comment, and matching it would flag every query with a comment.
            return comment && !shortInput ? SqlInjectionReason.COMMENT_INJECTED : null;
        }
        TokenIndex index = tokens.index();
        comment |= index.comments(a + 1, b) > 0;
        int literals = index.literalUnits(a, b);
        int others = index.otherUnits(a, b);
        // Parentheses, a qualified name or a signed number alone do not make a second unit; literals
        // side by side ('a' 'b', 1') are data, not syntax.
        boolean structural = others > 0 && literals + others > 1;
        if (structural && index.separators(a, b) > 0) {
            return SqlInjectionReason.STATEMENT_SEPARATOR;
        }
        if (comment) {
            return SqlInjectionReason.COMMENT_INJECTED;
        }
        if (!structural || shortInput) {
            return null;
        }
        if (BenignForms.isInList(tokens, index, a, b) || BenignForms.isSortList(tokens, index, a, b)) {
            return null;
        }
        return Tautology.within(tokens, index, a, b) ? SqlInjectionReason.TAUTOLOGY : SqlInjectionReason.TOKENS_SPANNED;
    }

    /** Token range {@code [first, last]} the occurrence touches, as two ints packed in a long. */
    static long touchedTokens(SqlTokens tokens, int start, int end) {
        int a = tokens.firstEndingAfter(start);
        int b = tokens.lastStartingBefore(end);
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Whether the occurrence starting at {@code start} covers the opening delimiter of comment token {@code a}. */
    private static boolean opensComment(SqlTokens tokens, int a, int start) {
        if (!tokens.is(a, SqlTokenType.COMMENT)) {
            return false;
        }
        int commentStart = tokens.start(a);
        int openerLength = tokens.sql().charAt(commentStart) == '#' ? 1 : 2;
        return start < commentStart + openerLength;
    }
}
