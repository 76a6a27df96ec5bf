package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlMaskerTest {

    @Test
    void replacesStringAndNumberLiterals() {
        assertEquals("SELECT * FROM users WHERE name = ? AND age > ? LIMIT ?",
                SqlMasker.mask("SELECT * FROM users WHERE name = 'bob' AND age > 42 LIMIT 10", SqlDialect.GENERIC));
    }

    @Test
    void keepsIdentifiersPlaceholdersAndComments() {
        assertEquals("SELECT \"a1\" FROM t2 WHERE x = ? /* c 3 */", SqlMasker.mask("SELECT \"a1\" FROM t2 WHERE x = ? /* c 3 */",
                SqlDialect.GENERIC));
    }

    @Test
    void masksUnterminatedLiteralToTheEnd() {
        assertEquals("SELECT * FROM t WHERE a = ?", SqlMasker.mask("SELECT * FROM t WHERE a = 'secret OR 1=1 --", SqlDialect.GENERIC));
    }

    @Test
    void masksDialectSpecificLiterals() {
        assertEquals("SELECT ?, ?, ?", SqlMasker.mask("SELECT $t$ pw $t$, E'x\\'y', 0x41", SqlDialect.POSTGRESQL));
        assertEquals("SELECT ?, ?", SqlMasker.mask("SELECT 'a\\'b', \"c\"", SqlDialect.MYSQL));
        assertEquals("SELECT ?", SqlMasker.mask("SELECT q'[it's]'", SqlDialect.ORACLE));
    }

    @Test
    void masksInjectedPayloadData() {
        assertEquals("SELECT * FROM t WHERE id = ? UNION SELECT password FROM users WHERE name = ?",
                SqlMasker.mask("SELECT * FROM t WHERE id = 1 UNION SELECT password FROM users WHERE name = 'admin'",
                        SqlDialect.GENERIC));
    }
}
