package dev.palisade.policy.match;

import java.util.Map;

/**
 * An immutable open-addressing hash map from literal segment to trie node, looked up by a region
 * of the request path. Why not {@code HashMap<String, ...>}: that would need a substring per path
 * segment per request; this hashes and compares the characters in place.
 */
final class SegmentMap {

    private static final SegmentMap EMPTY = new SegmentMap(new String[1], new TrieNode[1]);

    private final String[] keys;
    private final TrieNode[] values;
    private final int mask;

    private SegmentMap(String[] keys, TrieNode[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /** A frozen copy of {@code entries}. */
    static SegmentMap of(Map<String, TrieNode> entries) {
        if (entries.isEmpty()) {
            return EMPTY;
        }
        // Load factor at most 1/2 keeps probe sequences short.
        int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
        String[] keys = new String[capacity];
        TrieNode[] values = new TrieNode[capacity];
        for (Map.Entry<String, TrieNode> entry : entries.entrySet()) {
            String key = entry.getKey();
            int slot = spread(key.hashCode()) & (capacity - 1);
            while (keys[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            values[slot] = entry.getValue();
        }
        return new SegmentMap(keys, values);
    }

    /** The node for {@code path.substring(start, end)}, or {@code null}, without allocating. */
    TrieNode get(String path, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + path.charAt(i);
        }
        int length = end - start;
        int slot = spread(hash) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key.length() == length && key.regionMatches(0, path, start, length)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
