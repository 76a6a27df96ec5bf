package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs an attacker controls: megabyte-sized values and queries, unterminated quotes, deep comment
 * nesting, binary data. These assert correct answers; the class timeout only turns an accidental
 * quadratic path into a failure instead of a hung build (it is not a performance assertion).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HostileInputTest {
    private static final int MIB = 1 << 20;
    private final SqlInjectionCheck check = new SqlInjectionCheck();

    private boolean blocked(String sql, SqlDialect dialect, String input) {
        return check.check(sql, dialect, List.of(RequestInput.of(InputSource.JSON, "body", input))).isInjection();
    }

    @Test
    void megabyteInputInsideAStringLiteralIsAllowed() {
        String input = "a b ".repeat(MIB / 4);
        assertFalse(blocked("SELECT * FROM t WHERE note = '" + input + "'", SqlDialect.GENERIC, input));
    }

    @Test
    void megabyteInjectionIsBlocked() {
        String input = "1" + " OR 1".repeat(MIB / 5);
        assertTrue(blocked("SELECT * FROM t WHERE id = " + input, SqlDialect.GENERIC, input));
    }

    @Test
    void manyOverlappingBenignOccurrencesInAnInListAreAllowed() {
        String list = "1," + "1,".repeat(MIB / 2) + "1";
        String input = "1," + "1,".repeat(MIB / 4) + "1";
        assertFalse(blocked("SELECT * FROM t WHERE id IN (" + list + ")", SqlDialect.GENERIC, input));
    }

    @Test
    void longInputThatAlmostOccursEverywhereIsSearchedLinearly() {
        String input = "-".repeat(100_000) + "x";
        assertFalse(blocked("SELECT 1 /* " + "-".repeat(MIB) + " */", SqlDialect.GENERIC, input));
        String shortInput = "-".repeat(Occurrences.SHORT - 1) + "x";
        assertFalse(blocked("SELECT 1 /* " + "-".repeat(MIB) + " */", SqlDialect.GENERIC, shortInput));
    }

    @Test
    void unterminatedQuoteSwallowsTheRestOfAMegabyteQuery() {
        String sql = "SELECT * FROM t WHERE a = '" + "x'' OR 1=1 -- ".repeat(MIB / 14);
        SqlTokens tokens = SqlTokenizer.tokenize(sql, SqlDialect.GENERIC);
        assertEquals(SqlTokenType.STRING, tokens.type(tokens.size() - 1));
        assertEquals(sql.length(), tokens.end(tokens.size() - 1));
        assertFalse(blocked(sql, SqlDialect.GENERIC, "x' OR 1=1 -- "));
        assertTrue(blocked(sql.replace("''", "'"), SqlDialect.GENERIC, "x' OR 1=1 -- "));
    }

    @Test
    void deeplyNestedCommentIsOneToken() {
        String sql = "SELECT 1 " + "/*".repeat(MIB / 2) + " x " + "*/".repeat(MIB / 2) + " OR 1";
        SqlTokens postgres = SqlTokenizer.tokenize(sql, SqlDialect.POSTGRESQL);
        assertEquals(List.of(SqlTokenType.KEYWORD, SqlTokenType.NUMBER, SqlTokenType.COMMENT, SqlTokenType.KEYWORD,
                SqlTokenType.NUMBER), typesOf(postgres));
        assertFalse(blocked(sql, SqlDialect.POSTGRESQL, "/* x */"));
        String unterminated = "SELECT 1 " + "/*".repeat(MIB / 2);
        assertEquals(3, SqlTokenizer.tokenize(unterminated, SqlDialect.SQLSERVER).size());
    }

    @Test
    void megabyteOfTokensTokenizesCompletely() {
        String sql = "SELECT " + "a,".repeat(MIB / 2) + "b";
        assertEquals(MIB + 2, SqlTokenizer.tokenize(sql, SqlDialect.GENERIC).size());
    }

    @Test
    void binaryDataTokenizesTotallyInEveryDialect() {
        Random random = new Random(42);
        char[] chars = new char[MIB];
        for (int i = 0; i < chars.length; i++) {
            // Mostly SQL-significant ASCII, with control characters and any UTF-16 unit (lone surrogates too).
            chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x80);
        }
        String sql = new String(chars);
        for (SqlDialect dialect : SqlDialect.values()) {
            SqlTokens tokens = SqlTokenizer.tokenize(sql, dialect);
            assertCoversEveryNonSpaceCharacter(sql, tokens);
            assertEquals(sql.length(), SqlMasker.mask(tokens).length() + maskedAway(tokens));
            String input = sql.substring(1000, 1100);
            check.check(sql, dialect, List.of(RequestInput.of(InputSource.JSON, "b", input)));
        }
    }

    private static void assertCoversEveryNonSpaceCharacter(String sql, SqlTokens tokens) {
        int covered = 0;
        for (int i = 0; i < tokens.size(); i++) {
            assertTrue(tokens.start(i) >= covered, "tokens overlap at " + i);
            assertTrue(tokens.end(i) > tokens.start(i), "empty token at " + i);
            for (int gap = covered; gap < tokens.start(i); gap++) {
                assertTrue(SqlChars.isSpace(sql.charAt(gap)), "character outside tokens at " + gap);
            }
            covered = tokens.end(i);
        }
        assertTrue(covered <= sql.length());
        for (int gap = covered; gap < sql.length(); gap++) {
            assertTrue(SqlChars.isSpace(sql.charAt(gap)), "character outside tokens at " + gap);
        }
    }

    /** Characters the masker removes: each literal shrinks to one {@code ?}. */
    private static int maskedAway(SqlTokens tokens) {
        int removed = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.type(i).isLiteral()) {
                removed += tokens.end(i) - tokens.start(i) - 1;
            }
        }
        return removed;
    }

    private static List<SqlTokenType> typesOf(SqlTokens tokens) {
        SqlTokenType[] types = new SqlTokenType[tokens.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = tokens.type(i);
        }
        return List.of(types);
    }
}
