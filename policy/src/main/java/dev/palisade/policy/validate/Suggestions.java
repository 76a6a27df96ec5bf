package dev.palisade.policy.validate;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the allowed word a typo was probably meant to be ({@code "authentification"} →
 * {@code "authentication"}), by edit distance with adjacent transpositions, ignoring case.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code input}, or {@code null} when none is close enough to be a
     * plausible typo: at most a third of the candidate's length and at most 3 edits, or the one
     * word extending the other ({@code "blocked"} for {@code "block"}).
     */
    public static String closest(String input, Collection<String> candidates) {
        String lowerInput = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String lowerCandidate = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(lowerInput, lowerCandidate);
            int limit = Math.max(1, Math.min(3, candidate.length() / 3));
            boolean extension = candidate.length() >= 3 && distance <= 3
                    && (lowerInput.startsWith(lowerCandidate) || lowerCandidate.startsWith(lowerInput));
            if ((distance <= limit || extension) && distance < bestDistance && !candidate.equals(input)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** {@code did you mean "x"?} for the closest candidate, or {@code null}. */
    public static String didYouMean(String input, Collection<String> candidates) {
        String closest = closest(input, candidates);
        return closest == null ? null : "did you mean \"" + closest + "\"?";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
