package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SQLite, H2 and HSQLDB lexical differences from ANSI. */
class SqliteH2HsqldbTokenizerTest {

    @Test
    void sqliteAcceptsThreeIdentifierQuotes() {
        assertEquals(List.of("IDENTIFIER:\"a\"", "IDENTIFIER:`b`", "IDENTIFIER:[c d]"),
                Tokens.of(SqlDialect.SQLITE, "\"a\" `b` [c d]"));
    }

    @Test
    void sqliteStringsHaveNoBackslashEscapes() {
        assertEquals(List.of("STRING:'a\\'", "KEYWORD:OR"), Tokens.of(SqlDialect.SQLITE, "'a\\' OR"));
    }

    @Test
    void h2DollarStringsHaveNoTag() {
        assertEquals(List.of("STRING:$$ it's $$"), Tokens.of(SqlDialect.H2, "$$ it's $$"));
        assertEquals(List.of("OTHER:$", "IDENTIFIER:a$"), Tokens.of(SqlDialect.H2, "$a$"));
    }

    @Test
    void h2AcceptsBacktickIdentifiers() {
        assertEquals(List.of("IDENTIFIER:`x`"), Tokens.of(SqlDialect.H2, "`x`"));
    }

    @Test
    void hsqldbFollowsAnsi() {
        assertEquals(List.of("IDENTIFIER:\"x\"", "STRING:'a''b'", "COMMENT:-- c"),
                Tokens.of(SqlDialect.HSQLDB, "\"x\" 'a''b' -- c"));
    }
}
