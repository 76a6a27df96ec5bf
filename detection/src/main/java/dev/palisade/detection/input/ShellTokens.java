package dev.palisade.detection.input;

import java.util.Arrays;

/**
 * The token stream of {@link ShellLexer}: words (with quotes, escapes and expansions already removed,
 * as the shell would see them) and operators. Parallel arrays; word text lives in one shared buffer.
 */
final class ShellTokens {
    static final char WORD = 'w';
    /** {@code ;}, newline, or a literal {@code \n} between words. */
    static final char SEPARATOR = ';';
    static final char PIPE = '|';
    static final char OR = 'o';
    static final char AND = 'a';
    static final char BACKGROUND = '&';
    static final char OPEN_PAREN = '(';
    static final char CLOSE_PAREN = ')';
    static final char OPEN_BRACE = '{';
    static final char CLOSE_BRACE = '}';
    static final char BACKTICK = '`';
    /** {@code $(} */
    static final char SUBSTITUTION = '$';
    /** {@code <(} or {@code >(} */
    static final char PROCESS_SUBSTITUTION = 'p';
    static final char REDIRECT_IN = '<';
    static final char REDIRECT_OUT = '>';

    /** Word flag: some part was quoted. */
    static final int QUOTED = 1;
    /** Word flag: a backslash or caret escape was removed. */
    static final int ESCAPED = 2;
    /** Word flag: an expansion inside the word was dropped ({@code c$@at}, {@code ca$u}). */
    static final int EXPANSION = 4;
    /** Word flag: the word starts with a variable expansion whose value is unknown ({@code $a}). */
    static final int VARIABLE = 8;
    /** Word flag: holds an unquoted glob ({@code * ? [}). */
    static final int GLOB = 16;
    /** Word flag: produced by brace expansion ({@code {cat,/etc/passwd}}). */
    static final int BRACE = 32;
    /** Word flag: quoted and unquoted parts glued together ({@code c'a't}, {@code ""p""y}): obfuscation. */
    static final int MIXED_QUOTES = 64;

    char[] kind = new char[16];
    int[] start = new int[16];
    int[] end = new int[16];
    int[] wordStart = new int[16];
    int[] wordEnd = new int[16];
    int[] flags = new int[16];
    int count;
    final ShellWords words;
    /** The text the tokens index. */
    String source;

    /** Empty tokens for a value of {@code length} chars: its words never hold more chars than it. */
    ShellTokens(int length) {
        words = new ShellWords(length);
    }

    /** Capacity past which {@link #clear()} refuses to recycle the arrays. */
    private static final int RECYCLE_CAPACITY = 64;

    /**
     * Empties these tokens for reuse, leaving them as new ones would be (arrays zeroed where used), or
     * returns false when they grew too large to keep.
     */
    boolean clear() {
        if (kind.length > RECYCLE_CAPACITY || !words.clear()) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            kind[i] = 0;
            start[i] = 0;
            end[i] = 0;
            wordStart[i] = 0;
            wordEnd[i] = 0;
            flags[i] = 0;
        }
        count = 0;
        source = null;
        return true;
    }

    void add(char k, int from, int to, int wFrom, int wTo, int f) {
        if (count == kind.length) {
            int size = count * 2;
            kind = Arrays.copyOf(kind, size);
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            wordStart = Arrays.copyOf(wordStart, size);
            wordEnd = Arrays.copyOf(wordEnd, size);
            flags = Arrays.copyOf(flags, size);
        }
        kind[count] = k;
        start[count] = from;
        end[count] = to;
        wordStart[count] = wFrom;
        wordEnd[count] = wTo;
        flags[count] = f;
        count++;
    }

    void operator(char k, int from, int to) {
        add(k, from, to, words.length(), words.length(), 0);
    }

    char kindAt(int i) {
        return i >= 0 && i < count ? kind[i] : 0;
    }

    boolean isWord(int i) {
        return kindAt(i) == WORD;
    }

    int wordLength(int i) {
        return wordEnd[i] - wordStart[i];
    }

    char wordChar(int i, int k) {
        return words.charAt(wordStart[i] + k);
    }

    /** Whether word {@code i} is exactly {@code text}. */
    boolean wordIs(int i, String text) {
        if (!isWord(i) || wordLength(i) != text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (words.charAt(wordStart[i] + k) != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    boolean wordStartsWith(int i, String prefix) {
        if (!isWord(i) || wordLength(i) < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (words.charAt(wordStart[i] + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    boolean wordContains(int i, String part) {
        if (!isWord(i)) {
            return false;
        }
        int last = wordEnd[i] - part.length();
        for (int at = wordStart[i]; at <= last; at++) {
            int k = 0;
            while (k < part.length() && words.charAt(at + k) == part.charAt(k)) {
                k++;
            }
            if (k == part.length()) {
                return true;
            }
        }
        return false;
    }

    /** Fingerprint of kinds, for tests and debugging. */
    String fingerprint() {
        return new String(kind, 0, count);
    }
}
