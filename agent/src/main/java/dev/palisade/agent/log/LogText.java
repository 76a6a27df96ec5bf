package dev.palisade.agent.log;

/**
 * Makes text safe for one log line: control characters, line breaks and lone surrogates become
 * visible escapes, so request data can never forge a log line. Linear time, capped length.
 */
public final class LogText {

    /** Longest escaped fragment of one value in a log line. */
    public static final int MAX_VALUE_CHARS = 256;

    private LogText() {
    }

    public static String escape(String text) {
        return escape(text, MAX_VALUE_CHARS);
    }

    public static String escape(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        int limit = Math.min(text.length(), maxChars);
        StringBuilder out = null;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x20 && c != 0x7f && !Character.isSurrogate(c);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                plain = true;
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (plain) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(limit + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default: out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (out == null && limit == text.length()) {
            return text;
        }
        if (out == null) {
            out = new StringBuilder(limit + 16).append(text, 0, limit);
        }
        if (limit < text.length()) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
