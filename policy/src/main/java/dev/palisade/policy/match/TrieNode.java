package dev.palisade.policy.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of the pattern trie. Built mutable by {@link RuleMatcher}, then frozen; after
 * {@link #freeze()} it is only read, from any number of threads.
 */
final class TrieNode {

    private final Map<String, TrieNode> literalChildren = new LinkedHashMap<>();
    private final List<ResolvedRule> exactBuilder = new ArrayList<>();
    private final List<ResolvedRule> restBuilder = new ArrayList<>();

    SegmentMap literals;
    TrieNode wildcard;
    /** Rules whose pattern ends at this node, in policy order, and their method masks. */
    ResolvedRule[] exact;
    int[] exactMasks;
    /** Rules whose pattern ends with {@code **} at this node, in policy order. */
    ResolvedRule[] rest;
    int[] restMasks;

    TrieNode literalChild(String text) {
        return literalChildren.computeIfAbsent(text, key -> new TrieNode());
    }

    TrieNode wildcardChild() {
        if (wildcard == null) {
            wildcard = new TrieNode();
        }
        return wildcard;
    }

    void addExact(ResolvedRule rule) {
        exactBuilder.add(rule);
    }

    void addRest(ResolvedRule rule) {
        restBuilder.add(rule);
    }

    void freeze() {
        for (TrieNode child : literalChildren.values()) {
            child.freeze();
        }
        if (wildcard != null) {
            wildcard.freeze();
        }
        literals = SegmentMap.of(literalChildren);
        exact = exactBuilder.toArray(new ResolvedRule[0]);
        exactMasks = masks(exact);
        rest = restBuilder.toArray(new ResolvedRule[0]);
        restMasks = masks(rest);
    }

    private static int[] masks(ResolvedRule[] rules) {
        int[] masks = new int[rules.length];
        for (int i = 0; i < rules.length; i++) {
            masks[i] = HttpMethods.mask(rules[i].rule().methods());
        }
        return masks;
    }

    /** The first rule (policy order) whose mask has {@code methodBit}, or {@code null}. */
    static ResolvedRule first(ResolvedRule[] rules, int[] masks, int methodBit) {
        for (int i = 0; i < rules.length; i++) {
            if ((masks[i] & methodBit) != 0) {
                return rules[i];
            }
        }
        return null;
    }
}
