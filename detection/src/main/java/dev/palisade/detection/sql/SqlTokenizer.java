package dev.palisade.detection.sql;

import java.util.Arrays;

/**
 * A dialect-aware SQL lexer: one pass, no regular expressions, linear in the SQL's length, and
 * total (any text, including binary data and unterminated quotes, gives a deterministic token list).
 *
 * <p>What it knows, per {@link SqlDialect}: {@code ''}-escaped strings everywhere; backslash escapes
 * and {@code "x"} strings in MySQL; {@code E'x'}, {@code U&'x'} and {@code $tag$x$tag$} in PostgreSQL
 * ({@code $$x$$} in H2); {@code N'x'}, {@code X'0A'}, {@code B'01'} prefixes; Oracle {@code q'[x]'};
 * {@code "x"}, backtick and {@code [x]} quoted identifiers; {@code --} comments (in MySQL only before
 * a space or control character), MySQL {@code #} comments, block comments (nested in PostgreSQL and
 * SQL Server), MySQL {@code /*! code *}{@code /} executable comments whose body is read as code;
 * {@code ?}, {@code ?1}, {@code :name} and {@code $1} placeholders.
 *
 * <p>It does not parse: it only needs to know where each token starts and ends and what kind it is,
 * which is what the injection check compares.
 */
