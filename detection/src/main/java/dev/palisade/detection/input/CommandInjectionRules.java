package dev.palisade.detection.input;

/**
 * The shell grammar of the command injection detector, over {@link ShellTokens}. It tracks where a
 * command may start (the beginning of the value, after {@code ; | || && &} or a newline, inside
 * {@code $( )}, backticks and {@code <( )}, after prefix commands such as {@code nohup} or
 * {@code time}) and judges the word there by {@link ShellVocabulary} and its arguments
 * ({@link ShellArguments}). It also knows {@code cmd.exe}'s {@code FOR ... IN (...) DO} and
 * {@code IF [NOT] EXIST/DEFINED/==} forms.
 */
final class CommandInjectionRules {
    /** How a command position was reached. */
    private static final int START = 0;
    private static final int SEPARATOR = 1;
    private static final int SUBSTITUTION = 2;
    private static final int GROUP = 3;
    /** After a newline or a lone {@code &}: both are common in prose, so a word needs shell-shaped arguments. */
    private static final int LINE = 4;

    private String s;
    private ShellTokens t;
    /** Names this value assigned so far ({@code a=1;}); null until the first. */
    private ShellAssignments assignments;

    /**
     * Prepares these rules for the tokenization {@code t} of {@code s}. One instance per thread
     * (in {@link DetectorScratch}) is reset for each tokenization rather than allocated.
     */
    CommandInjectionRules reset(String s, ShellTokens t) {
        this.s = s;
        this.t = t;
        this.assignments = null;
        return this;
    }

    Detection analyze() {
        Detection best = null;
        boolean commandPosition = true;
        int how = START;
        boolean insideBackticks = false;
        for (int i = 0; i < t.count; i++) {
            char k = t.kind[i];
            switch (k) {
                case ShellTokens.SEPARATOR:
                    commandPosition = true;
                    how = isNewline(i) ? LINE : SEPARATOR;
                    break;
                case ShellTokens.BACKGROUND:
                    commandPosition = true;
                    how = LINE;
                    break;
                case ShellTokens.PIPE:
                case ShellTokens.OR:
                case ShellTokens.AND:
                    commandPosition = true;
                    how = SEPARATOR;
                    break;
                case ShellTokens.SUBSTITUTION:
                case ShellTokens.PROCESS_SUBSTITUTION:
                    commandPosition = true;
                    how = hasLater(i, ShellTokens.CLOSE_PAREN) ? SUBSTITUTION : LINE;
                    break;
                case ShellTokens.BACKTICK:
                    insideBackticks = !insideBackticks;
                    commandPosition = insideBackticks;
                    // `word' is also how old prose quotes: only a closed pair is a substitution.
                    how = insideBackticks && hasLater(i, ShellTokens.BACKTICK) ? SUBSTITUTION : LINE;
                    break;
                case ShellTokens.OPEN_PAREN:
                    // "a && (sh)": a subshell right after a hard separator starts a command like the separator.
                    how = how == START && i == 0 ? START
                            : commandPosition && how == SEPARATOR && isHardSeparator(t.kindAt(i - 1)) ? SEPARATOR : GROUP;
                    commandPosition = true;
                    break;
                case ShellTokens.OPEN_BRACE:
                    // '{ cmd; }' groups commands without changing where a command may start.
                    how = commandPosition ? how : GROUP;
                    commandPosition = true;
                    break;
                case ShellTokens.WORD:
                    if (commandPosition) {
                        assignments = ShellAssignments.record(assignments, t, i);
                        Detection d = command(i, how);
                        if (d != null && d.confidence() == Confidence.HIGH) {
                            return d;
                        }
                        best = SqlInjectionDetector.stronger(best, d);
                        commandPosition = isTransparent(i);
                    }
                    break;
                default:
                    commandPosition = false;
                    break;
            }
        }
        return best;
    }

    /** Whether a token of {@code kind} follows {@code i} within a short distance. */
    private boolean hasLater(int i, char kind) {
        int limit = Math.min(t.count, i + 32);
        for (int k = i + 1; k < limit; k++) {
            if (t.kind[k] == kind) {
                return true;
            }
        }
        return false;
    }

    private boolean isNewline(int i) {
        char c = s.charAt(t.start[i]);
        return c == '\n' || c == '\r' || c == '\\';
    }

