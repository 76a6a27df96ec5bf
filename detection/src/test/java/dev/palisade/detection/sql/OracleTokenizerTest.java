package dev.palisade.detection.sql;

import static dev.palisade.detection.sql.SqlDialect.ORACLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Oracle lexical rules. */
class OracleTokenizerTest {

    @Test
    void alternativeQuotingWithBracketPairs() {
        assertEquals(List.of("STRING:q'[it's]'", "STRING:Q'{a'b}'", "STRING:q'(x)'", "STRING:q'<y>'"),
                Tokens.of(ORACLE, "q'[it's]' Q'{a'b}' q'(x)' q'<y>'"));
    }

    @Test
    void alternativeQuotingWithAnyDelimiter() {
        assertEquals(List.of("STRING:q'!a'b!'", "STRING:nq'#x#'"), Tokens.of(ORACLE, "q'!a'b!' nq'#x#'"));
    }

    @Test
    void unterminatedAlternativeQuoteRunsToEnd() {
        assertEquals(List.of("STRING:q'[x' OR 1=1 --"), Tokens.of(ORACLE, "q'[x' OR 1=1 --"));
    }

    @Test
    void qIsAnIdentifierElsewhere() {
        assertEquals(List.of("IDENTIFIER:q", "STRING:'[x]'"), Tokens.of(SqlDialect.GENERIC, "q'[x]'"));
    }

    @Test
    void namedBindVariables() {
        assertEquals(List.of("IDENTIFIER:id", "OPERATOR:=", "PARAMETER::id"), Tokens.of(ORACLE, "id = :id"));
    }

    @Test
    void hashMayFollowTheFirstCharacterOfAName() {
        assertEquals(List.of("IDENTIFIER:emp#", "OPERATOR:=", "NUMBER:1"), Tokens.of(ORACLE, "emp# = 1"));
    }
}
