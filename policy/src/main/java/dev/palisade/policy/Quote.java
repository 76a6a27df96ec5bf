package dev.palisade.policy;

/**
 * Quotes text taken from a policy file or a command line for use in a one-line message.
 *
 * <p>Why: diagnostics are printed to terminals and logs one per line. A value carrying a newline,
 * an escape sequence or a megabyte of text must not forge a second line, recolour a terminal or
 * drown the message, so control characters are escaped and long values are shortened.
 */
public final class Quote {

    /** Values longer than this are cut, with an ellipsis, in messages. */
    public static final int MAX_LENGTH = 80;

    private Quote() {
    }

    /** {@code text} in double quotes, JSON-escaped, shortened to {@link #MAX_LENGTH} characters. */
    public static String of(String text) {
        return "\"" + escape(text) + "\"";
    }

    /** {@code text} JSON-escaped (quotes, backslashes, control characters), shortened. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8);
        int limit = Math.min(text.length(), MAX_LENGTH);
        for (int i = 0; i < limit; i++) {
            appendEscaped(out, text.charAt(i));
        }
        if (text.length() > MAX_LENGTH) {
            out.append('\u2026');
        }
        return out.toString();
    }

    /** One character as it would be shown inside {@link #of(String)}, quoted: {@code "\n"}. */
    public static String character(char c) {
        StringBuilder out = new StringBuilder("\"");
        appendEscaped(out, c);
        return out.append('"').toString();
    }

    /**
     * {@code text} with only its control characters escaped ({@code \n}, {@code \u001b}); quotes and
     * backslashes stay, so file names and whole messages read naturally but stay on one line.
     */
    public static String controlCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    appendEscaped(out, c);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '"':
                out.append("\\\"");
                return;
            case '\\':
                out.append("\\\\");
                return;
            case '\n':
                out.append("\\n");
                return;
            case '\r':
                out.append("\\r");
                return;
            case '\t':
                out.append("\\t");
                return;
            default:
                // C0, DEL, C1 and the Unicode line/paragraph separators can all break a line or
                // drive a terminal.
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
        }
    }
}
