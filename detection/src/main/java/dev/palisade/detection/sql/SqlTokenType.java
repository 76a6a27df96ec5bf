package dev.palisade.detection.sql;

/**
 * The kind of one SQL token produced by {@link SqlTokenizer}.
 *
 * <p>Whitespace is not a token: the tokenizer skips it, so the text between two consecutive tokens
 * is always whitespace (or nothing).
 */
public enum SqlTokenType {
    /** A string literal in any form: {@code 'a''b'}, {@code E'\n'}, {@code $$x$$}, {@code N'x'},
     * {@code q'[x]'}, MySQL {@code "x"}; unterminated literals run to the end of the SQL. */
    STRING,
    /** A numeric literal: {@code 42}, {@code 1.5e3}, {@code .5}, {@code 0x1F}, {@code 0b101}. */
    NUMBER,
    /** A bare or quoted identifier: {@code name}, {@code "Name"}, {@code `name`}, {@code [name]},
     * and variables such as {@code @x} / {@code @@version}. Function names ({@code SLEEP}) are
     * identifiers too. */
    IDENTIFIER,
    /** A word listed in {@link SqlKeyword}. */
    KEYWORD,
    /** An operator: {@code =}, {@code <>}, {@code ||}, {@code ::}, {@code *}, ... */
    OPERATOR,
    /** {@code (} */
    LEFT_PAREN,
    /** {@code )} */
    RIGHT_PAREN,
    /** {@code ,} */
    COMMA,
    /** {@code .} between qualified name parts. */
    DOT,
    /** {@code ;} between statements. */
    SEPARATOR,
    /** A comment: {@code -- x}, MySQL {@code # x}, {@code /* x *}{@code /}; also the opening
     * {@code /*!} and closing delimiters of a MySQL executable comment, whose body is code. */
    COMMENT,
    /** A bind parameter placeholder: {@code ?}, {@code ?1}, {@code :name}, {@code $1}. */
    PARAMETER,
    /** Any other character, such as a stray backslash, brace or control character. */
    OTHER;

    /** Whether this is a string or numeric literal: data, not syntax. */
    public boolean isLiteral() {
        return this == STRING || this == NUMBER;
    }

    /** Whether this is one of the punctuation tokens {@code ( ) , .}. */
    public boolean isPunctuation() {
        return this == LEFT_PAREN || this == RIGHT_PAREN || this == COMMA || this == DOT;
    }
}
