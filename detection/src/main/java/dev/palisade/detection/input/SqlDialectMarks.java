package dev.palisade.detection.input;

/**
 * Syntax only one query language writes, found anywhere in a value read as-is: a PostgreSQL cast of a
 * value to a SQL type ({@code '1'::int}, {@code version()::text}), a PostgreSQL JSON operator applied
 * to a quoted JSON document ({@code '{"a":1}'::jsonb @> '{"a":1}'}, {@code '[1,2]' ? '1'}), and a
 * MongoDB query operator ({@code user[$ne]=}, {@code {"$where": ...}}), the NoSQL form of a query
 * injection. Each mark is a single token pattern checked with a bounded look-around, so the pass is
 * linear and allocation-free.
 */
final class SqlDialectMarks {
    /** SQL type names a {@code ::} cast names (PostgreSQL spellings; the common ones of each family). */
    private static final WordTable CAST_TYPES = WordTable.of(1, "int", "int2", "int4", "int8", "integer", "bigint",
            "smallint", "numeric", "decimal", "real", "float", "float4", "float8", "double", "text", "varchar",
            "char", "bpchar", "name", "bytea", "bool", "boolean", "date", "time", "timestamp", "timestamptz",
            "interval", "json", "jsonb", "jsonpath", "xml", "uuid", "inet", "cidr", "oid", "regclass", "regproc",
            "regtype", "money", "bit", "varbit", "tsvector", "tsquery");

    /** MongoDB query and evaluation operators, without their leading {@code $}. */
    private static final WordTable MONGO_OPERATORS = WordTable.of(1, "ne", "eq", "gt", "gte", "lt", "lte", "in",
            "nin", "regex", "where", "exists", "not", "nor", "and", "or", "elemmatch", "text", "expr", "all",
            "size", "type", "mod", "jsonschema", "function", "accumulator", "lookup", "match");

    /** MongoDB operators that are also common variable names: only bracketed or quoted forms count. */
    private static final WordTable AMBIGUOUS_MONGO = WordTable.of(1, "and", "or", "in", "all", "size", "type",
            "mod", "function", "lookup", "match", "expr");

    private SqlDialectMarks() {
    }

