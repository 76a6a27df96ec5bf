package dev.palisade.detection.sql;

/**
 * Replaces every string and numeric literal in SQL with {@code ?}, for security events: the query's
 * shape is what an operator needs, and the literals are where user data (and secrets) live.
 * Identifiers, keywords, operators, comments and whitespace are kept as written; an unterminated
 * literal is masked to the end of the text.
 *
 * <p>{@code SELECT * FROM users WHERE name = 'bob' AND age > 42} becomes
 * {@code SELECT * FROM users WHERE name = ? AND age > ?}.
 */
public final class SqlMasker {
    private SqlMasker() {
    }

    /** {@code sql} read in {@code dialect}, with its literals replaced by {@code ?}. */
    public static String mask(String sql, SqlDialect dialect) {
        return mask(SqlTokenizer.tokenize(sql, dialect));
    }

    /** The SQL of {@code tokens} with its literals replaced by {@code ?}. */
    public static String mask(SqlTokens tokens) {
        String sql = tokens.sql();
        StringBuilder out = new StringBuilder(sql.length());
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.type(i).isLiteral()) {
                out.append(sql, copied, tokens.start(i)).append('?');
                copied = tokens.end(i);
            }
        }
        return out.append(sql, copied, sql.length()).toString();
    }
}
