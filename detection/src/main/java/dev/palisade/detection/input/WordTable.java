package dev.palisade.detection.input;

/**
 * A fixed set of lower-case ASCII words with an int attribute each, looked up by a range of a string
 * without creating a substring: the lexers call it once per word of request data, so it must not
 * allocate. Open addressing with linear probing; immutable after construction.
 */
final class WordTable {
    private final String[] keys;
    /** Hash of each key, compared before the key itself is read: a probe that misses touches no String. */
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int maxLength;
    /**
     * For each ASCII first char, bit {@code min(length, 63)} of every key that starts with it: most words
     * of request data are rejected by this one load, without hashing them.
     */
    private final long[] lengthsByFirst = new long[128];
    /** The same by last char. */
    private final long[] lengthsByLast = new long[128];

    /** Builds a table of {@code words}, all with the same {@code value}. */
    static WordTable of(int value, String... words) {
        int[] values = new int[words.length];
        java.util.Arrays.fill(values, value);
        return new WordTable(words, values);
    }

    WordTable(String[] words, int[] wordValues) {
        int size = Integer.highestOneBit(Math.max(4, words.length * 3)) << 1;
        keys = new String[size];
        hashes = new int[size];
        values = new int[size];
        mask = size - 1;
        int longest = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            longest = Math.max(longest, w.length());
            int h = hash(w, 0, w.length());
            int slot = h & mask;
            while (keys[slot] != null && !keys[slot].equals(w)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = w;
            hashes[slot] = h;
            values[slot] = wordValues[i];
            if (!w.isEmpty() && w.charAt(0) < 128) {
                lengthsByFirst[w.charAt(0)] |= 1L << Math.min(w.length(), 63);
            }
            if (!w.isEmpty() && w.charAt(w.length() - 1) < 128) {
                lengthsByLast[w.charAt(w.length() - 1)] |= 1L << Math.min(w.length(), 63);
            }
        }
        maxLength = longest;
    }

    /** The value of {@code text[from, to)}, or -1 when it is not in the table. */
    int get(CharSequence text, int from, int to) {
        int length = to - from;
        if (length <= 0 || length > maxLength) {
            return -1;
        }
        long lengthBit = 1L << Math.min(length, 63);
        char first = text.charAt(from);
        if (first < 128 && (lengthsByFirst[first] & lengthBit) == 0) {
            return -1;
        }
        char last = text.charAt(to - 1);
        if (last < 128 && (lengthsByLast[last] & lengthBit) == 0) {
            return -1;
        }
        int h = hash(text, from, to);
        int slot = h & mask;
        while (true) {
            String key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == h && key.length() == length && regionEquals(key, text, from)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Whether {@code text[from, to)} is in the table when its ASCII letters are read in lower case: for
     * raw request text that has not been through the normalizer. Same filters as {@link #get}, no
     * allocation.
     */
    boolean containsIgnoreCase(CharSequence text, int from, int to) {
        int length = to - from;
        if (length <= 0 || length > maxLength) {
            return false;
        }
        long lengthBit = 1L << Math.min(length, 63);
        char first = lower(text.charAt(from));
        if (first < 128 && (lengthsByFirst[first] & lengthBit) == 0) {
            return false;
        }
        char last = lower(text.charAt(to - 1));
        if (last < 128 && (lengthsByLast[last] & lengthBit) == 0) {
            return false;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        h ^= h >>> 16;
        int slot = h & mask;
        while (true) {
            String key = keys[slot];
            if (key == null) {
                return false;
            }
            if (hashes[slot] == h && key.length() == length && regionEqualsIgnoreCase(key, text, from)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    boolean contains(CharSequence text, int from, int to) {
        return get(text, from, to) >= 0;
    }

    boolean contains(String word) {
        return get(word, 0, word.length()) >= 0;
    }

    private static boolean regionEquals(String key, CharSequence text, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionEqualsIgnoreCase(String key, CharSequence text, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
