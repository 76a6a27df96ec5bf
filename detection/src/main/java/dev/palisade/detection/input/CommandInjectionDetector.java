package dev.palisade.detection.input;

/**
 * OS command injection detector: shell grammar rather than patterns. {@link ShellSignals} catches
 * forms visible in the text (Shellshock, fork bombs, {@code /dev/tcp}, SSI exec, {@code system('...')},
 * mail commands after CR LF); then {@link ShellLexer} undoes quoting and expansion tricks and
 * {@link CommandInjectionRules} judges what stands in command position. A value made of letters,
 * digits, spaces and sentence punctuation only is skipped after one character-class pass, unless it
 * starts like a command line.
 */
public final class CommandInjectionDetector implements InputDetector {
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
            return null;
        }
        Detection signal = ShellSignals.scan(s);
        if (signal != null && signal.confidence() == Confidence.HIGH) {
            return signal;
        }
        Detection best = SqlInjectionDetector.stronger(signal, analyze(s, (char) 0));
        // The value may sit inside a quoted shell string: then its first quote closes that string.
        if (!isHigh(best) && s.indexOf('\'') >= 0) {
            best = SqlInjectionDetector.stronger(best, analyze(s, '\''));
        }
        if (!isHigh(best) && s.indexOf('"') >= 0) {
            best = SqlInjectionDetector.stronger(best, analyze(s, '"'));
        }
        return best;
    }

    private static Detection analyze(String s, char context) {
        ShellTokens tokens = ShellLexer.tokenize(s, context);
        return tokens == null ? null : new CommandInjectionRules(s, tokens).analyze();
    }

    private static boolean isHigh(Detection d) {
        return d != null && d.confidence() == Confidence.HIGH;
    }

    /** Pre-filter: a command line needs a separator or shell punctuation, or a space after its first word. */
    private static boolean mayHoldCommand(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c == '|' || c == '&' || c == '`' || c == '$' || c == '\n' || c == '\r' || c == '('
                    || c == '{' || c == '<' || c == '>' || c == '\\' || c == '%' || c == ' ' || c == '\t'
                    || c == '/' || c == '^' || c == '\'' || c == '"') {
                return true;
            }
        }
        return false;
    }
}
