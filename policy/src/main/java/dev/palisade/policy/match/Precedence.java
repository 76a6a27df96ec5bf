package dev.palisade.policy.match;

import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.PathPattern;
import dev.palisade.policy.PatternSegment;
import java.util.Comparator;
import java.util.List;

/**
 * The precedence order between rules that match the same request, written out for tools and tests
 * (the trie in {@link RuleMatcher} searches in this same order without comparing).
 *
 * <p>Patterns are compared segment by segment from the left, ranking a literal above {@code {name}}
 * and {@code *}, which rank above {@code **}, which ranks above "the pattern has ended". The last
 * rank is what makes a longer pattern beat its own prefix: for the path {@code /files},
 * {@code /files/**} beats {@code /files}. On a full tie the rule written first wins.
 */
public final class Precedence {

    /** Orders rules from the one that wins to the one that loses. */
    public static final Comparator<EndpointRule> ORDER = Precedence::compare;

    private static final int ENDED = 0;

    private Precedence() {
    }

    /** Negative when {@code a} wins over {@code b} for a request both match. */
    public static int compare(EndpointRule a, EndpointRule b) {
        int position = firstDifference(a.pattern(), b.pattern());
        if (position >= 0) {
            return Integer.compare(rank(b.pattern(), position), rank(a.pattern(), position));
        }
        return Integer.compare(a.index(), b.index());
    }

    /**
     * Why {@code winner} beats {@code loser}, for {@code explain}, e.g.
     * {@code segment 2: literal "admin" is more specific than "**"}.
     */
    public static String reason(EndpointRule winner, EndpointRule loser) {
        int position = firstDifference(winner.pattern(), loser.pattern());
        if (position < 0) {
            return "equally specific; endpoints[" + winner.index() + "] is written first";
        }
        String mine = describe(winner.pattern(), position);
        if (rank(loser.pattern(), position) == ENDED) {
            return "segment " + (position + 1) + ": " + mine + " (matching zero segments) beats the end of the "
                    + "shorter pattern: a longer pattern beats its own prefix";
        }
        return "segment " + (position + 1) + ": " + mine + " is more specific than "
                + describe(loser.pattern(), position);
    }

    /** The first segment position where the two patterns rank differently, or -1. */
    private static int firstDifference(PathPattern a, PathPattern b) {
        int length = Math.max(a.segments().size(), b.segments().size());
        for (int i = 0; i < length; i++) {
            int rankA = rank(a, i);
            int rankB = rank(b, i);
            if (rankA != rankB) {
                return i;
            }
            if (rankA == 1) {
                // Both end in "**" here: nothing further to compare.
                return -1;
            }
        }
        return -1;
    }

    private static int rank(PathPattern pattern, int position) {
        List<PatternSegment> segments = pattern.segments();
        return position < segments.size() ? segments.get(position).rank() : ENDED;
    }

    private static String describe(PathPattern pattern, int position) {
        PatternSegment segment = pattern.segments().get(position);
        switch (segment.kind()) {
            case LITERAL:
                return "literal \"" + segment.text() + "\"";
            case REST:
                return "\"**\"";
            default:
                return "\"" + segment + "\"";
        }
    }
}
