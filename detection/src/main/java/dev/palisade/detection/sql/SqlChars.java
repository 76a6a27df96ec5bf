package dev.palisade.detection.sql;

/** Character classes shared by the tokenizer and the checks. */
final class SqlChars {
    private SqlChars() {
    }

    /**
     * Whitespace between tokens: ASCII space and control characters, and Unicode whitespace. A
     * no-break space is not whitespace: MySQL and PostgreSQL read it as part of a name.
     */
    static boolean isSpace(char c) {
        return c <= ' ' || (c >= 0x80 && Character.isWhitespace(c));
    }

    /** Letters, {@code _}, and every non-ASCII non-space character, as MySQL and PostgreSQL read names. */
    static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && !isSpace(c));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isBinaryDigit(char c) {
        return c == '0' || c == '1';
    }

    static boolean isOperatorChar(char c) {
        return "+-*/%<>=!~^&|@:".indexOf(c) >= 0;
    }

    /** Two-character operators read as one token: {@code <= >= <> != == || && -> ~* @> <@ << >>}, ... */
    static boolean isTwoCharOperator(char c, char next) {
        switch (c) {
            case '<':
                return next == '=' || next == '>' || next == '<' || next == '@';
            case '>':
                return next == '=' || next == '>';
            case '!':
                return next == '=' || next == '<' || next == '>' || next == '~';
            case '=':
                return next == '=';
            case '|':
                return next == '|';
            case '&':
                return next == '&';
            case '-':
                return next == '>';
            case '~':
                return next == '*';
            case '@':
                return next == '>';
            default:
                return false;
        }
    }
}
