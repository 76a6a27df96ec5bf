package dev.palisade.detection.input;

import java.util.Arrays;

/**
 * The token stream of one SQL tokenization: parallel arrays of kind, span and attribute, comments
 * excluded (each token instead records the comment that directly follows it). Kinds are single chars
 * so that a stream reads like a fingerprint when debugging ({@code s&s=s} for {@code ' or 'a'='a}).
 */
final class SqlTokens {
    static final char STRING = 's';
    static final char NUMBER = 'n';
    static final char WORD = 'w';
    static final char VARIABLE = 'v';
    static final char FUNCTION = 'f';
    static final char UNION = 'U';
    static final char STATEMENT = 'E';
    static final char KEYWORD = 'k';
    static final char LOGIC = '&';
    static final char OPERATOR = 'o';
    static final char COMPARE = '=';
    static final char LPAREN = '(';
    static final char RPAREN = ')';
    static final char COMMA = ',';
    static final char SEMICOLON = ';';
    static final char DOT = '.';
    static final char OTHER = 'x';

    /** Comment kinds recorded in {@link #commentAfter}. */
    static final int NO_COMMENT = 0;
    /** {@code --} or {@code #}: the rest of the line is ignored. */
    static final int LINE_COMMENT = 1;
    /** A closed {@code /* ... *}{@code /}. */
    static final int BLOCK_COMMENT = 2;
    /** A {@code /*} never closed: the rest of the input is ignored. */
    static final int OPEN_BLOCK_COMMENT = 3;

    /** Attribute bit of a STRING token: the string runs to the end of the input without a closing quote. */
    static final int OPEN_STRING = 1;
    /** Attribute bit of a STRING token: the string is the virtual one opened by the quote context. */
    static final int CONTEXT_STRING = 2;

    char[] kind = new char[32];
    int[] start = new int[32];
    int[] end = new int[32];
    int[] attr = new int[32];
    int[] commentAfter = new int[32];
    int count;
    /** Comment that precedes the first token (or stands alone). */
    int leadingComment;
    /** Whether a MySQL executable comment ({@code /*!...}) occurred. */
    boolean versionedComment;
    int versionedCommentAt = -1;
    /**
     * Index of the token directly followed by the first block comment glued to words on both sides
     * ({@code sel/**}{@code /ect}, {@code drop/*x*}{@code /t}), or -1: a comment standing in for a space or
     * splitting a keyword, which only filter evasion writes.
     */
    int gluedComment = -1;
    /** Char index of the first optimizer hint ({@code /*+ ... *}{@code /}), or -1. */
    int hintAt = -1;

    /** Capacity past which {@link #clear()} refuses to recycle the arrays. */
    private static final int RECYCLE_CAPACITY = 64;

    /**
     * Empties this stream for reuse, leaving it as a new one would be (arrays zeroed where used), or
     * returns false when its arrays grew too large to keep.
     */
    boolean clear() {
        if (kind.length > RECYCLE_CAPACITY) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            kind[i] = 0;
            start[i] = 0;
            end[i] = 0;
            attr[i] = 0;
            commentAfter[i] = 0;
        }
        count = 0;
        leadingComment = NO_COMMENT;
        versionedComment = false;
        versionedCommentAt = -1;
        gluedComment = -1;
        hintAt = -1;
        return true;
    }

    void add(char k, int from, int to, int attribute) {
        if (count == kind.length) {
            int size = count * 2;
            kind = Arrays.copyOf(kind, size);
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            attr = Arrays.copyOf(attr, size);
            commentAfter = Arrays.copyOf(commentAfter, size);
        }
        kind[count] = k;
        start[count] = from;
        end[count] = to;
        attr[count] = attribute;
        commentAfter[count] = NO_COMMENT;
        count++;
    }

    void markComment(int commentKind) {
        if (count == 0) {
            if (leadingComment == NO_COMMENT) {
                leadingComment = commentKind;
            }
        } else if (commentAfter[count - 1] == NO_COMMENT) {
            commentAfter[count - 1] = commentKind;
        }
    }

    char kindAt(int i) {
        return i >= 0 && i < count ? kind[i] : 0;
    }

    int attrAt(int i) {
        return i >= 0 && i < count ? attr[i] : 0;
    }

    /** Keyword id of token {@code i} (see {@link SqlKeywords}), or 0. */
    int idAt(int i) {
        return i >= 0 && i < count ? attr[i] >>> 8 : 0;
    }

    boolean isId(int i, int id) {
        return idAt(i) == id && kindAt(i) != STRING && kindAt(i) != NUMBER;
    }

    /** Whether token {@code i} is followed by a comment that ends the statement for practical purposes. */
    boolean endsWithComment(int i) {
        int c = i >= 0 && i < count ? commentAfter[i] : NO_COMMENT;
        return c == LINE_COMMENT || c == OPEN_BLOCK_COMMENT;
    }

    /** Fingerprint of the whole stream, for tests and debugging. */
    String fingerprint() {
        return new String(kind, 0, count);
    }
}
