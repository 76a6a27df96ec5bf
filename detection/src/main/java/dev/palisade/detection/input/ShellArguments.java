package dev.palisade.detection.input;

/**
 * Describes the words that follow a command name, so that a command word that is also an English word
 * ("cat", "find", "time") only counts when what follows is shell-shaped: an option ({@code -la},
 * {@code /c}), an absolute or sensitive path, a URL, an IP address, a redirect, or a pipe into another
 * command. Results are bit sets.
 */
final class ShellArguments {
    private ShellArguments() {
    }

    static final int OPTION = 1;
    static final int PATH = 2;
    static final int SENSITIVE_PATH = 4;
    static final int URL = 8;
    static final int IP = 16;
    static final int FILE = 32;
    static final int REDIRECT = 64;
    static final int PIPED_COMMAND = 128;
    static final int SUBSTITUTION = 256;
    /** Nothing follows: the command stands alone before the end or a separator. */
    static final int END = 512;
    /** Nothing follows up to the end of the value (closing quotes, separators and brackets aside). */
    static final int FINAL = 2048;
    static final int VARIABLE = 1024;
    /** A quoted argument: after a hard separator, a word command with a quoted argument is a command line. */
    static final int QUOTED = 4096;
    /** An argument that names a command with no English reading ({@code which wget}). */
    static final int COMMAND_NAME = 8192;
    /** An assignment argument ({@code alias a=b}, {@code export X=1}). */
    static final int ASSIGNMENT = 16384;

    /** Arguments that only a command line has (never English): options, paths, URLs, redirects, pipes. */
    static final int SHELL_SHAPED = OPTION | PATH | SENSITIVE_PATH | URL | IP | REDIRECT | PIPED_COMMAND | SUBSTITUTION;

    /** Longest argument list looked at. */
    private static final int MAX_ARGUMENTS = 4;

    /** The evidence carried by the arguments starting at token {@code i}. */
    static int describe(ShellTokens t, int i) {
        return describe(t, i, MAX_ARGUMENTS);
    }

