package dev.palisade.detection.input;

/**
 * SQL injection detector: tokenizes the value as SQL in the places a value is spliced into a
 * query (as-is, inside a single-quoted string, inside a double-quoted string) and applies
 * {@link SqlInjectionRules} to each token stream. In a quote context the value's first matching quote
 * closes the string, so {@code x' or 'a'='a} is judged as {@code x} followed by {@code or 'a'='a}. A backtick-quoted identifier is a fourth context
 * when the value holds a backtick. A value with a backslash before its first quote is also read the
 * MySQL way, where {@code \'} inside a string is an escaped quote and the string closes at a later one.
 * Linear: each context is one lexer pass plus rules with bounded look-ahead.
 */
public final class SqlInjectionDetector implements InputDetector {
    @Override
    public Category category() {
        return Category.SQLI;
    }

    @Override
    public Detection detect(NormalizedInput input) {
        return detect(input.text());
    }

    /** Inspects an already normalized (decoded, lower-case) string. */
    Detection detect(String s) {
        if (!mayHoldSql(s)) {
            return systemName(s);
        }
        String text = SqlQuoteFolding.fold(s);
        Detection d = detectText(text);
        if ((d == null || d.confidence() == Confidence.LOW) && SqlMarkupValues.isMarkup(text)) {
            d = stronger(d, SqlMarkupValues.detectInValues(text, this));
        }
        return d;
    }

    /** Inspects one piece of text as a value spliced into a query, in the three contexts. */
    Detection detectText(String s) {
        Detection best = analyze(s, (char) 0);
        if (isHigh(best)) {
            return best;
        }
        if (s.indexOf('\'') >= 0) {
            best = stronger(best, analyze(s, '\''));
            if (isHigh(best)) {
                return best;
            }
            best = stronger(best, analyzeEscaped(s, '\''));
            if (isHigh(best)) {
                return best;
            }
        }
        if (s.indexOf('"') >= 0) {
            best = stronger(best, analyze(s, '"'));
            if (isHigh(best)) {
                return best;
            }
            best = stronger(best, analyzeEscaped(s, '"'));
            if (isHigh(best)) {
                return best;
            }
        }
        // MySQL splices request values into backtick-quoted identifiers (ORDER BY `col`) too.
        if (s.indexOf('`') >= 0) {
            best = stronger(best, analyze(s, '`'));
        }
        return best != null ? best : systemName(s);
    }

    /**
     * Whether a raw value the inspector would skip as inert (letters, digits, {@code _ - . @ ,}) can
     * still be a SQL probe: a system catalog or built-in name ({@link #systemName}) or an {@code @@name}
     * system variable. Cheap: a first-char test and a table lookup that rejects most words on their first
     * and last letters.
     */
    static boolean mayFlagInert(String raw) {
        if (raw.startsWith("@@")) {
            return true;
        }
        return SqlSystemNames.isSystemName(raw, raw.startsWith("--") ? 2 : 0, raw.length());
    }

    /**
     * The whole value names a database system catalog or a dangerous built-in ({@code pg_catalog},
     * {@code sp_executesql}, {@code master..sysdatabases}): an enumeration probe. LOW: it reads no data
     * by itself.
     */
    private static Detection systemName(String s) {
        // --sp_password: SQL Server leaves statements naming sp_password out of its trace log.
        int from = s.startsWith("--") ? 2 : 0;
        return SqlSystemNames.isSystemName(s, from, s.length()) ? new Detection(Category.SQLI, Confidence.LOW, 0,
                s.length(), "sqli.system_object") : null;
    }

    /**
     * The quote context read the MySQL way, where a backslash escapes the next char inside the string, when
     * that moves the closing quote ({@code \'x' or '1'='1}): otherwise the default reading already covered
     * it. Without this reading a leading {@code \'} hid a breakout from the detector on MySQL back ends.
     */
    private static Detection analyzeEscaped(String s, char context) {
        int plain = s.indexOf(context);
        int backslash = s.indexOf('\\');
        if (backslash < 0 || backslash > plain) {
            return null; // no backslash before the first quote: both readings close the string there
        }
        int escaped = SqlLexer.escapedClose(s, context);
        if (escaped < 0 || escaped == plain) {
            return null;
        }
        DetectorScratch scratch = DetectorScratch.current();
        SqlTokens tokens = SqlLexer.tokenize(s, context, true, scratch.sqlTokens(s.length()));
        return tokens == null ? null : scratch.sqlRules.reset(s, tokens, context).rules.analyze();
    }

    private static Detection analyze(String s, char context) {
        DetectorScratch scratch = DetectorScratch.current();
        SqlTokens tokens = SqlLexer.tokenize(s, context, scratch.sqlTokens(s.length()));
        return tokens == null ? null : scratch.sqlRules.reset(s, tokens, context).rules.analyze();
    }

    /** Pre-filter: SQL structure needs a space, a quote or a punctuation mark, or is a hex literal. */
    private static boolean mayHoldSql(String s) {
        if (s.startsWith("0x")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c >= 0x80)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHigh(Detection d) {
        return d != null && d.confidence() == Confidence.HIGH;
    }

    /** The stronger of two findings; the first on a tie. */
    static Detection stronger(Detection a, Detection b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.confidence().compareTo(a.confidence()) > 0 ? b : a;
    }
}
