package dev.palisade.detection.sql;

/** Why {@link SqlInjectionCheck} decided that an input changed a query's structure. */
public enum SqlInjectionReason {
    /** The input spans several tokens, at least one of them syntax rather than a literal:
     * {@code 1 UNION SELECT password FROM users}. */
    TOKENS_SPANNED("tokens-spanned"),
    /** The input opens a comment that hides the rest of the query: {@code admin'--}, {@code '#}. */
    COMMENT_INJECTED("comment-injected"),
    /** The input adds a statement separator and more: {@code 1; DROP TABLE users}. */
    STATEMENT_SEPARATOR("statement-separator"),
    /** The input makes a {@code WHERE}/{@code HAVING}/{@code ON} condition always true:
     * {@code 1 OR 1}, {@code x' OR 'x'='x}, or a column compared with itself ({@code id = id}). */
    TAUTOLOGY("tautology");

    private final String code;

    SqlInjectionReason(String code) {
        this.code = code;
    }

    /** The short, stable code used in events and logs, such as {@code tokens-spanned}. */
    public String code() {
        return code;
    }
}