    /** The first dialect mark in {@code c}'s tokens, or null. */
    static Detection find(SqlRuleContext c) {
        SqlTokens t = c.t;
        for (int i = 0; i < t.count; i++) {
            Detection d = null;
            switch (t.kind[i]) {
                case SqlTokens.OPERATOR:
                    d = cast(c, i);
                    break;
                case SqlTokens.STRING:
                    d = jsonOperator(c, i);
                    if (d == null) {
                        d = mongoKey(c, i);
                    }
                    break;
                case SqlTokens.WORD:
                    d = mongoOperator(c, i);
                    break;
                case SqlTokens.NUMBER:
                    d = hexEncodedStatement(c, i);
                    if (d == null) {
                        d = exponentGlue(c, i);
                    }
                    break;
                default:
                    break;
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** {@code value::type}: a literal, a call's result or a system value cast to a SQL type. */
    private static Detection cast(SqlRuleContext c, int i) {
        SqlTokens t = c.t;
        String s = c.s;
        if (t.end[i] - t.start[i] != 2 || s.charAt(t.start[i]) != ':' || i == 0 || i + 1 >= t.count) {
            return null;
        }
        char prev = t.kind[i - 1];
        boolean value = prev == SqlTokens.STRING || prev == SqlTokens.NUMBER || prev == SqlTokens.RPAREN
                || prev == SqlTokens.VARIABLE && t.idAt(i - 1) == SqlKeywords.SYSTEM_VALUE;
        // The type directly follows the "::" (a space there is not how anyone writes a cast).
        if (!value || t.start[i + 1] != t.end[i] || !CAST_TYPES.contains(s, t.start[i + 1], t.end[i + 1])) {
            return null;
        }
        return c.hit(Confidence.MEDIUM, i - 1, i + 1, "sqli.postgres_cast");
    }

    /**
     * A quoted JSON document ({@code '{...}'}, {@code '[...]'}) followed by a PostgreSQL JSON operator
     * ({@code @> <@ ? ?| ?& -> ->> #> #>> #- @? @@}) or a comparison, then a string or an array.
     */
    private static Detection jsonOperator(SqlRuleContext c, int i) {
        SqlTokens t = c.t;
        String s = c.s;
        if (!isJsonDocument(s, t.start[i], t.end[i]) || (t.attr[i] & SqlTokens.OPEN_STRING) != 0) {
            return null;
        }
        int op = t.end[i];
        while (op < s.length() && SqlLexer.isSpace(s.charAt(op))) {
            op++;
        }
        int opEnd = jsonOperatorEnd(s, op);
        if (opEnd < 0) {
            return null;
        }
        int j = i + 1;
        while (j < t.count && t.start[j] < opEnd && j < i + 4) {
            j++;
        }
        boolean operand = t.kindAt(j) == SqlTokens.STRING || t.kindAt(j) == SqlTokens.NUMBER && s.charAt(op) == '-'
                || c.isWord(j, "array");
        return operand && t.start[j] >= opEnd ? c.hit(Confidence.MEDIUM, i, j, "sqli.json_operator") : null;
    }

    /** Whether the string token {@code [from, to)} quotes a JSON object or array. */
    private static boolean isJsonDocument(String s, int from, int to) {
        int k = from + 1;
        while (k < to && SqlLexer.isSpace(s.charAt(k))) {
            k++;
        }
        return k < to && (s.charAt(k) == '{' || s.charAt(k) == '[');
    }

    /** End of the JSON operator or comparison at {@code i}, or -1. */
    private static int jsonOperatorEnd(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return -1;
        }
        char a = s.charAt(i);
        char b = i + 1 < n ? s.charAt(i + 1) : 0;
        char c = i + 2 < n ? s.charAt(i + 2) : 0;
        switch (a) {
            case '@':
                return b == '>' || b == '?' || b == '@' ? i + 2 : -1;
            case '<':
                return b == '@' || b == '=' || b == '>' ? i + 2 : i + 1;
            case '?':
                return b == '|' || b == '&' ? i + 2 : i + 1;
            case '-':
                return b == '>' ? (c == '>' ? i + 3 : i + 2) : -1;
            case '#':
                return b == '>' ? (c == '>' ? i + 3 : i + 2) : b == '-' ? i + 2 : -1;
            case '|':
                return b == '|' ? i + 2 : -1;
            case '>':
                return b == '=' ? i + 2 : i + 1;
            case '=':
                return i + 1;
            case '!':
                return b == '=' ? i + 2 : -1;
            default:
                return -1;
        }
    }

    /**
     * {@code 0x73656c656374...}: a hex literal whose bytes spell a SQL statement, in ASCII or UTF-16LE
     * (SQL Server {@code nvarchar}). {@code DECLARE @q VARCHAR(99) SET @q=0x...; EXEC(@q)} hides the
     * statement this way; the decoded text is checked for a leading statement keyword. Only the first
     * bytes are decoded, into a small buffer, so the check is bounded.
     */
    private static Detection hexEncodedStatement(SqlRuleContext c, int i) {
        SqlTokens t = c.t;
        String s = c.s;
        int from = t.start[i];
        int to = t.end[i];
        if (to - from < 2 + 12 || s.charAt(from) != '0' || s.charAt(from + 1) != 'x') {
            return null;
        }
        char[] text = new char[16];
        int length = 0;
        int zeros = 0;
        for (int k = from + 2; k + 1 < to && length < text.length; k += 2) {
            int b = PercentDecoding.hexDigit(s.charAt(k)) << 4 | PercentDecoding.hexDigit(s.charAt(k + 1));
            if (b == 0) {
                zeros++; // UTF-16LE: every other byte is zero for ASCII text
                continue;
            }
            if (b < 0x20 || b > 0x7e) {
                return null;
            }
            text[length++] = Character.toLowerCase((char) b);
        }
        int word = 0;
        while (word < length && text[word] >= 'a' && text[word] <= 'z') {
            word++;
        }
        if (word < 4 || word == length || text[word] != ' ' && text[word] != '(' || zeros > length) {
            return null;
        }
        int cls = SqlKeywords.classify(java.nio.CharBuffer.wrap(text, 0, word), 0, word);
        boolean statement = cls >= 0 && (char) (cls & 0xff) == SqlTokens.STATEMENT;
        return statement ? c.hit(Confidence.HIGH, i, i, "sqli.encoded_statement") : null;
    }

    /**
     * {@code 1.e(ascii)}, {@code 1.e.tables}: MySQL reads {@code 1.e} as a number and lets a call or a
     * qualified name follow it without a space, which hides the name from filters that want a word
     * boundary. No number is written that way.
     */
    private static Detection exponentGlue(SqlRuleContext c, int i) {
        SqlTokens t = c.t;
        String s = c.s;
        int to = t.end[i];
        boolean bareExponent = to - t.start[i] >= 3 && s.charAt(to - 1) == 'e' && s.charAt(to - 2) == '.';
        char next = t.kindAt(i + 1);
        boolean glued = i + 2 < t.count && t.start[i + 1] == to && (next == SqlTokens.LPAREN || next == SqlTokens.DOT)
                && t.kindAt(i + 2) == SqlTokens.WORD;
        return bareExponent && glued ? c.hit(Confidence.MEDIUM, i, i + 2, "sqli.mysql_number_glue") : null;
    }

    /** {@code "$op":} a MongoDB operator as the key of a JSON object. */
    private static Detection mongoKey(SqlRuleContext c, int i) {
        SqlTokens t = c.t;
        String s = c.s;
        int from = t.start[i] + 1;
        int to = t.end[i] - 1;
        if (to - from < 3 || s.charAt(from) != '$' || (t.attr[i] & SqlTokens.OPEN_STRING) != 0
                || !MONGO_OPERATORS.contains(s, from + 1, to)) {
            return null;
        }
        int k = t.end[i];
        while (k < s.length() && SqlLexer.isSpace(s.charAt(k))) {
            k++;
        }
        return k < s.length() && s.charAt(k) == ':' ? c.hit(Confidence.MEDIUM, i, i, "sqli.nosql_operator") : null;
    }

    /**
     * {@code $op} naming a MongoDB query operator: bracketed ({@code user[$ne]}), quoted as a JSON key
     * ({@code "$where":}), or as the whole value. Longer words ({@code $existing}) are other names.
     */
    private static Detection mongoOperator(SqlRuleContext c, int i) {
        SqlTokens t = c.t;
        String s = c.s;
        int from = t.start[i];
        int to = t.end[i];
        if (s.charAt(from) != '$' || to - from < 3 || !MONGO_OPERATORS.contains(s, from + 1, to)) {
            return null;
        }
        char before = from > 0 ? s.charAt(from - 1) : 0;
        char after = to < s.length() ? s.charAt(to) : 0;
        boolean bracketed = before == '[' && after == ']';
        boolean whole = t.count == 1 && before == 0 && after == 0;
        if (bracketed) {
            return c.hit(Confidence.MEDIUM, i, i, "sqli.nosql_operator");
        }
        if (whole && !AMBIGUOUS_MONGO.contains(s, from + 1, to)) {
            return c.hit(Confidence.LOW, i, i, "sqli.nosql_operator");
        }
        return null;
    }
}
