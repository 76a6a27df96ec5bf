package dev.palisade.policy.validate;

import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.Policy;
import dev.palisade.policy.json.JsonValue;
import dev.palisade.policy.match.HttpMethods;
import dev.palisade.policy.match.ResolvedRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that look at the rules together: duplicates (an error: the later rule could never apply),
 * broad public rules over protected ones, and rules that more specific rules shadow completely
 * (both warnings: legal, but rarely what the author meant).
 */
final class RuleSetChecks {

    private static final int MAX_LISTED = 3;

    private final List<EndpointRule> rules;
    private final List<JsonValue> pathValues;
    private final Diagnostics diagnostics;

    /** @param pathValues the {@code path} value of each rule, for locations */
    RuleSetChecks(List<EndpointRule> rules, List<JsonValue> pathValues, Diagnostics diagnostics) {
        this.rules = rules;
        this.pathValues = pathValues;
        this.diagnostics = diagnostics;
    }

    /** Rules with the same pattern shape and at least one method in common. */
    void reportDuplicates() {
        Map<String, List<Integer>> byShape = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            EndpointRule rule = rules.get(i);
            List<Integer> sameShape = byShape.computeIfAbsent(rule.pattern().shape(), key -> new ArrayList<>());
            for (int earlier : sameShape) {
                Set<String> overlap = overlap(rules.get(earlier), rule);
                if (overlap == null || !overlap.isEmpty()) {
                    reportDuplicate(rules.get(earlier), i, overlap);
                    break;
                }
            }
            sameShape.add(i);
        }
    }

    private void reportDuplicate(EndpointRule earlier, int position, Set<String> overlap) {
        EndpointRule rule = rules.get(position);
        String methods = overlap == null ? "every method" : String.join(", ", overlap);
        String them = overlap == null || overlap.size() > 1 ? "them" : "it";
        diagnostics.error(pathValues.get(position), rulePath(rule),
                "duplicate of endpoints[" + earlier.index() + "] " + quoted(earlier) + ": same path and both apply to "
                        + methods + ", so this rule would never apply to " + them,
                "merge the two rules, or give them methods that do not overlap");
    }

    /** The methods both rules apply to; {@code null} when both apply to every method. */
    private static Set<String> overlap(EndpointRule a, EndpointRule b) {
        if (a.methods() == null && b.methods() == null) {
            return null;
        }
        Set<String> result = new LinkedHashSet<>(a.methods() == null ? b.methods() : a.methods());
        if (a.methods() != null && b.methods() != null) {
            result.retainAll(b.methods());
        }
        return result;
    }

    /** A public rule whose pattern covers a protected rule's, e.g. public /api/** over protected /api/admin/**. */
    void reportRiskyPublicRules(Policy policy) {
        for (EndpointRule open : rules) {
            if (policy.matcher().resolved(open.index()).requiresAuthentication()) {
                continue;
            }
            List<EndpointRule> covered = new ArrayList<>();
            for (EndpointRule guarded : rules) {
                if (policy.matcher().resolved(guarded.index()).requiresAuthentication()
                        && open.pattern().covers(guarded.pattern())
                        && !open.pattern().shape().equals(guarded.pattern().shape())
                        && (overlap(open, guarded) == null || !overlap(open, guarded).isEmpty())) {
                    covered.add(guarded);
                }
            }
            if (!covered.isEmpty()) {
                diagnostics.warning(pathValues.get(open.index()), rulePath(open),
                        "public rule " + quoted(open) + " also matches every path of protected "
                                + list(covered) + (covered.size() == 1
                                        ? "; the protected rule wins where its pattern matches, but a request that "
                                                + "slips past that pattern"
                                        : "; the protected rules win where their patterns match, but a request that "
                                                + "slips past those patterns")
                                + " (another spelling, a sub-path nobody listed) falls to this public rule",
                        "make public rules as narrow as the public paths, e.g. list them one by one");
            }
        }
    }

    /** A rule for which every request it matches goes to a more specific rule. */
    void reportShadowedRules(Policy policy) {
        int longest = 0;
        for (EndpointRule rule : rules) {
            longest = Math.max(longest, rule.pattern().segments().size());
        }
        for (EndpointRule rule : rules) {
            ShadowWitness witness = ShadowWitness.find(rule, policy.matcher(), longest);
            if (witness.shadowed()) {
                ResolvedRule winner = witness.example();
                diagnostics.warning(pathValues.get(rule.index()), rulePath(rule),
                        "rule " + quoted(rule) + " never applies: more specific rules take every request it "
                                + "matches (e.g. " + witness.exampleRequest() + " goes to "
                                + (winner.isDefault() ? "the defaults" : "endpoints[" + winner.rule().index() + "] "
                                        + quoted(winner.rule())) + ")",
                        "remove it, or change its pattern or methods so that it applies somewhere");
            }
        }
    }

    private static String rulePath(EndpointRule rule) {
        return JsonPaths.child(JsonPaths.element("endpoints", rule.index()), "path");
    }

    private static String quoted(EndpointRule rule) {
        return "\"" + rule.pattern().text() + "\"";
    }

    private static String list(List<EndpointRule> covered) {
        StringBuilder text = new StringBuilder(covered.size() == 1 ? "rule " : "rules ");
        for (int i = 0; i < Math.min(covered.size(), MAX_LISTED); i++) {
            text.append(i == 0 ? "" : ", ").append("endpoints[").append(covered.get(i).index()).append("] ")
                    .append(quoted(covered.get(i)));
        }
        if (covered.size() > MAX_LISTED) {
            text.append(" and ").append(covered.size() - MAX_LISTED).append(" more");
        }
        return text.toString();
    }

    /** The methods a rule is checked against for shadowing. */
    static List<String> methodsOf(EndpointRule rule) {
        if (rule.methods() != null) {
            return new ArrayList<>(rule.methods());
        }
        List<String> methods = new ArrayList<>(HttpMethods.STANDARD);
        methods.add(ShadowWitness.OTHER_METHOD);
        return methods;
    }
}
