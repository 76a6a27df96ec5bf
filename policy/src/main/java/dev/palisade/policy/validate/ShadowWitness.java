package dev.palisade.policy.validate;

import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.PatternSegment;
import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.policy.match.RuleMatcher;

/**
 * Decides whether a rule can ever apply, by asking the real matcher about a few representative
 * requests.
 *
 * <p>Why a few requests are enough: fill every {@code {name}}/{@code *} segment with a value that
 * no rule names literally, and extend {@code **} by 0 to (longest pattern + 1) such segments, for
 * each method the rule allows. Replacing a fresh value by a literal can only let more rules
 * compete (wildcards match it too, and precedence depends on patterns, not values), and paths
 * longer than every pattern are matched by the same rules. So if the rule wins none of these
 * requests, it wins no request at all.
 */
final class ShadowWitness {

    /** A request method that is not one of the nine standard ones. */
    static final String OTHER_METHOD = "X-PALISADE-OTHER";
    /** A segment value that no pattern can name (NUL is not allowed in patterns). */
    private static final String FRESH = "\u0000";

    private final boolean shadowed;
    private final String exampleMethod;
    private final String examplePath;
    private final ResolvedRule example;

    private ShadowWitness(boolean shadowed, String exampleMethod, String examplePath, ResolvedRule example) {
        this.shadowed = shadowed;
        this.exampleMethod = exampleMethod;
        this.examplePath = examplePath;
        this.example = example;
    }

    static ShadowWitness find(EndpointRule rule, RuleMatcher matcher, int longestPattern) {
        int fixed = rule.pattern().fixedLength();
        int maxExtra = rule.pattern().endsWithRest() ? Math.max(0, longestPattern + 1 - fixed) : 0;
        String firstMethod = null;
        String firstPath = null;
        ResolvedRule firstWinner = null;
        for (String method : RuleSetChecks.methodsOf(rule)) {
            for (int extra = 0; extra <= maxExtra; extra++) {
                String path = path(rule, extra);
                ResolvedRule winner = matcher.resolve(method, path);
                if (winner.rule() == rule) {
                    return new ShadowWitness(false, null, null, null);
                }
                if (firstWinner == null) {
                    firstMethod = method;
                    firstPath = path;
                    firstWinner = winner;
                }
            }
        }
        return new ShadowWitness(true, firstMethod, firstPath, firstWinner);
    }

    private static String path(EndpointRule rule, int extra) {
        StringBuilder path = new StringBuilder();
        for (PatternSegment segment : rule.pattern().segments()) {
            if (segment.kind() == PatternSegment.Kind.LITERAL) {
                path.append('/').append(segment.text());
            } else if (segment.isSingleWildcard()) {
                path.append('/').append(FRESH);
            }
        }
        for (int i = 0; i < extra; i++) {
            path.append('/').append(FRESH);
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    boolean shadowed() {
        return shadowed;
    }

    /** The rule that took the example request. */
    ResolvedRule example() {
        return example;
    }

    /** The example request for humans: fresh segments shown as {@code x}. */
    String exampleRequest() {
        String method = OTHER_METHOD.equals(exampleMethod) ? "a non-standard method" : exampleMethod;
        return method + " " + examplePath.replace(FRESH, "x");
    }
}
