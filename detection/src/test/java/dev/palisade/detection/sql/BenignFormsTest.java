package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The deliberate exceptions: IN lists, ORDER BY lists, the whole query. */
class BenignFormsTest {
    private final SqlInjectionCheck check = new SqlInjectionCheck();

    private boolean blocked(String sql, String input) {
        return blocked(sql, input, false);
    }

    private boolean blocked(String sql, String input, boolean allowFullQuery) {
        return check.check(sql, SqlDialect.GENERIC, List.of(RequestInput.of(InputSource.QUERY, "q", input)), allowFullQuery)
                .isInjection();
    }

    @Test
    void allowsNumberListInsideIn() {
        assertFalse(blocked("SELECT * FROM t WHERE id IN (1,2,3)", "1,2,3"));
        assertFalse(blocked("SELECT * FROM t WHERE id IN (1, -2, 3.5) AND x = 1", "1, -2, 3.5"));
        assertFalse(blocked("SELECT * FROM t WHERE id NOT IN (1,2,3)", "2,3"));
    }

    @Test
    void allowsStringListInsideIn() {
        assertFalse(blocked("SELECT * FROM t WHERE code IN ('a','b')", "'a','b'"));
    }

    @Test
    void allowsInListWithItsParentheses() {
        assertFalse(blocked("SELECT * FROM t WHERE id IN (4,5)", "(4,5)"));
    }

    @Test
    void blocksListOutsideIn() {
        assertTrue(blocked("INSERT INTO t VALUES (1,2)", "1,2"));
        assertTrue(blocked("SELECT * FROM t WHERE id = 1,2", "1,2"));
    }

    @Test
    void blocksSubqueryInsideIn() {
        assertTrue(blocked("SELECT * FROM t WHERE id IN (1) OR 1=1 OR id IN (2)", "1) OR 1=1 OR id IN (2"));
        assertTrue(blocked("SELECT * FROM t WHERE id IN (SELECT id FROM u)", "SELECT id FROM u"));
    }

    @Test
    void allowsColumnListInOrderBy() {
        assertFalse(blocked("SELECT * FROM t ORDER BY name DESC, id", "name DESC, id"));
        assertFalse(blocked("SELECT * FROM t ORDER BY t.name ASC", "t.name ASC"));
        assertFalse(blocked("SELECT * FROM t ORDER BY 2, 1 LIMIT 10", "2, 1"));
        assertFalse(blocked("SELECT * FROM t ORDER BY created, \"Name\" DESC", "\"Name\" DESC"));
    }

    @Test
    void blocksExpressionsInOrderBy() {
        assertTrue(blocked("SELECT * FROM t ORDER BY (CASE WHEN 1=1 THEN name ELSE id END)",
                "(CASE WHEN 1=1 THEN name ELSE id END)"));
        assertTrue(blocked("SELECT * FROM t ORDER BY name; DROP TABLE t", "name; DROP TABLE t"));
        assertTrue(blocked("SELECT * FROM t ORDER BY name LIMIT 1", "name LIMIT 1"));
    }

    @Test
    void blocksColumnListOutsideOrderBy() {
        assertTrue(blocked("SELECT * FROM t GROUP BY name, id", "name, id"));
    }

    @Test
    void allowsWholeQueryOnlyWhenEnabled() {
        String sql = "SELECT * FROM t WHERE a = 1 OR 1=1";
        assertTrue(blocked(sql, sql, false));
        assertFalse(blocked(sql, sql, true));
        assertFalse(blocked(sql, "  " + sql + ";\n", true));
        assertTrue(blocked(sql, "1 OR 1=1", true));
    }
}
