package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which always-true conditions are reported as {@code tautology} rather than {@code tokens-spanned}. */
class TautologyTest {
    private final SqlInjectionCheck check = new SqlInjectionCheck();

    private SqlInjectionReason reason(SqlDialect dialect, String sqlBefore, String input) {
        return check.check(sqlBefore + input, dialect, List.of(RequestInput.of(InputSource.QUERY, "q", input))).reason();
    }

    private SqlInjectionReason numeric(String input) {
        return reason(SqlDialect.GENERIC, "SELECT * FROM t WHERE id = ", input);
    }

    @Test
    void recognisesEqualLiterals() {
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 'a'='a'"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 1='1'"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 2>=2"));
    }

    @Test
    void recognisesDifferentLiteralsAndOrderedNumbers() {
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 'a'<>'b'"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 3!=4"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 2>1"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 1<2.5"));
    }

    @Test
    void recognisesOrWithATrueConstant() {
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR true"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR NOT 0"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR '1'"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, reason(SqlDialect.MYSQL, "SELECT * FROM t WHERE id = ", "1 || 1"));
    }

    @Test
    void recognisesLikeEverything() {
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR name LIKE '%'"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, numeric("1 OR 'ab' LIKE 'ab'"));
    }

    @Test
    void readsDialectSpecificLiteralValues() {
        assertEquals(SqlInjectionReason.TAUTOLOGY, reason(SqlDialect.POSTGRESQL, "SELECT * FROM t WHERE id = ", "1 OR $a$x$a$ = 'x'"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, reason(SqlDialect.ORACLE, "SELECT * FROM t WHERE id = ", "1 OR q'[x]' = 'x'"));
    }

    @Test
    void reportsOtherConditionsAsSpannedTokens() {
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, numeric("1 OR 1=2"));
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, numeric("1 AND 1=1 OR 0"));
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, numeric("1 OR 'a'='b'"));
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, numeric("1 OR 0"));
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, reason(SqlDialect.POSTGRESQL, "SELECT * FROM t WHERE id = ", "1 || 1"));
    }

    @Test
    void needsAConditionClause() {
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, reason(SqlDialect.GENERIC, "SELECT ", "1=1, 2"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, reason(SqlDialect.GENERIC, "SELECT * FROM a JOIN b ON ", "1=1"));
        assertEquals(SqlInjectionReason.TAUTOLOGY, reason(SqlDialect.GENERIC, "SELECT g FROM t GROUP BY g HAVING ", "1=1"));
    }
}
