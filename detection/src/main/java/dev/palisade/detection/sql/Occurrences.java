package dev.palisade.detection.sql;

/**
 * Finds every occurrence of an input in the SQL text, overlapping ones included, in time linear in
 * the SQL's length.
 *
 * <p>Inputs of up to {@value #SHORT} characters use {@link String#indexOf(String, int)} (a JDK
 * intrinsic, allocation-free; its worst case is bounded by {@value #SHORT} comparisons per position).
 * Longer inputs first look, without allocating, for a position where their first {@value #SHORT}
 * characters match; only if one exists do they build a Knuth-Morris-Pratt table and scan on from
 * there, so a hostile 1 MiB input against a 1 MiB query stays linear.
 */
final class Occurrences {
    static final int SHORT = 64;

    private final String sql;
    private final String needle;
    /** Next position to search from (short needles) or to scan (long needles); -1 when exhausted. */
    private int position;
    private int[] failure;
    private int matched;

    /** Searches {@code sql} for {@code needle} (non-empty). */
    Occurrences(String sql, String needle) {
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
        return prefixCandidate(sql, needle, 0) >= 0;
    }

    /** The start of the next occurrence, or -1 when there are no more. */
    int next() {
        if (position < 0) {
            return -1;
        }
        int found = needle.length() <= SHORT ? nextShort() : nextLong();
        if (found < 0) {
            position = -1;
        }
        return found;
    }

    private int nextShort() {
        int found = sql.indexOf(needle, position);
        position = found + 1;
        return found;
    }

    private int nextLong() {
        if (failure == null) {
            int candidate = prefixCandidate(sql, needle, 0);
            if (candidate < 0) {
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
        return -1;
    }

    /** First position at or after {@code from} where the first {@value #SHORT} characters of {@code needle} match. */
    private static int prefixCandidate(String sql, String needle, int from) {
        int last = sql.length() - needle.length();
        char first = needle.charAt(0);
        for (int p = sql.indexOf(first, from); p >= 0 && p <= last; p = sql.indexOf(first, p + 1)) {
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
