package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escaping for lines that humans and line-oriented tools read.
 *
 * <p>On top of JSON's mandatory escapes (quote, backslash, U+0000–U+001F) this escapes as
 * {@code \\uXXXX}: DEL (U+007F), the C1 controls (U+0080–U+009F, including NEL U+0085 which some
 * readers treat as a line break), the Unicode line and paragraph separators (U+2028, U+2029, which
 * {@code str.splitlines()} and JavaScript treat as line ends) and the bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which can make a log line display differently from what it
 * contains. Terminal escape sequences start with ESC (U+001B) and are therefore always escaped.
 */
final class LineSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] asciiEscapes;

    LineSafeEscapes() {
        asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
        asciiEscapes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029
                || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069)) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}
