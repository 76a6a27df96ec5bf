package dev.palisade.detection.sql;

import java.util.ArrayList;
import java.util.List;

/** Test helper: a token list as readable strings such as {@code STRING:'a'}. */
final class Tokens {
    private Tokens() {
    }

    static List<String> of(SqlDialect dialect, String sql) {
        SqlTokens tokens = SqlTokenizer.tokenize(sql, dialect);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.type(i) + ":" + tokens.text(i));
        }
        return out;
    }

    static List<SqlTokenType> types(SqlDialect dialect, String sql) {
        SqlTokens tokens = SqlTokenizer.tokenize(sql, dialect);
        List<SqlTokenType> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.type(i));
        }
        return out;
    }
}
