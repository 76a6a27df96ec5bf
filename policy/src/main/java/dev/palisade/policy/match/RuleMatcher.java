package dev.palisade.policy.match;

import dev.palisade.policy.AuthScheme;
import dev.palisade.policy.Defaults;
import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.InjectionSettings;
import dev.palisade.policy.Mode;
import dev.palisade.policy.PatternSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the endpoint rule for a request. Built once per policy; thread-safe; resolving allocates
 * nothing.
 *
 * <p>Why a trie: a list scan grows with the number of rules, and services with a thousand routes
 * exist. The trie has one level per path segment (literal children hashed, one shared child for
 * {@code {name}}/{@code *}, rules ending in {@code **} kept at the node where {@code **} starts).
 * The search tries children in precedence order - literal, then wildcard, then {@code **} - and the
 * first rule it finds whose methods allow the request is the winner (see {@link Precedence}).
 * Backtracking only happens when a more specific branch has no applicable rule; each trie node is
 * visited at most once per request, and the depth is bounded by the longest pattern.
 *
 * <p>Matching is case-sensitive and ignores empty segments ({@code //}, a trailing {@code /}).
 */
public final class RuleMatcher {

    private final List<EndpointRule> rules;
    private final List<ResolvedRule> resolvedByIndex;
    private final ResolvedRule defaults;
    private final TrieNode root = new TrieNode();

    /**
     * @param rules the endpoint rules, in policy order ({@code rules.get(i).index() == i})
     * @param schemes every scheme the rules and defaults name
     */
    public RuleMatcher(List<EndpointRule> rules, Defaults defaults, Map<String, AuthScheme> schemes, Mode mode,
            boolean allowCorsPreflight) {
        this.rules = List.copyOf(rules);
        InjectionSettings defaultInjection = defaults.injection().applyTo(InjectionSettings.BUILT_IN);
        List<AuthScheme> defaultSchemes = schemes(defaults.authentication(), schemes);
        this.defaults = new ResolvedRule(null, defaultSchemes,
                defaults.authentication() == null ? ResolvedRule.AuthenticationSource.NONE
                        : ResolvedRule.AuthenticationSource.DEFAULTS,
                defaultInjection, mode, allowCorsPreflight);
        List<ResolvedRule> resolved = new ArrayList<>(rules.size());
        for (EndpointRule rule : this.rules) {
            ResolvedRule resolvedRule = rule.authentication() == null
                    ? new ResolvedRule(rule, defaultSchemes, this.defaults.authenticationSource(),
                            rule.injection().applyTo(defaultInjection), mode, allowCorsPreflight)
                    : new ResolvedRule(rule, schemes(rule.authentication(), schemes),
                            ResolvedRule.AuthenticationSource.RULE, rule.injection().applyTo(defaultInjection), mode,
                            allowCorsPreflight);
            resolved.add(resolvedRule);
            insert(resolvedRule);
        }
        this.resolvedByIndex = List.copyOf(resolved);
        root.freeze();
    }

    private static List<AuthScheme> schemes(List<String> names, Map<String, AuthScheme> schemes) {
        List<AuthScheme> result = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                AuthScheme scheme = schemes.get(name);
                if (scheme == null) {
                    throw new IllegalArgumentException("no authentication scheme named \"" + name + "\"");
                }
                result.add(scheme);
            }
        }
        return result;
    }

    private void insert(ResolvedRule resolved) {
        TrieNode node = root;
        for (PatternSegment segment : resolved.rule().pattern().segments()) {
            switch (segment.kind()) {
                case LITERAL:
                    node = node.literalChild(segment.text());
                    break;
                case PARAMETER:
                case WILDCARD:
                    node = node.wildcardChild();
                    break;
                default:
                    node.addRest(resolved);
                    return;
            }
        }
        node.addExact(resolved);
    }

    /**
     * The rule for a request, or {@link #defaults()} when none applies.
     *
     * @param method the HTTP method, case-sensitive ({@code GET})
     * @param normalizedPath the request path after normalization, context path included
     */
    public ResolvedRule resolve(String method, String normalizedPath) {
        ResolvedRule found = search(root, normalizedPath, 0, HttpMethods.bit(method));
        return found != null ? found : defaults;
    }

    private static ResolvedRule search(TrieNode node, String path, int position, int methodBit) {
        int length = path.length();
        int start = position;
        while (start < length && path.charAt(start) == '/') {
            start++;
        }
        if (start >= length) {
            // Path exhausted: "**" matching zero segments outranks a pattern that ends here.
            ResolvedRule rest = TrieNode.first(node.rest, node.restMasks, methodBit);
            return rest != null ? rest : TrieNode.first(node.exact, node.exactMasks, methodBit);
        }
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = length;
        }
        TrieNode literal = node.literals.get(path, start, end);
        if (literal != null) {
            ResolvedRule found = search(literal, path, end, methodBit);
            if (found != null) {
                return found;
            }
        }
        if (node.wildcard != null) {
            ResolvedRule found = search(node.wildcard, path, end, methodBit);
            if (found != null) {
                return found;
            }
        }
        return TrieNode.first(node.rest, node.restMasks, methodBit);
    }

    /** What requests no rule covers get. */
    public ResolvedRule defaults() {
        return defaults;
    }

    /** The resolved form of {@code rules().get(index)}. */
    public ResolvedRule resolved(int index) {
        return resolvedByIndex.get(index);
    }

    /** Every rule, in policy order. */
    public List<EndpointRule> rules() {
        return rules;
    }

    /**
     * Every rule whose pattern matches {@code path}, whatever its methods, best first. A linear scan
     * for {@code explain} and tests, not for request handling.
     */
    public List<EndpointRule> rulesMatchingPath(String path) {
        List<EndpointRule> matching = new ArrayList<>();
        for (EndpointRule rule : rules) {
            if (rule.pattern().matches(path)) {
                matching.add(rule);
            }
        }
        matching.sort(Precedence.ORDER);
        return matching;
    }
}
