package dev.palisade.detection.input;

/**
 * The shell variables one value assigns ({@code a=who;b=ami;}), so that {@link CommandInjectionRules}
 * can tell a command name assembled from them ({@code $a$b}, {@code c${v}t}): the value wrote both the
 * variable and its use, which only a command line does. Names are kept as ranges of the tokens' word
 * buffer; created on the first assignment, so values without one allocate nothing.
 */
final class ShellAssignments {
    /** Most names remembered: a command built from variables needs only a few. */
    private static final int MAX_NAMES = 8;

    private final int[] names = new int[2 * MAX_NAMES];
    private int count;

    private ShellAssignments() {
    }

    /**
     * Records the names word {@code i} assigns: {@code a=1}, {@code ^a=1}, and both names of
     * {@code cmd=a=1} (a query-string pair whose value is itself an assignment).
     *
     * @return {@code known}, or new assignments when {@code known} was null and the word assigns
     */
    static ShellAssignments record(ShellAssignments known, ShellTokens t, int i) {
        ShellAssignments a = known;
        int from = t.wordStart[i];
        int to = t.wordEnd[i];
        int nameStart = from;
        for (int k = from; k < to; k++) {
            char c = t.words.charAt(k);
            if (c == '=') {
                if (k > nameStart) {
                    a = a == null ? new ShellAssignments() : a;
                    a.add(nameStart, k);
                }
                nameStart = k + 1;
            } else if (!isNameChar(c)) {
                if (k == nameStart && (c == '^' || c == '+')) {
                    nameStart = k + 1; // ^a=1, +a=1: a cmd.exe escape or a form-encoded space before the name
                    continue;
                }
                break;
            }
        }
        return a;
    }

    private void add(int from, int to) {
        if (count < MAX_NAMES) {
            names[2 * count] = from;
            names[2 * count + 1] = to;
            count++;
        }
    }

    /**
     * Whether word {@code i}, not itself an assignment, expands one of the recorded names
     * ({@code $cmd}, {@code cu$v}, {@code ${a}}), read from the source text since the lexer dropped it.
     */
    boolean usedBy(ShellTokens t, int i) {
        if (isAssignment(t, i)) {
            return false;
        }
        String s = t.source;
        int end = t.end[i];
        for (int k = t.start[i]; k < end - 1; k++) {
            if (s.charAt(k) != '$') {
                continue;
            }
            int nameStart = s.charAt(k + 1) == '{' ? k + 2 : k + 1;
            int nameEnd = nameStart;
            while (nameEnd < end && isNameChar(s.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd > nameStart && isRecorded(t.words, s, nameStart, nameEnd)) {
                return true;
            }
        }
        return false;
    }

    private boolean isRecorded(CharSequence words, String s, int nameStart, int nameEnd) {
        for (int a = 0; a < count; a++) {
            int from = names[2 * a];
            int len = names[2 * a + 1] - from;
            if (len != nameEnd - nameStart) {
                continue;
            }
            int k = 0;
            while (k < len && words.charAt(from + k) == s.charAt(nameStart + k)) {
                k++;
            }
            if (k == len) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code i} starts with {@code name=}. */
    private static boolean isAssignment(ShellTokens t, int i) {
        int len = t.wordLength(i);
        for (int k = 0; k < len; k++) {
            char c = t.wordChar(i, k);
            if (c == '=') {
                return k > 0;
            }
            if (!(isNameChar(c) || c == '^' || c == '+')) {
                return false;
            }
        }
        return false;
    }

    /** A shell variable name char; ASCII only, as the shell's own names are. */
    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
