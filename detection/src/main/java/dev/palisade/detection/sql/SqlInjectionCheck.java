package dev.palisade.detection.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sink check: did any request input change the structure of the SQL a driver is about to run?
 *
 * <p>Every occurrence (not only the first) of every input in the SQL text is examined. The SQL is
 * tokenized lazily, only once some input occurs in it, and through a {@link SqlTokenCache}, so the
 * usual case (no input occurs) costs a few {@code indexOf} calls and allocates nothing.
 *
 * <h2>Rules</h2>
 * Examples use {@code SELECT * FROM items WHERE name = '<input>'} (string context) and
 * {@code ... WHERE id = <input>} (numeric context).
 * <ol>
 *   <li><b>Stays inside one token: harmless.</b> {@code O'Brien} escaped as {@code 'O''Brien'}, or
 *       {@code 42} in numeric context, lies inside one literal; {@code name} in {@code ORDER BY name}
 *       inside one identifier. Keywords and operators alone are harmless too ({@code NULL}).
 *   <li><b>Spans tokens including syntax: injection ({@code tokens-spanned}).</b>
 *       {@code 1 UNION SELECT password FROM users} in numeric context, {@code x' AND '1'='2} in string
 *       context. Parentheses are not counted ({@code (42)} is still one value), a qualified name
 *       {@code t.col} counts as one name, a sign glued to a number ({@code -5}) as one number, and
 *       literals side by side without syntax between them ({@code 1'}) are data.
 *   <li><b>Opens a comment: injection ({@code comment-injected}), even when short.</b>
 *       {@code admin'--}, MySQL {@code '#} or {@code 1#} (2 characters), {@code 1/*},
 *       {@code /*!UNION*}{@code /}. An input lying wholly inside a comment the application wrote is
 *       harmless, and so is a short input that is nothing but a comment marker ({@code --}).
 *   <li><b>Adds a statement separator next to other syntax: injection ({@code statement-separator}),
 *       even when short.</b> {@code 1; DROP TABLE items}, {@code 1;}.
 *   <li><b>Always-true condition: injection ({@code tautology}).</b> {@code 1 OR 1}, {@code 1=1},
 *       {@code '1'='1}, {@code x' OR 'x'='x} after {@code WHERE}/{@code HAVING}/{@code ON}; reported as
 *       a tautology rather than {@code tokens-spanned}, with no minimum token count. A bare name
 *       compared with itself is caught even though it is one token and even when shorter than
 *       {@value #MIN_INPUT_LENGTH} characters: {@code password} in {@code WHERE password = <input>}.
 *   <li><b>Short inputs.</b> Inputs shorter than {@value #MIN_INPUT_LENGTH} characters are only
 *       checked for rules 3-5 (comment, separator, self-comparison): {@code 1)} or {@code '"} alone
 *       cannot do harm, and matching them everywhere would be noise.
 *   <li><b>Words.</b> An input of only ASCII letters, digits and {@code _} always lies in one token
 *       (the tokenizer never splits such a run), so it is only checked for self-comparison.
 * </ol>
 *
 * <h2>Benign exceptions</h2>
 * <ul>
 *   <li>literals and commas inside {@code IN (...)}: {@code 1,2,3} in {@code WHERE id IN (1,2,3)};
 *   <li>a sort list after {@code ORDER BY}: names, column numbers, commas, {@code ASC}/{@code DESC}:
 *       {@code name DESC, id};
 *   <li>the input is the whole query (after trimming whitespace and a final {@code ;}), when the
 *       caller passes {@code allowFullQueryInput} (an admin console that runs the SQL it is given).
 * </ul>
 *
 * <p>Inputs are matched verbatim (case-sensitive), as the application concatenated them, and, when
 * they contain {@code '}, also with single quotes doubled, as an application that escapes quotes
 * wrote them: in MySQL, doubling quotes without escaping backslashes lets
 * {@code \' OR 1=1 -- } out of the literal. Inputs the
 * application decodes further (base64, a second URL decoding, JSON inside a parameter) are out of
 * scope. Thread-safe; share one instance.
 */
public final class SqlInjectionCheck {
    /** Inputs shorter than this are only checked for comments, separators and self-comparison. */
    public static final int MIN_INPUT_LENGTH = 3;

    private final SqlTokenCache cache;

    /** A check with its own default-sized {@link SqlTokenCache}. */
    public SqlInjectionCheck() {
        this(new SqlTokenCache());
    }

    /** A check that tokenizes through {@code cache}. */
    public SqlInjectionCheck(SqlTokenCache cache) {
        if (cache == null) {
            throw new IllegalArgumentException("cache must not be null");
        }
        this.cache = cache;
    }

    /** {@link #check(String, SqlDialect, List, boolean)} without the full-query exception. */
    public SqlInjectionResult check(String sql, SqlDialect dialect, List<RequestInput> inputs) {
        return check(sql, dialect, inputs, false);
    }

    /**
     * Checks {@code inputs} against {@code sql} read in {@code dialect}. Returns
     * {@link SqlInjectionResult#CLEAN} (shared, no allocation) or the first injection found.
     *
     * @param allowFullQueryInput when true, an input equal to the whole query is allowed
     */
    public SqlInjectionResult check(String sql, SqlDialect dialect, List<RequestInput> inputs,
            boolean allowFullQueryInput) {
        return check(sql, (Supplier<SqlDialect>) (dialect == null ? SqlDialect.GENERIC : dialect), inputs,
                allowFullQueryInput);
    }

    /**
     * As {@link #check(String, SqlDialect, List, boolean)}, with the dialect asked for only when some
     * input occurs in the SQL and the query must be tokenized. Finding the dialect may cost a lookup
     * per connection (the JDBC sink's case); most statements contain no input and never need it.
     */
    public SqlInjectionResult check(String sql, Supplier<SqlDialect> dialect, List<RequestInput> inputs,
            boolean allowFullQueryInput) {
        if (sql == null || sql.isEmpty() || inputs == null) {
            return SqlInjectionResult.CLEAN;
        }
        SqlTokens tokens = null;
        for (int i = 0, count = inputs.size(); i < count; i++) {
            RequestInput input = inputs.get(i);
            if (input == null || !worthSearching(input)) {
                continue;
            }
            // Form 0: the value as sent; form 1: as a quote-doubling application wrote it (null if no quote).
            String value = input.value();
            for (int form = 0; form < 2 && value != null; form++, value = input.quotesDoubled()) {
                if (!Occurrences.mayOccur(sql, value) || (allowFullQueryInput && isWholeQuery(sql, value))) {
                    continue;
                }
                Occurrences state = Occurrences.stateFor(sql, value);
                for (int start = Occurrences.first(sql, value, state); start >= 0;
                        start = Occurrences.after(sql, value, start, state)) {
                    int end = start + value.length();
                    if (input.inert() && !SelfComparison.mayCompareWithItself(sql, start, end)) {
                        continue; // a word can only do harm compared with itself; most occurrences fail the text test
                    }
                    if (tokens == null) {
                        SqlDialect readAs = dialect == null ? null : dialect.get();
                        tokens = cache.tokenize(sql, readAs == null ? SqlDialect.GENERIC : readAs);
                    }
                    SqlInjectionReason reason = input.inert()
                            ? (SelfComparison.confirmed(tokens, start, end) ? SqlInjectionReason.TAUTOLOGY : null)
                            : OccurrenceJudge.judge(tokens, start, end, value.length() < MIN_INPUT_LENGTH);
                    if (reason != null) {
                        List<SqlTokenType> touched = touchedTypes(tokens, start, end);
                        return SqlInjectionResult.injection(input, start, end, reason, touched);
                    }
                }
            }
        }
        return SqlInjectionResult.CLEAN;
    }

    /** Cheap per-input filter: which inputs could possibly change a query's structure. */
    private static boolean worthSearching(RequestInput input) {
        String value = input.value();
        if (value.isEmpty()) {
            return false;
        }
        if (input.inert()) {
            return input.identifierLike();
        }
        return value.length() >= MIN_INPUT_LENGTH || canOpenCommentOrStatement(value);
    }

    private static boolean canOpenCommentOrStatement(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' || c == '#' || c == '/' || c == '*' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** The input is the whole SQL, ignoring surrounding whitespace and a final semicolon. */
    private static boolean isWholeQuery(String sql, String value) {
        int sqlStart = 0;
        int sqlEnd = trimmedEnd(sql);
        while (sqlStart < sqlEnd && SqlChars.isSpace(sql.charAt(sqlStart))) {
            sqlStart++;
        }
        int valueStart = 0;
        int valueEnd = trimmedEnd(value);
        while (valueStart < valueEnd && SqlChars.isSpace(value.charAt(valueStart))) {
            valueStart++;
        }
        int length = sqlEnd - sqlStart;
        return length > 0 && length == valueEnd - valueStart && sql.regionMatches(sqlStart, value, valueStart, length);
    }

    private static int trimmedEnd(String text) {
        int end = text.length();
        while (end > 0 && (SqlChars.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ';')) {
            end--;
        }
        return end;
    }

    private static List<SqlTokenType> touchedTypes(SqlTokens tokens, int start, int end) {
        long range = OccurrenceJudge.touchedTokens(tokens, start, end);
        int first = (int) (range >>> 32);
        int last = Math.min((int) range, first + SqlInjectionResult.MAX_TOKEN_TYPES - 1);
        List<SqlTokenType> types = new ArrayList<>(Math.max(0, last - first + 1));
        for (int i = first; i <= last; i++) {
            types.add(tokens.type(i));
        }
        return types;
    }
}
