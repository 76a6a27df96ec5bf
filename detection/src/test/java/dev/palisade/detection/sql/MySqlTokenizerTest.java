package dev.palisade.detection.sql;

import static dev.palisade.detection.sql.SqlDialect.MYSQL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL and MariaDB lexical rules (default SQL mode). */
class MySqlTokenizerTest {

    @Test
    void backslashEscapesTheQuote() {
        assertEquals(List.of("STRING:'a\\' OR 1=1 -- '"), Tokens.of(MYSQL, "'a\\' OR 1=1 -- '"));
    }

    @Test
    void doubledQuoteStillEscapes() {
        assertEquals(List.of("STRING:'it''s'"), Tokens.of(MYSQL, "'it''s'"));
    }

    @Test
    void doubleQuotesDelimitStrings() {
        assertEquals(List.of("STRING:\"a\\\"b\"", "OPERATOR:=", "STRING:\"x\"\"y\""),
                Tokens.of(MYSQL, "\"a\\\"b\" = \"x\"\"y\""));
    }

    @Test
    void backticksDelimitIdentifiers() {
        assertEquals(List.of("IDENTIFIER:`my``col`", "DOT:.", "IDENTIFIER:`x`"), Tokens.of(MYSQL, "`my``col`.`x`"));
    }

    @Test
    void hashStartsALineComment() {
        assertEquals(List.of("NUMBER:1", "COMMENT:# rest", "NUMBER:2"), Tokens.of(MYSQL, "1 # rest\n2"));
    }

    @Test
    void dashDashIsACommentOnlyBeforeSpaceOrControlCharacter() {
        assertEquals(List.of("NUMBER:1", "OPERATOR:-", "OPERATOR:-", "NUMBER:1"), Tokens.of(MYSQL, "1--1"));
        assertEquals(List.of("NUMBER:1", "COMMENT:-- x"), Tokens.of(MYSQL, "1-- x"));
        assertEquals(List.of("NUMBER:1", "COMMENT:--\tx"), Tokens.of(MYSQL, "1--\tx"));
        assertEquals(List.of("NUMBER:1", "COMMENT:--"), Tokens.of(MYSQL, "1--"));
    }

    @Test
    void executableCommentBodyIsCode() {
        assertEquals(List.of("NUMBER:1", "COMMENT:/*!50000", "KEYWORD:UNION", "COMMENT:*/", "KEYWORD:SELECT"),
                Tokens.of(MYSQL, "1 /*!50000UNION*/ SELECT"));
        assertEquals(List.of("COMMENT:/*M!100201", "IDENTIFIER:x", "COMMENT:*/"), Tokens.of(MYSQL, "/*M!100201 x */"));
    }

    @Test
    void executableCommentIsAPlainCommentElsewhere() {
        assertEquals(List.of("COMMENT:/*!50000UNION*/", "KEYWORD:SELECT"),
                Tokens.of(SqlDialect.GENERIC, "/*!50000UNION*/ SELECT"));
    }

    @Test
    void plainBlockCommentStaysAComment() {
        assertEquals(List.of("NUMBER:1", "COMMENT:/* x */", "OPERATOR:*"), Tokens.of(MYSQL, "1 /* x */ *"));
    }

    @Test
    void variablesAreIdentifiers() {
        assertEquals(List.of("IDENTIFIER:@a", "OPERATOR::=", "IDENTIFIER:@@version"), Tokens.of(MYSQL, "@a := @@version"));
    }

    @Test
    void hexLiteralIsANumber() {
        assertEquals(List.of("NUMBER:0x61646d696e"), Tokens.of(MYSQL, "0x61646d696e"));
    }
}
