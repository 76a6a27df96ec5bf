package dev.palisade.detection.sql;

import static dev.palisade.detection.sql.SqlDialect.SQLSERVER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Microsoft SQL Server lexical rules. */
class SqlServerTokenizerTest {

    @Test
    void bracketsDelimitIdentifiers() {
        assertEquals(List.of("IDENTIFIER:[order details]", "DOT:.", "IDENTIFIER:[a]]b]"),
                Tokens.of(SQLSERVER, "[order details].[a]]b]"));
    }

    @Test
    void nationalStrings() {
        assertEquals(List.of("IDENTIFIER:name", "OPERATOR:=", "STRING:N'Zoë'"), Tokens.of(SQLSERVER, "name = N'Zoë'"));
    }

    @Test
    void blockCommentsNest() {
        assertEquals(List.of("COMMENT:/* a /* b */ c */", "NUMBER:1"), Tokens.of(SQLSERVER, "/* a /* b */ c */ 1"));
    }

    @Test
    void temporaryTablesAndVariablesAreIdentifiers() {
        assertEquals(List.of("IDENTIFIER:#tmp", "IDENTIFIER:##global", "IDENTIFIER:@id", "IDENTIFIER:@@ROWCOUNT"),
                Tokens.of(SQLSERVER, "#tmp ##global @id @@ROWCOUNT"));
    }

    @Test
    void doubleQuotesDelimitIdentifiers() {
        assertEquals(List.of("IDENTIFIER:\"x\""), Tokens.of(SQLSERVER, "\"x\""));
    }
}