    /** Words after which the next word is still in command position: {@code $a}, {@code x=1}. */
    private boolean isTransparent(int i) {
        if ((t.flags[i] & ShellTokens.VARIABLE) != 0 && t.wordLength(i) == 0) {
            return true;
        }
        int len = t.wordLength(i);
        for (int k = 0; k < len; k++) {
            char c = t.wordChar(i, k);
            if (c == '=') {
                return k > 0;
            }
            if (!(isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return false;
    }

    /** Judges the word at {@code i}, in command position reached by {@code how}. */
    private Detection command(int i, int how) {
        int from = t.wordStart[i];
        int to = t.wordEnd[i];
        if (how != GROUP && assignments != null && assignments.usedBy(t, i)) {
            // a=who;b=ami;$a$b: the command name is assembled from variables this value just set.
            return hit(Confidence.HIGH, i, i, "cmdi.variable_command");
        }
        if (to == from) {
            return (t.flags[i] & ShellTokens.VARIABLE) != 0 ? variableCommand(i, how) : null;
        }
        Detection batch = batch(i);
        if (batch != null) {
            return batch;
        }
        if (i == 0 && how == START) {
            from = afterAssignment(from, to);
        }
        if (to - from == 1 && t.words.charAt(from) == '.' && t.isWord(i + 1)) {
            // ". rm -rf /": the source built-in followed by a command line.
            int next = ShellVocabulary.classOf(t.words, t.wordStart[i + 1], t.wordEnd[i + 1]);
            return (next & ShellVocabulary.DISTINCT) != 0 && how != GROUP ? command(i + 1, how) : null;
        }
        if (t.words.charAt(from) == '.' && how != START && how != GROUP) {
            Confidence dot = ShellToolForms.sqliteDotCommand(t, i, from, to);
            if (dot != null) {
                return hit(dot, i, i + 1, "cmdi.sqlite_shell");
            }
        }
        int base = baseNameStart(from, to);
        int nameEnd = to;
        if (to - 4 > base && ShellArguments.startsWith(t.words, to - 4, to, ".exe")) {
            nameEnd = to - 4;
        }
        int cls = ShellVocabulary.classOf(t.words, base, nameEnd);
        if ((t.flags[i] & ShellTokens.GLOB) != 0 && t.words.charAt(from) == '/') {
            String target = ShellGlob.firstMatch(t.words, from, to, ShellVocabulary.GLOB_TARGETS);
            if (target != null) {
                return hit(Confidence.HIGH, i, i, "cmdi.glob_command");
            }
        }
        boolean binaryPath = base > from && isBinaryDirectory(from, base);
        int obfuscation = ShellTokens.MIXED_QUOTES | ShellTokens.ESCAPED | ShellTokens.EXPANSION | ShellTokens.BRACE;
        if (cls != 0 && (t.flags[i] & obfuscation) != 0 && how != GROUP) {
            // A command name assembled from quotes, escapes or empty expansions was written to dodge filters.
            return hit(Confidence.HIGH, i, i, "cmdi.obfuscated_command");
        }
        if ((cls & ShellVocabulary.PREFIX) != 0 && t.isWord(i + 1)) {
            Detection next = command(i + 1, how);
            if (next != null) {
                return next;
            }
            int nextClass = ShellVocabulary.classOf(t.words, t.wordStart[i + 1], t.wordEnd[i + 1]);
            boolean runsCommand = (nextClass & ShellVocabulary.DISTINCT) != 0
                    || (cls & ShellVocabulary.DISTINCT) != 0 && nextClass != 0;
            if (runsCommand && how != GROUP) {
                return hit(Confidence.HIGH, i, i + 1, "cmdi.command");
            }
        }
        if ((t.flags[i] & ShellTokens.VARIABLE) != 0 && to == from) {
            return null;
        }
        if (cls == 0) {
            if (binaryPath && how != GROUP) {
                return hit(Confidence.HIGH, i, i, "cmdi.command");
            }
            // $(name) is shell-only syntax; `name` is also how MySQL quotes identifiers.
            boolean dollarParen = i > 0 && t.kindAt(i - 1) == ShellTokens.SUBSTITUTION;
            if (dollarParen && t.kindAt(i + 1) == ShellTokens.CLOSE_PAREN && isPlainName(from, to)) {
                return hit(Confidence.MEDIUM, i, i, "cmdi.command_substitution");
            }
            return null;
        }
        int args = ShellArguments.describe(t, i + 1);
        boolean distinct = (cls & ShellVocabulary.DISTINCT) != 0;
        if (how != GROUP && ShellToolForms.findExec(t, i)) {
            return hit(Confidence.HIGH, i, i + 1, "cmdi.command");
        }
        if (how != GROUP && ShellToolForms.editorShellEscape(t, i)) {
            return hit(Confidence.HIGH, i, i + 1, "cmdi.command");
        }
        if (base == from && how != GROUP && how != SUBSTITUTION && isFirstWord(i)) {
            int words = ShellToolForms.wholeValueCommandLine(t, i, nameEnd, cls);
            if (words >= 0) {
                return hit(Confidence.MEDIUM, i, i + words, "cmdi.command");
            }
        }
        boolean shellShaped = (args & ShellArguments.SHELL_SHAPED) != 0;
        if (t.wordIs(i, "net") && t.isWord(i + 1)
                && ShellVocabulary.isNetSubcommand(t.words, t.wordStart[i + 1], t.wordEnd[i + 1])) {
            return hit(how == START || how == LINE ? Confidence.MEDIUM : Confidence.HIGH, i, i + 1, "cmdi.command");
        }
        if (isDelay(i) && how != GROUP) {
            return hit(Confidence.MEDIUM, i, i + 1, "cmdi.time_delay");
        }
        if ((args & ShellArguments.COMMAND_NAME) != 0 && (t.wordIs(i, "which") || t.wordIs(i, "whereis"))) {
            return hit(Confidence.MEDIUM, i, i + 1, "cmdi.command");
        }
        if ((args & ShellArguments.ASSIGNMENT) != 0 && (t.wordIs(i, "alias") || t.wordIs(i, "export"))) {
            return hit(Confidence.MEDIUM, i, i + 1, "cmdi.command");
        }
        switch (how) {
            case SUBSTITUTION:
                return hit(Confidence.HIGH, i, i, "cmdi.command_substitution");
            case SEPARATOR:
                if (distinct || binaryPath) {
                    return hit(Confidence.HIGH, i, i, "cmdi.command");
                }
                if (shellShaped || (args & (ShellArguments.FILE | ShellArguments.VARIABLE | ShellArguments.QUOTED)) != 0) {
                    return hit(Confidence.HIGH, i, i, "cmdi.command");
                }
                if ((args & ShellArguments.FINAL) != 0) {
                    return hit(Confidence.MEDIUM, i, i, "cmdi.command");
                }
                // "x || dir | more": prose has no "||" or "&&", so a command word standing alone after one counts.
                boolean doubled = t.kindAt(i - 1) == ShellTokens.OR || t.kindAt(i - 1) == ShellTokens.AND;
                return doubled && (args & ShellArguments.END) != 0 ? hit(Confidence.MEDIUM, i, i, "cmdi.command") : null;
            case LINE:
                if ((distinct || binaryPath) && (args & ShellArguments.END) != 0) {
                    return hit(Confidence.HIGH, i, i, "cmdi.command");
                }
                // fall through: otherwise judged like the start of the value
            default:
                boolean chained = (args & (ShellArguments.END | ShellArguments.FINAL)) == ShellArguments.END
                        && isChainOperator(t.kindAt(i + 1));
                if (how == START && distinct && chained && to - from >= 4) {
                    // whoami; ... : the value opens with a command and chains another.
                    return hit(Confidence.MEDIUM, i, i + 1, "cmdi.command");
                }
                if (binaryPath && (shellShaped || (args & ShellArguments.END) != 0)) {
                    return hit(Confidence.HIGH, i, i, "cmdi.command");
                }
                if (shellShaped && distinct) {
                    return hit(Confidence.HIGH, i, i, "cmdi.command");
                }
                // A word that is also English ("set", "find") needs its first argument to be shell-shaped.
                if ((ShellArguments.describe(t, i + 1, 1) & ShellArguments.SHELL_SHAPED) != 0) {
                    return hit(Confidence.MEDIUM, i, i, "cmdi.command");
                }
                return null;
        }
    }

    /** Whether no word precedes token {@code i}: "; netsh ..." still opens the value with a command line. */
    private boolean isFirstWord(int i) {
        for (int k = 0; k < i; k++) {
            if (t.kind[k] == ShellTokens.WORD) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHardSeparator(char k) {
        return k == ShellTokens.SEPARATOR || k == ShellTokens.PIPE || k == ShellTokens.AND || k == ShellTokens.OR;
    }

    /** {@link Character#isLetterOrDigit(char)}, answering ASCII without the Unicode tables: it runs per char of command words. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isChainOperator(char k) {
        return k == ShellTokens.SEPARATOR || k == ShellTokens.PIPE || k == ShellTokens.AND || k == ShellTokens.OR;
    }

    /** {@code $SHELL -c ...}, {@code ;$a -nlvp 555}: a command taken from a variable, with options. */
    private Detection variableCommand(int i, int how) {
        int args = ShellArguments.describe(t, i + 1);
        if ((args & ShellArguments.OPTION) != 0 && how != GROUP) {
            return hit(how == SEPARATOR ? Confidence.HIGH : Confidence.MEDIUM, i, i + 1, "cmdi.command");
        }
        return null;
    }

    /** {@code sleep 5}, {@code timeout 10}: a time delay as the whole command, the blind injection probe. */
    private boolean isDelay(int i) {
        if (!(t.wordIs(i, "sleep") || t.wordIs(i, "usleep") || t.wordIs(i, "timeout")) || !t.isWord(i + 1)) {
            return false;
        }
        int len = t.wordLength(i + 1);
        for (int k = 0; k < len; k++) {
            if (!Character.isDigit(t.wordChar(i + 1, k))) {
                return false;
            }
        }
        return len > 0 && len <= 6 && (ShellArguments.describe(t, i + 2) & ShellArguments.END) != 0;
    }

    /**
     * For a value that starts with {@code name=} ({@code cmd=cat /etc/passwd}, a query-string pair), or
     * a URL whose last query parameter holds the rest of the value ({@code https://h/?args=env --version}),
     * the start of what follows the '='; else {@code from}.
     */
    private int afterAssignment(int from, int to) {
        int query = lastQueryParameter(from, to);
        if (query > from) {
            return query;
        }
        for (int k = from; k < to; k++) {
            char c = t.words.charAt(k);
            if (c == '=') {
                return k > from && k + 1 < to ? k + 1 : from;
            }
            if (!(isLetterOrDigit(c) || c == '_' || c == '[' || c == ']')) {
                return from;
            }
        }
        return from;
    }

    /** In a URL word ({@code scheme://...?a=b&c=d}), the start of its last parameter's value; else -1. */
    private int lastQueryParameter(int from, int to) {
        if (!ShellArguments.contains(t.words, from, Math.min(to, from + 12), "://")) {
            return -1;
        }
        for (int k = to - 1; k > from; k--) {
            char c = t.words.charAt(k);
            if (c == '=') {
                int name = k - 1;
                while (name > from && (isLetterOrDigit(t.words.charAt(name)) || t.words.charAt(name) == '_')) {
                    name--;
                }
                char before = t.words.charAt(name);
                return (before == '?' || before == '&') && name < k - 1 && k + 1 < to ? k + 1 : -1;
            }
            if (c == '/' || c == '?' || c == '&') {
                return -1;
            }
        }
        return -1;
    }

    /** Start of the last path segment of word {@code [from, to)}. */
    private int baseNameStart(int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            char c = t.words.charAt(k);
            if (c == '/' || c == '\\') {
                return k + 1;
            }
        }
        return from;
    }

    /** Whether {@code [from, base)} is a directory that holds programs: /bin/, /usr/bin/, /usr/local/sbin/ ... */
    private boolean isBinaryDirectory(int from, int base) {
        CharSequence w = t.words;
        return ShellArguments.startsWith(w, from, base, "/bin/") || ShellArguments.startsWith(w, from, base, "/sbin/")
                || ShellArguments.startsWith(w, from, base, "/usr/") || ShellArguments.startsWith(w, from, base, "bin/")
                || ShellArguments.startsWith(w, from, base, "usr/bin/") || ShellArguments.contains(w, from, base, "system32\\")
                || ShellArguments.contains(w, from, base, "system32/");
    }

    private boolean isPlainName(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.words.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** cmd.exe {@code FOR [/D /R /L /F ...] %x IN (...) DO} and {@code IF [/I] [NOT] cond command}. */
    private Detection batch(int i) {
        if (t.wordIs(i, "for")) {
            int limit = Math.min(t.count, i + 10);
            for (int j = i + 1; j < limit; j++) {
                if (t.isWord(j) && t.wordLength(j) >= 2 && t.wordChar(j, 0) == '%' && t.wordIs(j + 1, "in")
                        && t.kindAt(j + 2) == ShellTokens.OPEN_PAREN) {
                    return hit(Confidence.HIGH, i, j + 2, "cmdi.batch_for");
                }
            }
            return null;
        }
        boolean ifSwitch = t.wordIs(i, "if/i");
        if (!t.wordIs(i, "if") && !ifSwitch) {
            return null;
        }
        int j = i + 1;
        if (t.wordIs(j, "/i")) {
            j++;
        }
        if (t.wordIs(j, "not")) {
            j++;
        }
        int after;
        if (t.wordIs(j, "exist") || t.wordIs(j, "defined") || t.wordIs(j, "errorlevel") || t.wordIs(j, "cmdextversion")) {
            after = t.isWord(j + 1) || t.kindAt(j + 1) == ShellTokens.OPEN_PAREN ? skipOperand(j + 1) : -1;
        } else {
            after = comparison(j);
        }
        if (after < 0) {
            return null;
        }
        boolean then = t.isWord(after) || t.kindAt(after) == ShellTokens.OPEN_PAREN;
        return then ? hit(Confidence.HIGH, i, after, "cmdi.batch_if") : null;
    }

    /** {@code a==b}, {@code "a" == "b"}, {@code %x% EQU 2}, {@code (1) equ (1)}: index after it, or -1. */
    private int comparison(int j) {
        if (t.isWord(j) && isEqualityWord(j)) {
            return j + 1;
        }
        if (t.kindAt(j) == ShellTokens.OPEN_PAREN) {
            int inner = comparison(j + 1);
            if (inner > 0 && t.kindAt(inner) == ShellTokens.CLOSE_PAREN) {
                return inner + 1;
            }
        }
        int k = skipOperand(j);
        if (k < 0) {
            return -1;
        }
        if (t.wordIs(k, "==") || t.wordIs(k, "equ") || t.wordIs(k, "neq") || t.wordIs(k, "lss") || t.wordIs(k, "leq")
                || t.wordIs(k, "gtr") || t.wordIs(k, "geq")) {
            return skipOperand(k + 1);
        }
        if (t.isWord(k) && t.wordStartsWith(k, "==")) {
            return k + 1;
        }
        if (t.isWord(j) && t.wordLength(j) >= 2 && t.wordChar(j, t.wordLength(j) - 1) == '=' && t.wordContains(j, "==")) {
            return skipOperand(j + 1);
        }
        return -1;
    }

    /** Whether word {@code j} holds {@code ==} between two non-empty sides ({@code a==b}, {@code %1==x}). */
    private boolean isEqualityWord(int j) {
        int len = t.wordLength(j);
        for (int k = 0; k + 1 < len; k++) {
            if (t.wordChar(j, k) == '=' && t.wordChar(j, k + 1) == '=') {
                return k > 0 || k + 2 < len || (t.flags[j] & ShellTokens.QUOTED) != 0;
            }
        }
        return false;
    }

    private int skipOperand(int j) {
        if (t.isWord(j)) {
            return j + 1;
        }
        if (t.kindAt(j) == ShellTokens.OPEN_PAREN) {
            int limit = Math.min(t.count, j + 6);
            for (int k = j + 1; k < limit; k++) {
                if (t.kind[k] == ShellTokens.CLOSE_PAREN) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    private Detection hit(Confidence confidence, int firstToken, int lastToken, String reason) {
        int last = Math.min(lastToken, t.count - 1);
        return new Detection(Category.CMDI, confidence, t.start[firstToken], Math.max(t.start[firstToken], t.end[last]),
                reason);
    }
}
