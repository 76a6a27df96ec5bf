package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detection rules of {@link SqlInjectionCheck}, one behaviour per test. */
class SqlInjectionCheckTest {
    private static final String STRING_TEMPLATE = "SELECT * FROM items WHERE name = '%s'";
    private static final String NUMERIC_TEMPLATE = "SELECT * FROM items WHERE id = %s";

    private final SqlInjectionCheck check = new SqlInjectionCheck();

    private SqlInjectionResult run(SqlDialect dialect, String template, String input) {
        return check.check(String.format(template, input), dialect, List.of(RequestInput.of(InputSource.QUERY, "q", input)));
    }

    private SqlInjectionResult run(String template, String input) {
        return run(SqlDialect.GENERIC, template, input);
    }

    @Test
    void allowsQuotedInputInsideStringLiteral() {
        assertSame(SqlInjectionResult.CLEAN, run(STRING_TEMPLATE, "O''Brien -- OR 1=1; DROP"));
    }

    @Test
    void allowsNumberInNumericContext() {
        assertFalse(run(NUMERIC_TEMPLATE, "12345").isInjection());
        assertFalse(run(NUMERIC_TEMPLATE, "-12.5").isInjection());
        assertFalse(run(NUMERIC_TEMPLATE, "(42)").isInjection());
    }

    @Test
    void blocksTautologyInNumericContext() {
        SqlInjectionResult result = run(NUMERIC_TEMPLATE, "1 OR 1");
        assertTrue(result.isInjection());
        assertEquals("tautology", result.reasonCode());
        assertEquals(SqlInjectionReason.TAUTOLOGY, run(NUMERIC_TEMPLATE, "1=1").reason());
        assertEquals(SqlInjectionReason.TAUTOLOGY, run(NUMERIC_TEMPLATE, "0 OR 2>1").reason());
    }

    @Test
    void blocksTautologyInStringContext() {
        assertEquals(SqlInjectionReason.TAUTOLOGY, run(STRING_TEMPLATE, "x' OR 'x'='x").reason());
        assertEquals(SqlInjectionReason.TAUTOLOGY, run(STRING_TEMPLATE, "1'='1").reason());
        assertEquals(SqlInjectionReason.TAUTOLOGY, run(STRING_TEMPLATE, "' OR name LIKE '%").reason());
    }

