package dev.palisade.detection.sql;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small, bounded, lock-free cache of tokenizations keyed by (dialect, SQL text), so the same
 * prepared statement executed many times is tokenized once.
 *
 * <p>It is a fixed array of slots indexed by the hash of the SQL: a new entry simply replaces
 * whatever sat in its slot (no eviction bookkeeping, no locks, no growth). A lookup compares the
 * stored SQL with {@code equals}, so a collision costs one extra tokenization, never a wrong answer.
 * {@link SqlTokens} is immutable, so publishing it through the array's volatile write is safe.
 *
 * <p>Memory is bounded: only SQL of at most {@value #MAX_CACHED_LENGTH} characters and
 * {@value #MAX_CACHED_TOKENS} tokens is kept, so the worst case is a few megabytes with the
 * default {@value #DEFAULT_SLOTS} slots and typically far less.
 */
public final class SqlTokenCache {
    /** Slots of a cache made with the no-argument constructor. */
    public static final int DEFAULT_SLOTS = 256;
    static final int MAX_CACHED_LENGTH = 4096;
    static final int MAX_CACHED_TOKENS = 1024;
    private static final int MAX_SLOTS = 1 << 16;

    private final AtomicReferenceArray<SqlTokens> slots;
    private final int mask;

    /** A cache with {@value #DEFAULT_SLOTS} slots. */
    public SqlTokenCache() {
        this(DEFAULT_SLOTS);
    }

    /** A cache with {@code slots} slots, rounded up to a power of two (1 to 65536). */
    public SqlTokenCache(int slots) {
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("slots must be between 1 and " + MAX_SLOTS + ", was " + slots);
        }
        int size = Integer.highestOneBit(slots);
        if (size < slots) {
            size <<= 1;
        }
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    /**
     * The tokens of {@code sql} in {@code dialect}: from the cache when present, else tokenized (and
     * cached when small enough).
     */
    public SqlTokens tokenize(String sql, SqlDialect dialect) {
        int slot = slotOf(sql, dialect);
        SqlTokens cached = slots.get(slot);
        if (cached != null && cached.dialect() == dialect && (cached.sql() == sql || cached.sql().equals(sql))) {
            return cached;
        }
        SqlTokens tokens = SqlTokenizer.tokenize(sql, dialect);
        if (sql.length() <= MAX_CACHED_LENGTH && tokens.size() <= MAX_CACHED_TOKENS) {
            slots.set(slot, tokens);
        }
        return tokens;
    }

    /** Number of slots. */
    public int capacity() {
        return slots.length();
    }

    private int slotOf(String sql, SqlDialect dialect) {
        int h = sql.hashCode() * 31 + dialect.ordinal();
        h ^= h >>> 16;
        return h & mask;
    }
}
