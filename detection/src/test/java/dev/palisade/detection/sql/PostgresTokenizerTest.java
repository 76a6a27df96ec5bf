package dev.palisade.detection.sql;

import static dev.palisade.detection.sql.SqlDialect.POSTGRESQL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL lexical rules. */
class PostgresTokenizerTest {

    @Test
    void dollarQuotesHoldAnyText() {
        assertEquals(List.of("STRING:$f$ it's -- not a comment $f$", "COMMA:,", "STRING:$$a$$"),
                Tokens.of(POSTGRESQL, "$f$ it's -- not a comment $f$, $$a$$"));
    }

    @Test
    void dollarQuoteEndsOnlyAtTheSameTag() {
        assertEquals(List.of("STRING:$a$ $b$ x $a$"), Tokens.of(POSTGRESQL, "$a$ $b$ x $a$"));
    }

    @Test
    void unterminatedDollarQuoteRunsToEnd() {
        assertEquals(List.of("NUMBER:1", "STRING:$x$ OR 1=1"), Tokens.of(POSTGRESQL, "1 $x$ OR 1=1"));
    }

    @Test
    void dollarDigitIsAPlaceholder() {
        assertEquals(List.of("IDENTIFIER:id", "OPERATOR:=", "PARAMETER:$1"), Tokens.of(POSTGRESQL, "id = $1"));
    }

    @Test
    void escapeStringsHonourBackslashes() {
        assertEquals(List.of("STRING:E'a\\' OR 1=1'"), Tokens.of(POSTGRESQL, "E'a\\' OR 1=1'"));
    }

    @Test
    void plainStringsIgnoreBackslashes() {
        assertEquals(List.of("STRING:'a\\'", "KEYWORD:OR", "NUMBER:1"), Tokens.of(POSTGRESQL, "'a\\' OR 1"));
    }

    @Test
    void unicodeEscapeStringsAndIdentifiers() {
        assertEquals(List.of("STRING:U&'d\\0061t'", "IDENTIFIER:U&\"x\""), Tokens.of(POSTGRESQL, "U&'d\\0061t' U&\"x\""));
    }

    @Test
    void doubleColonIsACast() {
        assertEquals(List.of("STRING:'1'", "OPERATOR:::", "IDENTIFIER:int"), Tokens.of(POSTGRESQL, "'1'::int"));
    }

    @Test
    void blockCommentsNest() {
        assertEquals(List.of("COMMENT:/* a /* b */ c */", "NUMBER:1"), Tokens.of(POSTGRESQL, "/* a /* b */ c */ 1"));
    }

    @Test
    void hashIsAnOperator() {
        assertEquals(List.of("NUMBER:1", "OPERATOR:#", "NUMBER:2"), Tokens.of(POSTGRESQL, "1 # 2"));
    }
}