public final class SqlTokenizer {
    private final String sql;
    private final SqlDialect dialect;
    private final int n;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] types;
    private byte[] keywords;
    /** Inside a MySQL {@code /*!} executable comment: the next {@code *}{@code /} closes it. */
    private boolean inExecutableComment;

    private SqlTokenizer(String sql, SqlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.n = sql.length();
        int capacity = Math.min(Math.max(16, n / 3), 1 << 16);
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.types = new byte[capacity];
        this.keywords = new byte[capacity];
    }

    /** Reads {@code sql} in {@code dialect}. Whitespace is skipped; everything else becomes a token. */
    public static SqlTokens tokenize(String sql, SqlDialect dialect) {
        if (sql == null || dialect == null) {
            throw new IllegalArgumentException("sql and dialect must not be null");
        }
        return new SqlTokenizer(sql, dialect).run();
    }

    private SqlTokens run() {
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (SqlChars.isSpace(c)) {
                i++;
            } else {
                i = token(i, c);
            }
        }
        if (starts.length > size + 64) {
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            types = Arrays.copyOf(types, size);
            keywords = Arrays.copyOf(keywords, size);
        }
        return new SqlTokens(sql, dialect, size, starts, ends, types, keywords);
    }

    /** Reads the token that starts with {@code c} at {@code i}; returns where the next one may start. */
    private int token(int i, char c) {
        switch (c) {
            case '\'':
                return add(SqlTokenType.STRING, i, LiteralScanner.quoted(sql, i, dialect.backslashEscapes()));
            case '"':
                return dialect.doubleQuotedStrings()
                        ? add(SqlTokenType.STRING, i, LiteralScanner.quoted(sql, i, dialect.backslashEscapes()))
                        : add(SqlTokenType.IDENTIFIER, i, LiteralScanner.quoted(sql, i, false));
            case '`':
                return dialect.backtickIdentifiers()
                        ? add(SqlTokenType.IDENTIFIER, i, LiteralScanner.quoted(sql, i, false))
                        : add(SqlTokenType.OTHER, i, i + 1);
            case '[':
                return dialect.bracketIdentifiers()
                        ? add(SqlTokenType.IDENTIFIER, i, LiteralScanner.closedBy(sql, i, ']', false))
                        : add(SqlTokenType.OPERATOR, i, i + 1);
            case '(':
                return add(SqlTokenType.LEFT_PAREN, i, i + 1);
            case ')':
                return add(SqlTokenType.RIGHT_PAREN, i, i + 1);
            case ',':
                return add(SqlTokenType.COMMA, i, i + 1);
            case ';':
                return add(SqlTokenType.SEPARATOR, i, i + 1);
            case '.':
                return i + 1 < n && SqlChars.isDigit(sql.charAt(i + 1)) && !(i > 0 && isWordPart(sql.charAt(i - 1)))
                        ? add(SqlTokenType.NUMBER, i, decimalEnd(i))
                        : add(SqlTokenType.DOT, i, i + 1);
            case '-':
                return isDashComment(i)
                        ? add(SqlTokenType.COMMENT, i, LiteralScanner.lineComment(sql, i))
                        : operator(i);
            case '#':
                return hashToken(i);
            case '/':
                return i + 1 < n && sql.charAt(i + 1) == '*' ? blockComment(i) : operator(i);
            case '*':
                if (inExecutableComment && i + 1 < n && sql.charAt(i + 1) == '/') {
                    inExecutableComment = false;
                    return add(SqlTokenType.COMMENT, i, i + 2);
                }
                return operator(i);
            case '?':
                return questionMark(i);
            case ':':
                return colon(i);
            case '$':
                return dollar(i);
            case '@':
                return at(i);
            default:
                if (SqlChars.isDigit(c)) {
                    return number(i);
                }
                if (SqlChars.isWordStart(c)) {
                    return word(i);
                }
                return SqlChars.isOperatorChar(c) ? operator(i) : add(SqlTokenType.OTHER, i, i + 1);
        }
    }

    private boolean isDashComment(int i) {
        if (i + 1 >= n || sql.charAt(i + 1) != '-') {
            return false;
        }
        // MySQL reads "--" as a comment only before whitespace or a control character, so "1--1" is 1 - -1.
        return !dialect.dashCommentNeedsSpace() || i + 2 >= n || sql.charAt(i + 2) <= ' ';
    }

    private int hashToken(int i) {
        if (dialect.hashComments()) {
            return add(SqlTokenType.COMMENT, i, LiteralScanner.lineComment(sql, i));
        }
        if (dialect.hashIdentifiers() && i + 1 < n && (isWordPart(sql.charAt(i + 1)) || sql.charAt(i + 1) == '#')) {
            return add(SqlTokenType.IDENTIFIER, i, wordEnd(i + 1));
        }
        return operator(i);
    }

    private int blockComment(int i) {
        if (dialect.executableComments() && !inExecutableComment && i + 2 < n) {
            // MySQL runs the body of /*! ... */ (and MariaDB of /*M! ... */): the body is code, only the
            // delimiters are comment. An optional version number belongs to the opener.
            int bang = sql.charAt(i + 2) == '!' ? i + 2
                    : sql.charAt(i + 2) == 'M' && i + 3 < n && sql.charAt(i + 3) == '!' ? i + 3 : -1;
            if (bang > 0) {
                int end = bang + 1;
                while (end < n && end - bang <= 6 && SqlChars.isDigit(sql.charAt(end))) {
                    end++;
                }
                inExecutableComment = true;
                return add(SqlTokenType.COMMENT, i, end);
            }
        }
        return add(SqlTokenType.COMMENT, i, LiteralScanner.blockComment(sql, i, dialect.nestedComments()));
    }

    private int questionMark(int i) {
        if (i + 1 < n && sql.charAt(i + 1) == '?') {
            return add(SqlTokenType.OPERATOR, i, i + 2); // JDBC escape for PostgreSQL's ? operators
        }
        int end = i + 1;
        while (end < n && SqlChars.isDigit(sql.charAt(end))) {
            end++;
        }
        return add(SqlTokenType.PARAMETER, i, end);
    }

    private int colon(int i) {
        if (i + 1 < n) {
            char next = sql.charAt(i + 1);
            if (next == ':' || next == '=') {
                return add(SqlTokenType.OPERATOR, i, i + 2);
            }
            if (SqlChars.isWordStart(next) || SqlChars.isDigit(next)) {
                return add(SqlTokenType.PARAMETER, i, wordEnd(i + 1));
            }
        }
        return add(SqlTokenType.OPERATOR, i, i + 1);
    }

    private int dollar(int i) {
        if (dialect.dollarParameters() && i + 1 < n && SqlChars.isDigit(sql.charAt(i + 1))) {
            int end = i + 1;
            while (end < n && SqlChars.isDigit(sql.charAt(end))) {
                end++;
            }
            return add(SqlTokenType.PARAMETER, i, end);
        }
        if (dialect.dollarStrings()) {
            int openerEnd = LiteralScanner.dollarOpener(sql, i, dialect.dollarTags());
            if (openerEnd > 0) {
                return add(SqlTokenType.STRING, i, LiteralScanner.dollarQuoted(sql, i, openerEnd));
            }
        }
        return add(SqlTokenType.OTHER, i, i + 1);
    }

    /** {@code @var} and {@code @@var} (MySQL, SQL Server variables) are identifiers; a lone {@code @} an operator. */
    private int at(int i) {
        int nameStart = i + 1 < n && sql.charAt(i + 1) == '@' ? i + 2 : i + 1;
        if (nameStart < n && SqlChars.isWordStart(sql.charAt(nameStart))) {
            return add(SqlTokenType.IDENTIFIER, i, wordEnd(nameStart));
        }
        return operator(i);
    }

    /**
     * A token starting with a digit. A run of word characters that is not a valid number
     * ({@code 1abc}) is one identifier, as MySQL reads it; this keeps any run of letters, digits and
     * underscores inside a single token, which the injection check relies on.
     */
    private int number(int i) {
        int runEnd = wordEnd(i);
        char second = i + 1 < n ? sql.charAt(i + 1) : 0;
        if (sql.charAt(i) == '0' && (second == 'x' || second == 'X' || second == 'b' || second == 'B')) {
            boolean hex = second == 'x' || second == 'X';
            int digits = i + 2;
            while (digits < runEnd && (hex ? SqlChars.isHexDigit(sql.charAt(digits))
                    : SqlChars.isBinaryDigit(sql.charAt(digits)))) {
                digits++;
            }
            if (digits == runEnd && digits > i + 2) {
                return add(SqlTokenType.NUMBER, i, runEnd);
            }
            return add(SqlTokenType.IDENTIFIER, i, runEnd);
        }
        int end = decimalEnd(i);
        return end >= runEnd ? add(SqlTokenType.NUMBER, i, end) : add(SqlTokenType.IDENTIFIER, i, runEnd);
    }

    /** Digits, an optional fraction and an optional exponent starting at {@code i}. */
    private int decimalEnd(int i) {
        int end = i;
        while (end < n && SqlChars.isDigit(sql.charAt(end))) {
            end++;
        }
        if (end < n && sql.charAt(end) == '.') {
            end++;
            while (end < n && SqlChars.isDigit(sql.charAt(end))) {
                end++;
            }
        }
        if (end < n && (sql.charAt(end) == 'e' || sql.charAt(end) == 'E')) {
            int digits = end + 1;
            if (digits < n && (sql.charAt(digits) == '+' || sql.charAt(digits) == '-')) {
                digits++;
            }
            if (digits < n && SqlChars.isDigit(sql.charAt(digits))) {
                end = digits;
                while (end < n && SqlChars.isDigit(sql.charAt(end))) {
                    end++;
                }
            }
        }
        return end;
    }

    /** A word: a keyword, an identifier, or the prefix of a prefixed literal such as {@code N'x'}. */
    private int word(int i) {
        int end = wordEnd(i);
        if (end < n) {
            int literalEnd = prefixedLiteral(i, end);
            if (literalEnd > 0) {
                return literalEnd;
            }
        }
        SqlKeyword keyword = SqlKeyword.find(sql, i, end);
        if (keyword != null) {
            return add(SqlTokenType.KEYWORD, i, end, keyword);
        }
        return add(SqlTokenType.IDENTIFIER, i, end);
    }

    /** Reads {@code N'x'}, {@code X'0A'}, {@code B'01'}, {@code E'x'}, {@code U&'x'}, {@code q'[x]'}; -1 otherwise. */
    private int prefixedLiteral(int start, int end) {
        char next = sql.charAt(end);
        int length = end - start;
        char first = Character.toUpperCase(sql.charAt(start));
        if (next == '\'' && length == 1) {
            if (first == 'N' || first == 'X' || first == 'B') {
                return add(SqlTokenType.STRING, start, LiteralScanner.quoted(sql, end, dialect.backslashEscapes()));
            }
            if (first == 'E' && dialect.escapeStrings()) {
                return add(SqlTokenType.STRING, start, LiteralScanner.quoted(sql, end, true));
            }
            if (first == 'Q' && dialect.qQuotes()) {
                return add(SqlTokenType.STRING, start, LiteralScanner.oracleQuoted(sql, end));
            }
        }
        if (next == '\'' && length == 2 && first == 'N' && dialect.qQuotes()
                && Character.toUpperCase(sql.charAt(start + 1)) == 'Q') {
            return add(SqlTokenType.STRING, start, LiteralScanner.oracleQuoted(sql, end));
        }
        if (next == '&' && length == 1 && first == 'U' && dialect.escapeStrings() && end + 1 < n) {
            char quote = sql.charAt(end + 1);
            if (quote == '\'') {
                return add(SqlTokenType.STRING, start, LiteralScanner.quoted(sql, end + 1, false));
            }
            if (quote == '"') {
                return add(SqlTokenType.IDENTIFIER, start, LiteralScanner.quoted(sql, end + 1, false));
            }
        }
        return -1;
    }

    private int operator(int i) {
        char c = sql.charAt(i);
        char next = i + 1 < n ? sql.charAt(i + 1) : 0;
        char third = i + 2 < n ? sql.charAt(i + 2) : 0;
        if ((c == '<' && next == '=' && third == '>') || (c == '-' && next == '>' && third == '>')) {
            return add(SqlTokenType.OPERATOR, i, i + 3);
        }
        if (SqlChars.isTwoCharOperator(c, next)) {
            return add(SqlTokenType.OPERATOR, i, i + 2);
        }
        return add(SqlTokenType.OPERATOR, i, i + 1);
    }

    private int wordEnd(int i) {
        int end = i;
        while (end < n && isWordPart(sql.charAt(end))) {
            end++;
        }
        return end;
    }

    private boolean isWordPart(char c) {
        return SqlChars.isWordStart(c) || SqlChars.isDigit(c) || c == '$'
                || (c == '#' && dialect.hashInsideIdentifiers());
    }

    private int add(SqlTokenType type, int start, int end) {
        return add(type, start, end, null);
    }

    private int add(SqlTokenType type, int start, int end, SqlKeyword keyword) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            types = Arrays.copyOf(types, capacity);
            keywords = Arrays.copyOf(keywords, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        types[size] = (byte) type.ordinal();
        keywords[size] = keyword == null ? SqlTokens.NO_KEYWORD : (byte) keyword.ordinal();
        size++;
        return end;
    }
}
