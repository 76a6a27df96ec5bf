package dev.palisade.detection.input;

/**
 * Command lines recognized by the grammar of one tool rather than of the shell: a value that is
 * wholly one administration command line ({@code ansible-vault decrypt x}, {@code pip install x}),
 * sqlite3 shell dot-commands ({@code .shell}, {@code .system}, {@code .dump}) and an editor's
 * {@code !command} shell escape ({@code vim x +!id}). Static judgments over {@link ShellTokens}.
 */
final class ShellToolForms {
    private ShellToolForms() {
    }

    /** Most argument words of a whole-value command line. */
    private static final int MAX_WORDS = 6;

    /**
     * For the value's first word {@code i} (a command of class {@code cls} whose name ends at
     * {@code nameEnd}): when the whole value is one command line of an {@link ShellVocabulary#UNMISTAKABLE}
     * program with plain arguments, or a package manager told to install something, the number of
     * argument words; else -1. No sentence is written that way.
     */
    static int wholeValueCommandLine(ShellTokens t, int i, int nameEnd, int cls) {
        int words = plainArgumentsToEnd(t, i + 1);
        if (words < 0) {
            return -1;
        }
        if ((cls & ShellVocabulary.UNMISTAKABLE) != 0) {
            return words;
        }
        boolean install = words >= 2 && ShellVocabulary.isPackageManager(t.words, t.wordStart[i], nameEnd)
                && ShellVocabulary.isInstallVerb(t.words, t.wordStart[i + 1], t.wordEnd[i + 1]);
        return install ? words : -1;
    }

    /**
     * Number of words from {@code j} to the end of the value when all are plain arguments (names,
     * options, file names; no sentence punctuation) and only newlines follow them; else -1.
     */
    private static int plainArgumentsToEnd(ShellTokens t, int j) {
        int words = 0;
        boolean newline = false;
        for (int k = j; k < t.count; k++) {
            if (t.kind[k] == ShellTokens.SEPARATOR && isNewline(t, k)) {
                newline = true;
            } else if (t.kind[k] != ShellTokens.WORD || newline || words == MAX_WORDS || !isPlainArgument(t, k)) {
                return -1;
            } else {
                words++;
            }
        }
        return words;
    }

    private static boolean isNewline(ShellTokens t, int k) {
        char c = t.source.charAt(t.start[k]);
        return c == '\n' || c == '\r' || c == '\\';
    }

    /** English function words: a sentence has them, a command line's arguments hardly ever do. */
    private static final WordTable FUNCTION_WORDS = WordTable.of(1, "the", "a", "an", "for", "to", "of", "in",
        "on", "with", "and", "or", "how", "what", "why", "is", "are", "not", "vs", "my", "your", "this", "that");

    private static boolean isPlainArgument(ShellTokens t, int k) {
        int len = t.wordLength(k);
        if (len == 0 || FUNCTION_WORDS.contains(t.words, t.wordStart[k], t.wordEnd[k])) {
            return false;
        }
        for (int c = 0; c < len; c++) {
            char ch = t.wordChar(k, c);
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '.' || ch == '_' || ch == '/'
                    || ch == '=' || ch == ':' || ch == '@')) {
                return false;
            }
        }
        return true;
    }

    /**
     * sqlite3 shell dot-commands in command position after a separator (word {@code i}, text
     * {@code [from, to)} starting with '.'): {@code .shell} / {@code .system} (or an abbreviation such as
     * {@code .sh} before a command name) run their argument: HIGH; {@code .databases}, {@code .dump} ...
     * standing alone read the database: MEDIUM. Null otherwise.
     */
    static Confidence sqliteDotCommand(ShellTokens t, int i, int from, int to) {
        int nameFrom = from + 1;
        while (nameFrom < to && (t.words.charAt(nameFrom) == '"' || t.words.charAt(nameFrom) == '\'')) {
            nameFrom++;
        }
        if (nameFrom >= to || !ShellArguments.isLetters(t.words, nameFrom, to)) {
            return null;
        }
        boolean runsShell = isAbbreviation(t.words, nameFrom, to, "shell") || isAbbreviation(t.words, nameFrom, to, "system");
        if (runsShell && t.isWord(i + 1)) {
            int next = ShellVocabulary.classOf(t.words, t.wordStart[i + 1], t.wordEnd[i + 1]);
            if (to - nameFrom >= 5 || (next & ShellVocabulary.DISTINCT) != 0) {
                return Confidence.HIGH;
            }
        }
        boolean alone = (ShellArguments.describe(t, i + 1) & ShellArguments.END) != 0;
        return alone && ShellVocabulary.isSqliteDotCommand(t.words, nameFrom, to) ? Confidence.MEDIUM : null;
    }

    /** Whether {@code w[from, to)} is at least two chars and a prefix of {@code name}. */
    private static boolean isAbbreviation(CharSequence w, int from, int to, String name) {
        int len = to - from;
        if (len < 2 || len > name.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (w.charAt(from + k) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether word {@code i} is {@code find} with an {@code -exec}/{@code -execdir}/{@code -ok} action
     * that is terminated as find requires ({@code \;}, {@code ;} or {@code +}) or names the file with
     * {@code {}}: it runs a command per file. Prose about the option ("the -exec option") has neither.
     */
    static boolean findExec(ShellTokens t, int i) {
        if (!t.wordIs(i, "find")) {
            return false;
        }
        int limit = Math.min(t.count, i + 8);
        for (int j = i + 1; j < limit && t.isWord(j); j++) {
            if (t.wordIs(j, "-exec") || t.wordIs(j, "-execdir") || t.wordIs(j, "-ok") || t.wordIs(j, "-okdir")) {
                int end = Math.min(t.count, j + 12);
                for (int k = j + 2; k < end; k++) {
                    boolean placeholder = t.kind[k] == ShellTokens.OPEN_BRACE && t.kindAt(k + 1) == ShellTokens.CLOSE_BRACE;
                    if (t.kind[k] == ShellTokens.SEPARATOR || t.wordIs(k, ";") || t.wordIs(k, "+") || placeholder) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} is an editor ({@code vi}, {@code vim}, {@code ex}, {@code view}) with an
     * argument holding its {@code !command} shell escape: {@code vim x +!id}, {@code ex x +silent\ !whoami}.
     */
    static boolean editorShellEscape(ShellTokens t, int i) {
        if (!(t.wordIs(i, "vi") || t.wordIs(i, "vim") || t.wordIs(i, "ex") || t.wordIs(i, "nvim") || t.wordIs(i, "view"))) {
            return false;
        }
        int limit = Math.min(t.count, i + 7);
        for (int j = i + 1; j < limit && t.isWord(j); j++) {
            int end = t.wordEnd[j];
            for (int k = t.wordStart[j]; k + 1 < end; k++) {
                if (t.words.charAt(k) == '!' && Character.isLetter(t.words.charAt(k + 1))) {
                    int cls = ShellVocabulary.classOf(t.words, k + 1, end);
                    if ((cls & (ShellVocabulary.DISTINCT | ShellVocabulary.SHELL)) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
