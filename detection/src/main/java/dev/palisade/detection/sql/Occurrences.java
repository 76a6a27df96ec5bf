package dev.palisade.detection.sql;

/**
 * Finds every occurrence of an input in the SQL text, overlapping ones included, in time linear in
 * the SQL's length.
 *
 * <p>Inputs of up to {@value #SHORT} characters are searched statelessly with
 * {@link String#indexOf(String, int)} (a JDK intrinsic, allocation-free; its worst case is bounded by
 * {@value #SHORT} comparisons per position). Longer inputs first look, without allocating, for a
 * position where their first {@value #SHORT} characters match; only if one exists is a search state
 * with a Knuth-Morris-Pratt table built, so a hostile 1 MiB input against a 1 MiB query stays linear.
 *
 * <p>Usage: {@code state = stateFor(sql, needle)}, then {@code first(...)} and {@code after(...)}
 * until they return -1.
 */
final class Occurrences {
    static final int SHORT = 64;

    private final String sql;
    private final String needle;
    private int[] failure;
    /** Next position to scan; -1 when exhausted. */
    private int position;
    private int matched;

    private Occurrences(String sql, String needle) {
        this.sql = sql;
        this.needle = needle;
    }

    /**
     * Whether {@code needle} may occur in {@code sql}, without allocating: exact for short needles,
     * a prefix test for long ones. {@code false} means it certainly does not occur.
     */
    static boolean mayOccur(String sql, String needle) {
        if (needle.length() > sql.length()) {
            return false;
        }
        if (needle.length() <= SHORT) {
            return sql.indexOf(needle) >= 0;
        }
        return prefixCandidate(sql, needle) >= 0;
    }

    /** Search state for a long {@code needle}; {@code null} for a short one, which needs none. */
    static Occurrences stateFor(String sql, String needle) {
        return needle.length() <= SHORT ? null : new Occurrences(sql, needle);
    }

    /** The first occurrence, or -1; {@code state} comes from {@link #stateFor}. */
    static int first(String sql, String needle, Occurrences state) {
        return state == null ? sql.indexOf(needle) : state.next();
    }

    /** The occurrence after the one at {@code previous}, or -1; {@code state} comes from {@link #stateFor}. */
    static int after(String sql, String needle, int previous, Occurrences state) {
        return state == null ? sql.indexOf(needle, previous + 1) : state.next();
    }

    private int next() {
        if (position < 0) {
            return -1;
        }
        if (failure == null) {
            int candidate = prefixCandidate(sql, needle);
            if (candidate < 0) {
                position = -1;
                return -1;
            }
            failure = failureTable(needle);
            position = candidate;
        }
        int m = needle.length();
        for (int i = position, n = sql.length(); i < n; i++) {
            char c = sql.charAt(i);
            while (matched > 0 && needle.charAt(matched) != c) {
                matched = failure[matched - 1];
            }
            if (needle.charAt(matched) == c) {
                matched++;
            }
            if (matched == m) {
                matched = failure[m - 1];
                position = i + 1;
                return i - m + 1;
            }
        }
        position = -1;
        return -1;
    }

    /** First position where the first {@value #SHORT} characters of {@code needle} match, or -1. */
    private static int prefixCandidate(String sql, String needle) {
        int last = sql.length() - needle.length();
        char first = needle.charAt(0);
        for (int p = sql.indexOf(first); p >= 0 && p <= last; p = sql.indexOf(first, p + 1)) {
            if (sql.regionMatches(p, needle, 0, SHORT)) {
                return p;
            }
        }
        return -1;
    }

    private static int[] failureTable(String needle) {
        int m = needle.length();
        int[] table = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                k = table[k - 1];
            }
            if (needle.charAt(i) == needle.charAt(k)) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }
}
