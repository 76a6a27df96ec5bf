package dev.palisade.detection.input;

/**
 * Splits a normalized value into shell words and operators the way a POSIX shell (and, where it
 * differs, {@code cmd.exe}) would, undoing the obfuscations that keep a command name from matching:
 * quotes inside words ({@code c'a't}, {@code "w"get}), backslash and caret escapes ({@code c\at},
 * {@code p^ing}), expansions that are empty or unknown ({@code c$@at}, {@code ca$u}, {@code $()}),
 * {@code $IFS} / {@code ${IFS}} used as a space, and brace expansion ({@code {cat,/etc/passwd}}).
 * A literal {@code \n} between words counts as a newline, as payload lists mean it. One pass.
 */
final class ShellLexer {
    private ShellLexer() {
    }

    /** Longest {@code ${...}} or brace expansion read as one unit. */
    private static final int MAX_GROUP = 64;
    /** Longest prefix or suffix glued to a brace expansion that is copied into its parts. */
    private static final int MAX_AFFIX = 16;
    /** Brace parts that get the glued prefix and suffix: the command name and its first argument. */
    private static final int AFFIXED_PARTS = 2;

    /** ASCII chars that end a word: whitespace and controls, and {@code ; | & ( ) < > ` { }}. */
    private static final boolean[] WORD_END = new boolean[128];
    /**
     * ASCII chars a word takes as they are, with no rule of their own: not a word end, quote, escape,
     * expansion, {@code +}, {@code ^} or glob char. Runs of them are copied without the per-char rule chain.
     */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            WORD_END[c] = c <= ' ' || ";|&()<>`{}".indexOf(c) >= 0;
            PLAIN[c] = !WORD_END[c] && "\\$+'\"^*?[".indexOf(c) < 0;
        }
    }

    private static boolean isPlain(char c) {
        return c < 128 ? PLAIN[c] : c != 0xa0;
    }

    private static boolean endsWord(char c) {
        return c < 128 ? WORD_END[c] : c == 0xa0;
    }

    static ShellTokens tokenize(String s) {
        return tokenize(s, (char) 0);
    }

    /**
     * Tokenizes {@code s} as if it followed an opening {@code context} quote (0: none). In a quote
     * context the value up to its first matching quote is one word, the rest is shell.
     *
     * @return the tokens, or null when the value never closes the context's quote
     */
    static ShellTokens tokenize(String s, char context) {
        return tokenize(s, context, new ShellTokens(s.length()));
    }

    /** {@link #tokenize(String, char)} into the empty tokens {@code t}. */
    static ShellTokens tokenize(String s, char context, ShellTokens t) {
        t.source = s;
        int n = s.length();
        int i = 0;
        if (context != 0) {
            int close = s.indexOf(context);
            if (close < 0) {
                return null;
            }
            int from = t.words.length();
            t.words.append(s, 0, close);
            t.add(ShellTokens.WORD, 0, close + 1, from, t.words.length(), ShellTokens.QUOTED);
            i = close + 1;
        }
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                t.operator(ShellTokens.SEPARATOR, i, i + 1);
                i++;
                continue;
            }
            if (c <= ' ' || c == 0xa0) {
                i++;
                continue;
            }
            switch (c) {
                case ';':
                    t.operator(ShellTokens.SEPARATOR, i, i + 1);
                    i++;
                    break;
                case '|':
                    if (i + 1 < n && s.charAt(i + 1) == '|') {
                        t.operator(ShellTokens.OR, i, i + 2);
                        i += 2;
                    } else {
                        t.operator(ShellTokens.PIPE, i, i + 1);
                        i += i + 1 < n && s.charAt(i + 1) == '&' ? 2 : 1;
                    }
                    break;
                case '&':
                    if (i + 1 < n && s.charAt(i + 1) == '&') {
                        t.operator(ShellTokens.AND, i, i + 2);
                        i += 2;
                    } else if (i + 1 < n && s.charAt(i + 1) == '>') {
                        t.operator(ShellTokens.REDIRECT_OUT, i, i + 2);
                        i += 2;
                    } else {
                        t.operator(ShellTokens.BACKGROUND, i, i + 1);
                        i++;
                    }
                    break;
                case '(':
                    t.operator(ShellTokens.OPEN_PAREN, i, i + 1);
                    i++;
                    break;
                case ')':
                    t.operator(ShellTokens.CLOSE_PAREN, i, i + 1);
                    i++;
                    break;
                case '`':
                    if (i + 1 < n && s.charAt(i + 1) == '`') {
                        i += 2; // empty substitution: expands to nothing
                    } else {
                        t.operator(ShellTokens.BACKTICK, i, i + 1);
                        i++;
                    }
                    break;
                case '<':
                case '>':
                    i = redirect(s, i, t);
                    break;
                case '{':
                    i = brace(s, i, t);
                    break;
                case '}':
                    t.operator(ShellTokens.CLOSE_BRACE, i, i + 1);
                    i++;
                    break;
                case '$':
                    if (i + 1 < n && s.charAt(i + 1) == '(') {
                        if (i + 2 < n && s.charAt(i + 2) == ')') {
                            i += 3; // $() expands to nothing
                        } else {
                            t.operator(ShellTokens.SUBSTITUTION, i, i + 2);
                            i += 2;
                        }
                        break;
                    }
                    i = word(s, i, t);
                    break;
                case '\\':
                    // At a token boundary a literal "\n" is the newline a payload list meant.
                    if (i + 1 < n && (s.charAt(i + 1) == 'n' || s.charAt(i + 1) == 'r')
                            && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)) || startsNewLine(s, i))) {
                        t.operator(ShellTokens.SEPARATOR, i, i + 2);
                        i += 2;
                        break;
                    }
                    i = word(s, i, t);
                    break;
                default:
                    i = word(s, i, t);
            }
        }
        return t;
    }

    /** A literal "\n" means a newline when it does not sit inside a word. */
    private static boolean startsNewLine(String s, int i) {
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        return before <= ' ' || ";|&'\"`)".indexOf(before) >= 0;
    }

    private static int redirect(String s, int i, ShellTokens t) {
        int n = s.length();
        char c = s.charAt(i);
        if (i + 1 < n && s.charAt(i + 1) == '(') {
            if (i + 2 < n && s.charAt(i + 2) == ')') {
                return i + 3; // <() expands to nothing
            }
            t.operator(ShellTokens.PROCESS_SUBSTITUTION, i, i + 2);
            return i + 2;
        }
        int j = i + 1;
        while (j < n && j < i + 3 && (s.charAt(j) == '<' || s.charAt(j) == '>' || s.charAt(j) == '&' || s.charAt(j) == '|')) {
            j++;
        }
        t.operator(c == '<' ? ShellTokens.REDIRECT_IN : ShellTokens.REDIRECT_OUT, i, j);
        return j;
    }

    /** {@code {a,b,c}} right before a space or the end is brace expansion into words; else a brace. */
    private static int brace(String s, int i, ShellTokens t) {
        int n = s.length();
        int close = -1;
        boolean comma = false;
        for (int j = i + 1; j < n && j < i + MAX_GROUP; j++) {
            char c = s.charAt(j);
            if (c <= ' ' || c == '{') {
                break;
            }
            if (c == ',') {
                comma = true;
            }
            if (c == '}') {
                close = j;
                break;
            }
        }
        if (close < 0 || !comma) {
            t.operator(ShellTokens.OPEN_BRACE, i, i + 1);
            return i + 1;
        }
        // A word glued to the braces is a prefix and suffix of every part: c{a,oun}t is "cat count". Only
        // the first parts (where a command name would be) get them, so the words stay about as long as the value.
        int prefixFrom = -1;
        int prefixTo = -1;
        int last = t.count - 1;
        if (last >= 0 && t.kind[last] == ShellTokens.WORD && t.end[last] == i && t.wordLength(last) > 0
                && t.wordLength(last) <= MAX_AFFIX) {
            prefixFrom = t.wordStart[last];
            prefixTo = t.wordEnd[last];
            t.count--;
            t.kind[last] = 0;
        }
        int suffixEnd = close + 1;
        while (suffixEnd < n && suffixEnd <= close + MAX_AFFIX && isSuffixChar(s.charAt(suffixEnd))) {
            suffixEnd++;
        }
        int partStart = i + 1;
        int affixed = 0;
        for (int j = partStart; j <= close; j++) {
            if (j == close || s.charAt(j) == ',') {
                if (j > partStart) {
                    int from = t.words.length();
                    boolean affix = affixed++ < AFFIXED_PARTS;
                    for (int k = prefixFrom; affix && k >= 0 && k < prefixTo; k++) {
                        t.words.append(t.words.charAt(k));
                    }
                    appendUnquoted(s, partStart, j, t.words);
                    if (affix) {
                        t.words.append(s, close + 1, suffixEnd);
                    }
                    int flags = ShellTokens.BRACE;
                    for (int k = from; k < t.words.length(); k++) {
                        char g = t.words.charAt(k);
                        if (g == '?' || g == '*' || g == '[') {
                            flags |= ShellTokens.GLOB;
                        }
                    }
                    t.add(ShellTokens.WORD, partStart, j, from, t.words.length(), flags);
                }
                partStart = j + 1;
            }
        }
        return suffixEnd;
    }

    private static boolean isSuffixChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    /**
     * Appends a brace part as the shell would expand it: quotes and backslashes removed, {@code $'..'}
     * read as a quote, and {@code $name} (unknown, so empty) dropped.
     */
    private static void appendUnquoted(String s, int from, int to, ShellWords out) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '$' && k + 1 < to && (s.charAt(k + 1) == '\'' || s.charAt(k + 1) == '"')) {
                continue;
            }
            if (c == '$' && k + 1 < to && Character.isLetter(s.charAt(k + 1))) {
                while (k + 1 < to && Character.isLetterOrDigit(s.charAt(k + 1))) {
                    k++;
                }
                continue;
            }
            if (c != '\'' && c != '"' && c != '\\') {
                out.append(c);
            }
        }
    }

    /** Reads one word from {@code i}; returns the index after it. */
    private static int word(String s, int i, ShellTokens t) {
        int n = s.length();
        int start = i;
        int from = t.words.length();
        ShellWords w = t.words;
        int flags = 0;
        int quotedParts = 0;
        int plainParts = 0;
        boolean lastPlain = false;
        while (i < n) {
            char c = s.charAt(i);
            if (isPlain(c)) {
                // The rule chain below, for chars with no rule: one plain part, copied as a run.
                if (!lastPlain) {
                    plainParts++;
                    lastPlain = true;
                }
                int run = i + 1;
                while (run < n && isPlain(s.charAt(run))) {
                    run++;
                }
                w.append(s, i, run);
                i = run;
                continue;
            }
            if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == 'n' || s.charAt(i + 1) == 'r') && w.length() > from
                    && (i + 2 >= n || " \t;|&'\"`\\".indexOf(s.charAt(i + 2)) >= 0)) {
                break; // a literal "\n" after a word: the newline the payload list meant
            }
            if (c == '$' && s.startsWith("$()", i)) {
                i += 3;
                flags |= ShellTokens.EXPANSION;
                continue;
            }
            if (c == '+' && w.length() > from && ShellVocabulary.classOf(w, from, w.length()) != 0) {
                break; // cat+/etc/passwd: a form-encoded space after a command name
            }
            if (c == '+' && w.length() == from) {
                i++; // +dir: a form-encoded space before the word
                continue;
            }
            if (endsWord(c)) {
                if ((c == '<' || c == '>') && i + 2 < n && s.charAt(i + 1) == '(' && s.charAt(i + 2) == ')') {
                    i += 3;
                    flags |= ShellTokens.EXPANSION;
                    continue;
                }
                if (c == '`' && i + 1 < n && s.charAt(i + 1) == '`') {
                    i += 2;
                    flags |= ShellTokens.EXPANSION;
                    continue;
                }
                break;
            }
            if (c == '\'' || c == '"') {
                quotedParts++;
                lastPlain = false;
            } else if (!lastPlain && c != '$' && c != '\\') {
                plainParts++;
                lastPlain = true;
            }
            if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                int to = close < 0 ? n : close;
                w.append(s, i + 1, to);
                i = close < 0 ? n : close + 1;
                flags |= ShellTokens.QUOTED;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && s.charAt(j) != '"') {
                    char q = s.charAt(j);
                    if (q != '\\' && q != '$') {
                        // Text without escapes or expansions is copied as a run.
                        int run = j + 1;
                        while (run < n && (q = s.charAt(run)) != '"' && q != '\\' && q != '$') {
                            run++;
                        }
                        w.append(s, j, run);
                        j = run;
                        continue;
                    }
                    if (s.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    if (s.charAt(j) == '$' && j + 1 < n && "@*#?!$_-0123456789".indexOf(s.charAt(j + 1)) >= 0) {
                        j += 2;
                        continue;
                    }
                    w.append(s.charAt(j));
                    j++;
                }
                i = j < n ? j + 1 : n;
                flags |= ShellTokens.QUOTED;
            } else if (c == '\\' && isWindowsPath(w, from)) {
                w.append(c); // C:\Windows\..., \\host\share, .\x: a path separator, not an escape
                i++;
            } else if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) != '\n') {
                    w.append(s.charAt(i + 1));
                }
                i = Math.min(n, i + 2);
                flags |= ShellTokens.ESCAPED;
            } else if (c == '^' && w.length() > from && i + 1 < n && s.charAt(i + 1) > ' ') {
                i++; // cmd.exe escape: p^ing is ping
                flags |= ShellTokens.ESCAPED;
            } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '\'') {
                i++; // $'...': an ANSI-C quoted string, read as a quote
            } else if (c == '$') {
                int after = expansion(s, i, t, w.length() == from);
                if (after < 0) {
                    // $IFS: a space in disguise; it ends the word.
                    i = -after;
                    break;
                }
                if (after == i) {
                    w.append('$');
                    i++;
                } else if (isSlashOfAnAbsolutePath(s, i, after)) {
                    w.append('/'); // ${PATH:0:1}bin${PATH:0:1}id is /bin/id written without a slash
                    flags |= ShellTokens.EXPANSION;
                    i = after;
                } else {
                    flags |= w.length() == from ? ShellTokens.VARIABLE : ShellTokens.EXPANSION;
                    i = after;
                }
            } else {
                if (c == '*' || c == '?' || c == '[') {
                    flags |= ShellTokens.GLOB;
                }
                w.append(c);
                i++;
            }
        }
        if (quotedParts > 0 && (plainParts > 0 || quotedParts > 1)) {
            flags |= ShellTokens.MIXED_QUOTES;
        }
        if (w.length() > from || (flags & (ShellTokens.VARIABLE | ShellTokens.QUOTED)) != 0) {
            t.add(ShellTokens.WORD, start, i, from, w.length(), flags);
        }
        return Math.max(i, start + 1);
    }

    /** Variables every shell sets to an absolute path, so their first char is always {@code /}. */
    private static final String[] ABSOLUTE_PATH_VARIABLES = {"path", "home", "pwd", "oldpwd", "shell"};

    /**
     * Whether the expansion {@code s[i, end)} is the first char of a variable that holds an absolute path
     * ({@code ${PATH:0:1}}, {@code ${HOME::1}}): a slash spelled so that a filter looking for {@code /}
     * misses it.
     */
    private static boolean isSlashOfAnAbsolutePath(String s, int i, int end) {
        if (!s.startsWith("${", i)) {
            return false;
        }
        for (String name : ABSOLUTE_PATH_VARIABLES) {
            int at = i + 2 + name.length();
            if (s.startsWith(name, i + 2) && (s.startsWith(":0:1}", at) && at + 5 == end
                    || s.startsWith("::1}", at) && at + 4 == end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word read so far ({@code w} from {@code from}) starts a Windows path: {@code c:}, {@code %x%}, {@code .}. */
    private static boolean isWindowsPath(ShellWords w, int from) {
        int len = w.length() - from;
        if (len == 0) {
            return false;
        }
        char first = w.charAt(from);
        return len >= 2 && Character.isLetter(first) && w.charAt(from + 1) == ':' || first == '%'
                || first == '.' && (len == 1 || len == 2 && w.charAt(from + 1) == '.') || w.contains('\\', from);
    }

    /**
     * Reads an expansion at {@code $}. Returns the index after it (its value is unknown and dropped),
     * {@code i} itself when the {@code $} is literal, or {@code -(index after)} for {@code $IFS}.
     */
    private static int expansion(String s, int i, ShellTokens t, boolean atWordStart) {
        int n = s.length();
        if (i + 1 >= n) {
            return i;
        }
        char c = s.charAt(i + 1);
        if (c == '{') {
            int close = XssVocabulary.indexOf(s, "}", i + 2, Math.min(n, i + MAX_GROUP));
            if (close < 0) {
                return i;
            }
            if (s.startsWith("ifs", i + 2)) {
                return -(close + 1);
            }
            return close + 1;
        }
        if (Character.isLetter(c) || c == '_') {
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            if (j - i - 1 == 3 && s.startsWith("ifs", i + 1)) {
                // $IFS$9: the trailing positional parameter is empty too.
                if (j + 1 < n && s.charAt(j) == '$' && Character.isDigit(s.charAt(j + 1))) {
                    j += 2;
                }
                return -j;
            }
            return j;
        }
        if ("@*#?!$_-0123456789".indexOf(c) >= 0) {
            return i + 2;
        }
        return i;
    }
}
