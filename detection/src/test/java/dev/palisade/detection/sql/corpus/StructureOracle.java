package dev.palisade.detection.sql.corpus;

import dev.palisade.detection.sql.SqlDialect;
import dev.palisade.detection.sql.SqlTokenType;
import dev.palisade.detection.sql.SqlTokenizer;
import dev.palisade.detection.sql.SqlTokens;

/**
 * The test's own, independent answer to "did this payload change the query's structure?", used to
 * decide which attack payloads count. It does not use the detector: it tokenizes the query built
 * with a neutral value and the query built with the payload, strips the template's own tokens from
 * both ends, and looks at what the payload became (parentheses aside):
 * <ul>
 *   <li>a comment or a statement separator: changed;
 *   <li>two or more tokens of which at least one is not a literal ({@code 1 OR 1}, {@code x' AND 'a}):
 *       changed, the payload wrote syntax;
 *   <li>one token of any kind ({@code 42}, {@code name}, {@code NULL}), or only literals side by side
 *       ({@code 1'...} opening a string that runs to the end, {@code 'a' 'b'}): unchanged, the
 *       payload supplied data (or broke the query into a syntax error) but no syntax of its own.
 * </ul>
 * As in the SQL grammar, a sign glued to a number in operand position ({@code -1}) is one signed
 * numeric literal and a qualified name ({@code t.col}) is one column reference.
 * The last rule matters for payloads written for the other context: {@code 1' UNION SELECT ...} in
 * a numeric slot opens a string that swallows the rest of the query, which fails to parse.
 */
public final class StructureOracle {
    static final String SLOT = "{}";

    /** What the payload became in the query. */
    enum Verdict {
        /** One literal, name or other single token (parentheses aside): the payload is a value. */
        ONE_TOKEN,
        /** Only literals side by side: data without syntax (often a string left open to the end). */
        LITERALS_ONLY,
        /** Syntax written by the payload: the structure changed. */
        CHANGED
    }

    private final String template;
    private final String neutral;

    /** {@code template} holds {@link #SLOT} where the application concatenates the input. */
    public StructureOracle(String template, String neutral) {
        this.template = template;
        this.neutral = neutral;
    }

    String sqlWith(String value) {
        int at = template.indexOf(SLOT);
        return template.substring(0, at) + value + template.substring(at + SLOT.length());
    }

    public boolean changesStructure(String payload, SqlDialect dialect) {
        return verdict(payload, dialect) == Verdict.CHANGED;
    }

    Verdict verdict(String payload, SqlDialect dialect) {
        String base = sqlWith(neutral);
        SqlTokens baseTokens = SqlTokenizer.tokenize(base, dialect);
        int slot = baseTokens.size() - 1;
        int slotOffset = template.indexOf(SLOT);
        for (int i = 0; i < baseTokens.size(); i++) {
            if (baseTokens.end(i) > slotOffset) {
                slot = i;
                break;
            }
        }
        SqlTokens tokens = SqlTokenizer.tokenize(sqlWith(payload), dialect);
        int prefix = slot;
        int suffix = baseTokens.size() - slot - 1;
        if (tokens.size() < prefix + suffix) {
            return Verdict.CHANGED;
        }
        for (int i = 0; i < prefix; i++) {
            if (!same(baseTokens, i, tokens, i)) {
                return Verdict.CHANGED;
            }
        }
        for (int i = 0; i < suffix; i++) {
            if (!same(baseTokens, baseTokens.size() - 1 - i, tokens, tokens.size() - 1 - i)) {
                return Verdict.CHANGED;
            }
        }
        int total = 0;
        boolean syntax = false;
        int previous = -1;
        for (int i = prefix; i < tokens.size() - suffix; i++) {
            SqlTokenType type = tokens.type(i);
            if (type == SqlTokenType.COMMENT || type == SqlTokenType.SEPARATOR) {
                return Verdict.CHANGED;
            }
            if (type == SqlTokenType.LEFT_PAREN || type == SqlTokenType.RIGHT_PAREN
                    || isSign(tokens, i, previous) || continuesQualifiedName(tokens, i)) {
                continue;
            }
            total++;
            syntax |= !type.isLiteral();
            previous = i;
        }
        if (total > 1) {
            return syntax ? Verdict.CHANGED : Verdict.LITERALS_ONLY;
        }
        return Verdict.ONE_TOKEN;
    }

    /** {@code -} or {@code +} glued to the number after it, with no operand before it. */
    private static boolean isSign(SqlTokens tokens, int i, int previous) {
        boolean sign = tokens.type(i) == SqlTokenType.OPERATOR && (tokens.text(i).equals("-") || tokens.text(i).equals("+"));
        if (!sign || i + 1 >= tokens.size() || tokens.type(i + 1) != SqlTokenType.NUMBER || tokens.end(i) != tokens.start(i + 1)) {
            return false;
        }
        return previous < 0 || tokens.type(previous) == SqlTokenType.OPERATOR || tokens.type(previous) == SqlTokenType.KEYWORD
                || tokens.type(previous) == SqlTokenType.COMMA;
    }

    /** The dot and the name after it in {@code a.b}: part of the name before. */
    private static boolean continuesQualifiedName(SqlTokens tokens, int i) {
        SqlTokenType type = tokens.type(i);
        if (type == SqlTokenType.DOT) {
            return i > 0 && i + 1 < tokens.size() && tokens.type(i - 1) == SqlTokenType.IDENTIFIER
                    && tokens.type(i + 1) == SqlTokenType.IDENTIFIER;
        }
        return type == SqlTokenType.IDENTIFIER && i > 1 && tokens.type(i - 1) == SqlTokenType.DOT
                && tokens.type(i - 2) == SqlTokenType.IDENTIFIER;
    }

    private static boolean same(SqlTokens a, int i, SqlTokens b, int j) {
        return a.type(i) == b.type(j) && a.text(i).equals(b.text(j));
    }
}
