package dev.palisade.detection.sql;

/**
 * The tokens of one SQL text, as produced by {@link SqlTokenizer}: immutable and safe to share
 * between threads (which is what lets {@link SqlTokenCache} hand the same instance to every
 * execution of a prepared statement).
 *
 * <p>Tokens are stored in parallel arrays (start, end, type, keyword) instead of one object per
 * token, so tokenizing a query costs a handful of allocations whatever its length. Token {@code i}
 * covers {@code sql().substring(start(i), end(i))}; tokens are in text order, do not overlap, and
 * only whitespace lies between them.
 */
public final class SqlTokens {
    private static final SqlTokenType[] TYPES = SqlTokenType.values();
    static final byte NO_KEYWORD = -1;

    private final String sql;
    private final SqlDialect dialect;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final byte[] types;
    private final byte[] keywords;
    /** Derived navigation data, built on first use; racing threads build equal copies. */
    private volatile TokenIndex index;

    SqlTokens(String sql, SqlDialect dialect, int size, int[] starts, int[] ends, byte[] types,
            byte[] keywords) {
        this.sql = sql;
        this.dialect = dialect;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.types = types;
        this.keywords = keywords;
    }

    /** The SQL text these tokens were read from. */
    public String sql() {
        return sql;
    }

    /** The dialect the SQL was read in. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** The number of tokens (whitespace is not counted). */
    public int size() {
        return size;
    }

    /** The type of token {@code i}. */
    public SqlTokenType type(int i) {
        return TYPES[typeCode(i)];
    }

    /** The offset of token {@code i}'s first character in {@link #sql()}. */
    public int start(int i) {
        check(i);
        return starts[i];
    }

    /** The offset just past token {@code i}'s last character in {@link #sql()}. */
    public int end(int i) {
        check(i);
        return ends[i];
    }

    /** The keyword token {@code i} spells, or {@code null} when it is not a {@link SqlTokenType#KEYWORD}. */
    public SqlKeyword keyword(int i) {
        check(i);
        byte keyword = keywords[i];
        return keyword == NO_KEYWORD ? null : SqlKeyword.ofOrdinal(keyword);
    }

    /** The text of token {@code i} (allocates; meant for tests, events and debugging). */
    public String text(int i) {
        check(i);
        return sql.substring(starts[i], ends[i]);
    }

    /** {@code true} when token {@code i} exists and is the keyword {@code keyword}. */
    public boolean isKeyword(int i, SqlKeyword keyword) {
        return i >= 0 && i < size && keywords[i] == keyword.ordinal();
    }

    /** {@code true} when token {@code i} exists and is of type {@code type}. */
    public boolean is(int i, SqlTokenType type) {
        return i >= 0 && i < size && types[i] == type.ordinal();
    }

    /** {@code true} when token {@code i} is exactly the character {@code c}. */
    boolean isChar(int i, char c) {
        return i >= 0 && i < size && ends[i] - starts[i] == 1 && sql.charAt(starts[i]) == c;
    }

    int typeCode(int i) {
        check(i);
        return types[i];
    }

    /** Index of the first token that ends after {@code offset}, or {@link #size()} if none. */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Index of the last token that starts before {@code offset}, or -1 if none. */
    int lastStartingBefore(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    TokenIndex index() {
        TokenIndex built = index;
        if (built == null) {
            built = new TokenIndex(this);
            index = built;
        }
        return built;
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(dialect.name()).append('[');
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(type(i)).append('(').append(text(i)).append(')');
        }
        return out.append(']').toString();
    }
}
