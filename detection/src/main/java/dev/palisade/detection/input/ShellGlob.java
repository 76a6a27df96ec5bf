package dev.palisade.detection.input;

/**
 * Matches a shell glob ({@code ?}, {@code *}, {@code [abc]}, {@code [a-z]}, {@code [!x]}) against a
 * short path, so that {@code /???/??t} and {@code /et*}{@code /pa??wd} are recognized as the paths they
 * expand to. Dynamic programming over pattern and text, both at most {@link #MAX_LENGTH} chars, so each
 * match costs a bounded amount.
 */
final class ShellGlob {
    private ShellGlob() {
    }

    static final int MAX_LENGTH = 48;

    /** The first of {@code targets} that {@code pattern[from, to)} matches, or null. */
    static String firstMatch(CharSequence pattern, int from, int to, String[] targets) {
        if (to - from > MAX_LENGTH) {
            return null;
        }
        for (String target : targets) {
            if (matches(pattern, from, to, target)) {
                return target;
            }
        }
        return null;
    }

    static boolean matches(CharSequence p, int from, int to, String text) {
        int pl = to - from;
        int tl = text.length();
        boolean[] prev = new boolean[tl + 1];
        boolean[] cur = new boolean[tl + 1];
        prev[0] = true;
        int pi = from;
        while (pi < to) {
            char c = p.charAt(pi);
            int classEnd = c == '[' ? classEnd(p, pi, to) : -1;
            cur[0] = c == '*' && prev[0];
            for (int k = 1; k <= tl; k++) {
                char x = text.charAt(k - 1);
                if (c == '*') {
                    cur[k] = prev[k] || cur[k - 1] && x != '/';
                } else if (c == '?') {
                    cur[k] = prev[k - 1] && x != '/';
                } else if (classEnd > 0) {
                    cur[k] = prev[k - 1] && inClass(p, pi + 1, classEnd, x);
                } else {
                    cur[k] = prev[k - 1] && x == c;
                }
            }
            boolean[] swap = prev;
            prev = cur;
            cur = swap;
            pi = classEnd > 0 ? classEnd + 1 : pi + 1;
        }
        return pl > 0 && prev[tl];
    }

    private static int classEnd(CharSequence p, int open, int to) {
        for (int i = open + 2; i < to; i++) {
            if (p.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static boolean inClass(CharSequence p, int from, int to, char x) {
        boolean negate = from < to && (p.charAt(from) == '!' || p.charAt(from) == '^');
        int i = negate ? from + 1 : from;
        boolean found = false;
        for (; i < to; i++) {
            char c = p.charAt(i);
            if (i + 2 < to && p.charAt(i + 1) == '-') {
                if (x >= c && x <= p.charAt(i + 2)) {
                    found = true;
                }
                i += 2;
            } else if (c == x) {
                found = true;
            }
        }
        return found != negate;
    }
}
