package dev.palisade.detection.sql;

import static dev.palisade.detection.sql.SqlDialect.GENERIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ANSI behaviour shared by every dialect, read with {@link SqlDialect#GENERIC}. */
class SqlTokenizerTest {

    @Test
    void readsKeywordsIdentifiersOperatorsAndLiterals() {
        assertEquals(List.of("KEYWORD:SELECT", "OPERATOR:*", "KEYWORD:FROM", "IDENTIFIER:items", "KEYWORD:WHERE",
                "IDENTIFIER:name", "OPERATOR:=", "STRING:'bob'", "KEYWORD:AND", "IDENTIFIER:id", "OPERATOR:>",
                "NUMBER:42"), Tokens.of(GENERIC, "SELECT * FROM items WHERE name = 'bob' AND id > 42"));
    }

    @Test
    void recordsOffsetsAndKeywords() {
        SqlTokens tokens = SqlTokenizer.tokenize("  select x", GENERIC);
        assertEquals(2, tokens.size());
        assertEquals(2, tokens.start(0));
        assertEquals(8, tokens.end(0));
        assertEquals(SqlKeyword.SELECT, tokens.keyword(0));
        assertNull(tokens.keyword(1));
        assertEquals("x", tokens.text(1));
    }

    @Test
    void matchesKeywordsIgnoringAsciiCaseOnly() {
        assertEquals(List.of("KEYWORD:uNiOn", "IDENTIFIER:UNİON"), Tokens.of(GENERIC, "uNiOn UNİON"));
    }

    @Test
    void functionNamesAreIdentifiers() {
        assertEquals(List.of("IDENTIFIER:SLEEP", "LEFT_PAREN:(", "NUMBER:5", "RIGHT_PAREN:)"),
                Tokens.of(GENERIC, "SLEEP(5)"));
    }

    @Test
    void keepsDoubledQuotesInsideOneString() {
        assertEquals(List.of("STRING:'it''s'", "KEYWORD:OR"), Tokens.of(GENERIC, "'it''s' OR"));
    }

    @Test
    void backslashDoesNotEscapeInAnsiStrings() {
        assertEquals(List.of("STRING:'a\\'", "KEYWORD:OR", "NUMBER:1"), Tokens.of(GENERIC, "'a\\' OR 1"));
    }

    @Test
    void unterminatedStringRunsToEndOfInput() {
        assertEquals(List.of("IDENTIFIER:a", "OPERATOR:=", "STRING:'x OR 1=1 --"),
                Tokens.of(GENERIC, "a = 'x OR 1=1 --"));
    }

    @Test
    void doubleQuotesDelimitIdentifiers() {
        assertEquals(List.of("IDENTIFIER:\"Order \"\"Id\"\"\"", "OPERATOR:=", "NUMBER:1"),
                Tokens.of(GENERIC, "\"Order \"\"Id\"\"\" = 1"));
    }

    @Test
    void readsPrefixedStrings() {
        assertEquals(List.of("STRING:N'x'", "STRING:X'0A'", "STRING:b'01'"), Tokens.of(GENERIC, "N'x' X'0A' b'01'"));
    }

    @Test
    void readsNumbers() {
        assertEquals(List.of("NUMBER:42", "NUMBER:1.5", "NUMBER:1.5e-3", "NUMBER:.5", "NUMBER:0x1F", "NUMBER:0b101",
                "NUMBER:7."), Tokens.of(GENERIC, "42 1.5 1.5e-3 .5 0x1F 0b101 7."));
    }

    @Test
    void digitLedWordIsOneIdentifier() {
        assertEquals(List.of("IDENTIFIER:1union", "IDENTIFIER:1e5abc", "IDENTIFIER:0xZZ"),
                Tokens.of(GENERIC, "1union 1e5abc 0xZZ"));
    }

    @Test
    void readsPunctuationAndQualifiedNames() {
        assertEquals(List.of("IDENTIFIER:t", "DOT:.", "IDENTIFIER:a", "COMMA:,", "LEFT_PAREN:(", "RIGHT_PAREN:)",
                "SEPARATOR:;"), Tokens.of(GENERIC, "t.a,();"));
    }

    @Test
    void readsPlaceholders() {
        assertEquals(List.of("PARAMETER:?", "PARAMETER:?2", "PARAMETER::name", "PARAMETER::1"),
                Tokens.of(GENERIC, "? ?2 :name :1"));
    }

    @Test
    void readsMultiCharacterOperators() {
        assertEquals(List.of("OPERATOR:<=>", "OPERATOR:<>", "OPERATOR:!=", "OPERATOR:||", "OPERATOR:::",
                "OPERATOR::=", "OPERATOR:->>", "OPERATOR:>=", "OPERATOR:-", "OPERATOR:/"),
                Tokens.of(GENERIC, "<=> <> != || :: := ->> >= - /"));
    }

    @Test
    void lineCommentEndsAtLineBreak() {
        assertEquals(List.of("NUMBER:1", "COMMENT:-- x", "NUMBER:2", "COMMENT:--y", "NUMBER:3"),
                Tokens.of(GENERIC, "1 -- x\n2 --y\r3"));
    }

    @Test
    void blockCommentsDoNotNestInAnsi() {
        assertEquals(List.of("COMMENT:/* a /* b */", "IDENTIFIER:c", "OPERATOR:*", "OPERATOR:/"),
                Tokens.of(GENERIC, "/* a /* b */ c */"));
    }

    @Test
    void unterminatedBlockCommentRunsToEnd() {
        assertEquals(List.of("NUMBER:1", "COMMENT:/* AND x = 2"), Tokens.of(GENERIC, "1 /* AND x = 2"));
    }

    @Test
    void hashAndBacktickAreNotSpecialInAnsi() {
        assertEquals(List.of("OPERATOR:#", "IDENTIFIER:x", "OTHER:`", "IDENTIFIER:y", "OTHER:`"),
                Tokens.of(GENERIC, "# x `y`"));
    }

    @Test
    void skipsWhitespaceAndControlCharacters() {
        assertEquals(List.of("NUMBER:1", "KEYWORD:OR", "NUMBER:2"), Tokens.of(GENERIC, "\t1\u0000\u000bOR\u2003 2\n"));
    }

    @Test
    void noBreakSpaceIsPartOfANameAsInMysqlAndPostgres() {
        assertEquals(List.of("IDENTIFIER:OR\u00a0x"), Tokens.of(GENERIC, "OR\u00a0x"));
    }

    @Test
    void nonAsciiLettersArePartOfNames() {
        assertEquals(List.of("IDENTIFIER:größe", "OPERATOR:=", "STRING:'é'"), Tokens.of(GENERIC, "größe = 'é'"));
    }

    @Test
    void emptyTextHasNoTokens() {
        assertEquals(0, SqlTokenizer.tokenize("", GENERIC).size());
    }
}
