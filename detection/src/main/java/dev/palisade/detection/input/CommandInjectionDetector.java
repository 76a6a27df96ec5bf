package dev.palisade.detection.input;

/**
 * OS command injection detector: shell grammar rather than patterns. {@link ShellSignals} catches
 * forms visible in the text (Shellshock, fork bombs, {@code /dev/tcp}, SSI exec, {@code system('...')},
 * mail commands after CR LF); then {@link ShellLexer} undoes quoting and expansion tricks and
 * {@link CommandInjectionRules} judges what stands in command position. A value made of letters,
 * digits, spaces and sentence punctuation only is skipped after one character-class pass, unless it
 * starts like a command line. An XML document is judged per attribute value and text run
 * ({@link XmlDocumentValues}), not as one shell line; a value opening with a lone unclosed quote is judged again
 * without it.
 */
public final class CommandInjectionDetector implements InputDetector {
    /** Chars that can end one command or start another (see {@link #firstOperator}). */
    private static final boolean[] OPERATOR = asciiSet(";|&`$\n\r({<>\\%^'\"");
    /** Chars without which no command line can be written (see {@link #mayHoldCommand}). */
    private static final boolean[] SHELL_CHAR = asciiSet(";|&`$\n\r({<>\\% \t/^'\"");

    private static boolean[] asciiSet(String chars) {
        boolean[] set = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            set[chars.charAt(i)] = true;
        }
        return set;
    }
    @Override
    public Category category() {
        return Category.CMDI;
    }

    @Override
    public Detection detect(NormalizedInput input) {
        return detect(input.text());
    }

    Detection detect(String s) {
        if (!mayHoldCommand(s)) {
            return loneProgram(s);
        }
        if (s.charAt(0) == '<' && XmlDocumentValues.isDocument(s)) {
            return detectInXml(s);
        }
        Detection found = detectValue(s);
        if (found == null && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.indexOf(s.charAt(0), 1) < 0) {
            // 'zstdcat /var/log/x: a lone opening quote meant to close the application's quoted string;
            // the rest is read as a value of its own.
            found = shifted(detectValue(s.substring(1)), 1);
        }
        return found;
    }

    /**
     * A value that is only the name of an {@link ShellVocabulary#UNMISTAKABLE} program ({@code visudo},
     * {@code cmd=chef-shell}): a command line without arguments. One table probe; no allocation.
     */
    private static Detection loneProgram(String s) {
        int eq = s.indexOf('=');
        int from = eq > 0 && eq + 1 < s.length() ? eq + 1 : 0;
        int cls = ShellVocabulary.classOf(s, from, s.length());
        return (cls & ShellVocabulary.UNMISTAKABLE) != 0
                ? new Detection(Category.CMDI, Confidence.MEDIUM, from, s.length(), "cmdi.command") : null;
    }

    /** Judges each attribute value and text run of an XML document on its own (see {@link XmlDocumentValues}). */
    private Detection detectInXml(String s) {
        int[] values = XmlDocumentValues.values(s);
        Detection best = null;
        for (int v = 0; v < values.length; v += 2) {
            String value = s.substring(values[v], values[v + 1]);
            Detection d = mayHoldCommand(value) ? shifted(detectValue(value), values[v]) : null;
            best = SqlInjectionDetector.stronger(best, d);
            if (isHigh(best)) {
                break;
            }
        }
        return best;
    }

    private static Detection shifted(Detection d, int offset) {
        return d == null ? null
                : new Detection(Category.CMDI, d.confidence(), d.start() + offset, d.end() + offset, d.reason());
    }

    private Detection detectValue(String s) {
        Detection signal = ShellSignals.scan(s);
        if (signal != null && signal.confidence() == Confidence.HIGH) {
            return signal;
        }
        int operator = firstOperator(s, 0);
        if (operator < 0 && !startsLikeCommand(s)) {
            return signal;
        }
        Detection best = SqlInjectionDetector.stronger(signal, analyze(s, (char) 0));
        // The value may sit inside a quoted shell string: then its first quote closes that string, and
        // only shell operators after it can start a command.
        int single = s.indexOf('\'');
        if (!isHigh(best) && single >= 0 && firstOperator(s, single + 1) >= 0) {
            best = SqlInjectionDetector.stronger(best, analyze(s, '\''));
        }
        int dbl = s.indexOf('"');
        if (!isHigh(best) && dbl >= 0 && firstOperator(s, dbl + 1) >= 0) {
            best = SqlInjectionDetector.stronger(best, analyze(s, '"'));
        }
        return best;
    }

    /** Index of the first char from {@code from} that can end one command or start another, or -1. */
    private static int firstOperator(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && OPERATOR[c]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Without operators only the first word can be a command: a known command name, a path, or the
     * batch keywords {@code if} / {@code for}.
     */
    private static boolean startsLikeCommand(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        int end = i;
        while (end < s.length() && s.charAt(end) > ' ') {
            end++;
        }
        if (end == i) {
            return false;
        }
        if (s.charAt(i) == '/' || s.charAt(i) == '.' || s.charAt(i) == '+') {
            return true;
        }
        int eq = s.indexOf('=', i);
        int from = eq > i && eq < end ? eq + 1 : i;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            if (c == '/' || c == '*' || c == '?' || c == '[') {
                return true; // a path or a glob as the command word
            }
        }
        return ShellVocabulary.classOf(s, from, end) != 0 || ShellVocabulary.classOf(s, from, end - 1) != 0
                || s.startsWith("if", i) || s.startsWith("for", i);
    }

    private static Detection analyze(String s, char context) {
        DetectorScratch scratch = DetectorScratch.current();
        ShellTokens tokens = ShellLexer.tokenize(s, context, scratch.shellTokens(s.length()));
        return tokens == null ? null : scratch.shellRules.reset(s, tokens).analyze();
    }

    private static boolean isHigh(Detection d) {
        return d != null && d.confidence() == Confidence.HIGH;
    }

    /** Pre-filter: a command line needs a separator or shell punctuation, or a space after its first word. */
    private static boolean mayHoldCommand(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && SHELL_CHAR[c]) {
                return true;
            }
        }
        return false;
    }
}