    /** The evidence carried by at most {@code maxArguments} words from token {@code i}. */
    static int describe(ShellTokens t, int i, int maxArguments) {
        int evidence = 0;
        int args = 0;
        int j = i;
        if (j >= t.count || isCommandEnd(t.kind[j])) {
            evidence |= END;
            int k = j;
            while (k < t.count && t.kind[k] != ShellTokens.WORD) {
                k++;
            }
            if (k >= t.count) {
                evidence |= FINAL;
            }
        }
        while (j < t.count && args < maxArguments) {
            char k = t.kind[j];
            if (k == ShellTokens.WORD) {
                evidence |= word(t, j);
                if (t.source != null && isQuote(t.source.charAt(t.start[j])) && (t.flags[j] & ShellTokens.MIXED_QUOTES) == 0) {
                    evidence |= QUOTED;
                }
                args++;
            } else if (k == ShellTokens.REDIRECT_IN || k == ShellTokens.REDIRECT_OUT) {
                evidence |= REDIRECT;
            } else if (k == ShellTokens.PIPE || k == ShellTokens.AND || k == ShellTokens.OR) {
                int next = j + 1;
                int cls = t.isWord(next) ? ShellVocabulary.classOf(t.words, t.wordStart[next], t.wordEnd[next]) : 0;
                if ((cls & (ShellVocabulary.DISTINCT | ShellVocabulary.SHELL)) != 0) {
                    evidence |= PIPED_COMMAND;
                }
                break;
            } else if (k == ShellTokens.SEPARATOR || k == ShellTokens.BACKGROUND) {
                break;
            } else if (k == ShellTokens.SUBSTITUTION || k == ShellTokens.BACKTICK || k == ShellTokens.PROCESS_SUBSTITUTION) {
                evidence |= SUBSTITUTION;
                break;
            } else {
                break;
            }
            j++;
        }
        return evidence;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    static boolean isCommandEnd(char k) {
        return k == ShellTokens.SEPARATOR || k == ShellTokens.PIPE || k == ShellTokens.AND || k == ShellTokens.OR
                || k == ShellTokens.BACKGROUND || k == ShellTokens.CLOSE_PAREN || k == ShellTokens.BACKTICK
                || k == ShellTokens.CLOSE_BRACE;
    }

    private static int word(ShellTokens t, int j) {
        CharSequence w = t.words;
        int from = t.wordStart[j];
        int to = t.wordEnd[j];
        int len = to - from;
        if ((t.flags[j] & ShellTokens.VARIABLE) != 0 && len == 0) {
            return VARIABLE;
        }
        int evidence = 0;
        if (len == 0) {
            return evidence;
        }
        char c = w.charAt(from);
        boolean shortOption = len >= 2 && Character.isLetterOrDigit(w.charAt(from + 1));
        boolean longOption = len >= 3 && w.charAt(from + 1) == '-' && Character.isLetter(w.charAt(from + 2));
        if (c == '-' && (shortOption || longOption)) {
            evidence |= OPTION;
        }
        if (c == '/' && len >= 2 && len <= 4 && isLetters(w, from + 1, to)) {
            evidence |= OPTION; // cmd.exe switch: /c, /b, /s
        } else if (c == '/' || c == '~' && len > 1 && w.charAt(from + 1) == '/' || startsWith(w, from, to, "./")
                || startsWith(w, from, to, "../") || c == '\\'
                || len >= 3 && Character.isLetter(c) && w.charAt(from + 1) == ':'
                && (w.charAt(from + 2) == '\\' || w.charAt(from + 2) == '/')) {
            evidence |= PATH;
            if (SensitivePaths.isSensitiveAbsolute(w, from, to)) {
                evidence |= SENSITIVE_PATH;
            }
        }
        if ((t.flags[j] & ShellTokens.GLOB) != 0 && c == '/'
                && ShellGlob.firstMatch(w, from, to, ShellVocabulary.GLOB_TARGETS) != null) {
            evidence |= SENSITIVE_PATH | PATH;
        }
        if (contains(w, from, to, "://") || startsWith(w, from, to, "www.")) {
            evidence |= URL;
        }
        if (isIpv4(w, from, to)) {
            evidence |= IP;
        }
        if (c == '%' && len > 2 && (w.charAt(to - 1) == '%' || SensitivePaths.isSensitiveAbsolute(w, from, to))
                || c == '$' && len > 1) {
            evidence |= VARIABLE;
            if (SensitivePaths.isSensitiveAbsolute(w, from, to)) {
                evidence |= PATH | SENSITIVE_PATH;
            }
        }
        int eq = indexOf(w, from, to, '=');
        if (eq > from) {
            evidence |= ASSIGNMENT;
            if (eq + 1 < to && w.charAt(eq + 1) == '/') {
                evidence |= PATH;
                if (SensitivePaths.isSensitiveAbsolute(w, eq + 1, to)) {
                    evidence |= SENSITIVE_PATH;
                }
            }
        }
        if ((ShellVocabulary.classOf(w, from, to) & ShellVocabulary.DISTINCT) != 0) {
            evidence |= COMMAND_NAME;
        }
        int dot = lastIndexOf(w, from, to, '.');
        if (dot > from && to - dot >= 2 && to - dot <= 6 && isLetters(w, dot + 1, to)) {
            evidence |= FILE;
        }
        return evidence;
    }

    static boolean isLetters(CharSequence w, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4(CharSequence w, int from, int to) {
        int dots = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = w.charAt(i);
            if (c == '.') {
                if (digits == 0) {
                    return false;
                }
                dots++;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                digits++;
            } else {
                return false;
            }
        }
        return dots == 3 && digits > 0;
    }

    static boolean contains(CharSequence w, int from, int to, String part) {
        for (int i = from; i + part.length() <= to; i++) {
            if (startsWith(w, i, to, part)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(CharSequence w, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (w.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence w, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (w.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(CharSequence w, int from, int to, char c) {
        for (int i = to - 1; i >= from; i--) {
            if (w.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