    @Test
    void blocksUnionSelectInNumericContext() {
        SqlInjectionResult result = run(NUMERIC_TEMPLATE, "1 UNION SELECT password FROM users");
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, result.reason());
        assertEquals(List.of(SqlTokenType.NUMBER, SqlTokenType.KEYWORD, SqlTokenType.KEYWORD, SqlTokenType.IDENTIFIER,
                SqlTokenType.KEYWORD, SqlTokenType.IDENTIFIER), result.tokenTypes());
    }

    @Test
    void blocksQuoteBreakoutInStringContext() {
        assertEquals(SqlInjectionReason.TOKENS_SPANNED, run(STRING_TEMPLATE, "x' AND '1'='2").reason());
    }

    @Test
    void reportsInputAndOccurrenceSpan() {
        String sql = "SELECT * FROM items WHERE id = 7 AND 1=0";
        SqlInjectionResult result = check.check(sql, SqlDialect.GENERIC,
                List.of(RequestInput.of(InputSource.FORM, "x", "zzz"), RequestInput.of(InputSource.COOKIE, "id", "7 AND 1=0")));
        assertEquals(InputSource.COOKIE, result.source());
        assertEquals("id", result.inputName());
        assertEquals(sql.indexOf('7'), result.start());
        assertEquals(sql.length(), result.end());
    }

    @Test
    void blocksCommentInjectionAfterShortInput() {
        String sql = "SELECT * FROM users WHERE name = ''#' AND password = 'x'";
        SqlInjectionResult result = check.check(sql, SqlDialect.MYSQL, List.of(RequestInput.of(InputSource.FORM, "name", "'#")));
        assertEquals(SqlInjectionReason.COMMENT_INJECTED, result.reason());
    }

    @Test
    void blocksShortNumberFollowedByHashComment() {
        SqlInjectionResult result = check.check("SELECT * FROM t WHERE id = 1# AND tenant = 5", SqlDialect.MYSQL,
                List.of(RequestInput.of(InputSource.QUERY, "id", "1#")));
        assertEquals(SqlInjectionReason.COMMENT_INJECTED, result.reason());
    }

    @Test
    void ignoresShortInputThatIsOnlyACommentMarker() {
        assertFalse(check.check("SELECT * FROM t -- list all\nWHERE a = ?", SqlDialect.GENERIC,
                List.of(RequestInput.of(InputSource.QUERY, "none", "--"))).isInjection());
    }

    @Test
    void blocksCommentThatHidesTheRestOfTheQuery() {
        assertEquals(SqlInjectionReason.COMMENT_INJECTED, run(STRING_TEMPLATE, "admin'--").reason());
        assertEquals(SqlInjectionReason.COMMENT_INJECTED, run(NUMERIC_TEMPLATE, "1/*").reason());
        assertEquals(SqlInjectionReason.COMMENT_INJECTED, run(NUMERIC_TEMPLATE, "/*x*/").reason());
    }

    @Test
    void blocksExecutableCommentInMysql() {
        assertEquals(SqlInjectionReason.COMMENT_INJECTED, run(SqlDialect.MYSQL, NUMERIC_TEMPLATE, "1 /*!UNION*/ SELECT 2").reason());
    }

    @Test
    void blocksStatementSeparator() {
        assertEquals(SqlInjectionReason.STATEMENT_SEPARATOR, run(NUMERIC_TEMPLATE, "1; DROP TABLE items").reason());
        assertEquals(SqlInjectionReason.STATEMENT_SEPARATOR, run(NUMERIC_TEMPLATE, "1;").reason());
    }

    @Test
    void findsInjectionInSecondOccurrence() {
        String input = "1 OR 1=1";
        String sql = "SELECT * FROM t WHERE note = '" + input + "' AND id = " + input;
        SqlInjectionResult result = check.check(sql, SqlDialect.GENERIC, List.of(RequestInput.of(InputSource.QUERY, "q", input)));
        assertTrue(result.isInjection());
        assertEquals(sql.lastIndexOf(input), result.start());
    }

    @Test
    void backslashKeepsRawInputInsideMysqlStringButNotPostgres() {
        String input = "x\\' OR 1=1 -- ";
        assertFalse(run(SqlDialect.MYSQL, STRING_TEMPLATE, input).isInjection());
        assertTrue(run(SqlDialect.POSTGRESQL, STRING_TEMPLATE, input).isInjection());
    }

    @Test
    void blocksBackslashBreakoutOfQuoteDoublingInMysql() {
        String input = "x\\' OR 1=1 -- ";
        String quotesDoubled = String.format(STRING_TEMPLATE, input.replace("'", "''"));
        SqlInjectionResult result = check.check(quotesDoubled, SqlDialect.MYSQL, List.of(RequestInput.of(InputSource.QUERY, "q", input)));
        assertTrue(result.isInjection());
        String fullyEscaped = String.format(STRING_TEMPLATE, input.replace("\\", "\\\\").replace("'", "''"));
        assertFalse(check.check(fullyEscaped, SqlDialect.MYSQL, List.of(RequestInput.of(InputSource.QUERY, "q", input))).isInjection());
    }

    @Test
    void allowsQuoteDoubledInputInsideStringLiteral() {
        String input = "O'Brien' OR '1'='1";
        String sql = String.format(STRING_TEMPLATE, input.replace("'", "''"));
        assertFalse(check.check(sql, SqlDialect.GENERIC, List.of(RequestInput.of(InputSource.QUERY, "q", input))).isInjection());
    }

    @Test
    void allowsInputInsideDollarQuotedString() {
        assertFalse(run(SqlDialect.POSTGRESQL, "SELECT $q$%s$q$", "x' OR '1'='1").isInjection());
    }

    @Test
    void allowsWordsEvenWhenTheyAreKeywords() {
        assertFalse(run(NUMERIC_TEMPLATE, "NULL").isInjection());
        assertFalse(run(STRING_TEMPLATE, "union select").isInjection());
    }

    @Test
    void ignoresShortInputsWithoutCommentOrSeparator() {
        assertFalse(run(NUMERIC_TEMPLATE, "1)").isInjection());
        assertFalse(run(NUMERIC_TEMPLATE, "'\"").isInjection());
    }

    @Test
    void blocksNameComparedWithItselfEvenWhenShort() {
        SqlInjectionResult result = check.check("SELECT * FROM users WHERE password = password", SqlDialect.GENERIC,
                List.of(RequestInput.of(InputSource.FORM, "password", "password")));
        assertEquals(SqlInjectionReason.TAUTOLOGY, result.reason());
        assertTrue(check.check("SELECT * FROM t WHERE id = id", SqlDialect.GENERIC,
                List.of(RequestInput.of(InputSource.QUERY, "id", "id"))).isInjection());
    }

    @Test
    void allowsWordThatIsNotComparedWithItself() {
        assertFalse(check.check("SELECT name FROM t WHERE name = ? AND a.name = b.name", SqlDialect.GENERIC,
                List.of(RequestInput.of(InputSource.QUERY, "f", "name"))).isInjection());
        assertFalse(check.check("SELECT * FROM t WHERE x = 'name = name'", SqlDialect.GENERIC,
                List.of(RequestInput.of(InputSource.QUERY, "f", "name"))).isInjection());
    }

    @Test
    void allowsParameterizedQuery() {
        assertSame(SqlInjectionResult.CLEAN, check.check("SELECT * FROM items WHERE name = ?", SqlDialect.GENERIC,
                List.of(RequestInput.of(InputSource.QUERY, "q", "x' OR '1'='1"))));
    }

    @Test
    void allowsInputThatStaysInsideAComment() {
        assertFalse(run("SELECT 1 /* user: %s */", "a -- b; c").isInjection());
    }

    @Test
    void handlesNoInputsAndNullsGracefully() {
        assertSame(SqlInjectionResult.CLEAN, check.check("SELECT 1", SqlDialect.GENERIC, List.of()));
        assertSame(SqlInjectionResult.CLEAN, check.check(null, SqlDialect.GENERIC, List.of()));
        assertSame(SqlInjectionResult.CLEAN, check.check("SELECT 1 OR 1", null, null));
        assertTrue(check.check("SELECT 1 OR 1", null, List.of(RequestInput.of(InputSource.QUERY, "q", "1 OR 1"))).isInjection());
    }
}
