package dev.palisade.detection.input;

import java.util.Arrays;

/**
 * The shared text of {@link ShellTokens}' words: an append-only char buffer. The shell lexer appends
 * every word char by char; a plain array keeps that a store instead of {@link StringBuilder}'s
 * per-char coder checks, which were the largest single cost of inspecting benign values (issue 8).
 */
final class ShellWords implements CharSequence {
    private char[] chars;
    private int length;

    ShellWords(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    /** Empties the buffer for reuse; false when it grew too large to keep. */
    boolean clear() {
        length = 0;
        return chars.length <= 1024;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    /** Appends {@code s[from, to)}. */
    void append(String s, int from, int to) {
        int needed = length + to - from;
        if (needed > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(needed, length * 2));
        }
        s.getChars(from, to, chars, length);
        length = needed;
    }

    /** Whether {@code c} occurs at or after {@code from}. */
    boolean contains(char c, int from) {
        for (int k = Math.max(0, from); k < length; k++) {
            if (chars[k] == c) {
                return true;
            }
        }
        return false;
    }

    String substring(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new StringIndexOutOfBoundsException("[" + from + ", " + to + ") of " + length);
        }
        return new String(chars, from, to - from);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
