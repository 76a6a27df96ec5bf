package dev.palisade.telemetry.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Makes request-derived text safe to put in a telemetry record: bounded length and valid Unicode.
 *
 * <p>Every string that came from a request (paths, header values, input excerpts, client addresses,
 * even route strings) passes through {@link #clean(String)} before it is stored in a record:
 *
 * <ul>
 *   <li>it is cut to {@link #maxChars()} characters, never inside a surrogate pair, and the cut is made
 *       visible by appending {@link #TRUNCATION_MARKER};
 *   <li>lone surrogates and the non-characters U+FFFE / U+FFFF become U+FFFD, so the UTF-8 encoder can
 *       neither fail nor emit bytes a strict reader rejects.
 * </ul>
 *
 * <p>Control characters, quotes and line separators are kept here and escaped by the JSON encoder
 * ({@code dev.palisade.telemetry.record.JsonLines}), so an incident responder still sees that an input
 * contained {@code \n}; they can never end a line or a string early.
 *
 * <p>Cost is linear in {@code min(length, maxChars)}: a 1 MB value is not scanned past the cut.
 * Instances are immutable and thread-safe.
 */
public final class SafeText {

    /** Appended to every value that was cut. */
    public static final String TRUNCATION_MARKER = "…[truncated]";

    /** Default maximum length of a request-derived value, in UTF-16 characters. */
    public static final int DEFAULT_MAX_CHARS = 256;

    private static final char REPLACEMENT = '\uFFFD';
    private static final SafeText DEFAULTS = new SafeText(DEFAULT_MAX_CHARS);

    private final int maxChars;

    private SafeText(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Text limits with the default maximum of {@value #DEFAULT_MAX_CHARS} characters. */
    public static SafeText defaults() {
        return DEFAULTS;
    }

    /** Text limits that cut values after {@code maxChars} UTF-16 characters. */
    public static SafeText withMaxChars(int maxChars) {
        return maxChars == DEFAULT_MAX_CHARS ? DEFAULTS : new SafeText(maxChars);
    }

    /** The maximum number of characters kept from a value (the marker comes on top). */
    public int maxChars() {
        return maxChars;
    }

    /** Whether {@code value} was produced by cutting a longer value. */
    public static boolean isTruncated(String value) {
        return value != null && value.endsWith(TRUNCATION_MARKER);
    }

    /**
     * Returns {@code value} cut to the limit and with invalid UTF-16 replaced; {@code null} stays
     * {@code null}. Returns the same instance when nothing had to change, so clean values cost no
     * allocation.
     */
    public String clean(String value) {
        if (value == null) {
            return null;
        }
        boolean truncated = value.length() > maxChars;
        int end = truncated ? cutPoint(value, maxChars) : value.length();
        if (!truncated && isValid(value, end)) {
            return value;
        }
        StringBuilder out = new StringBuilder(end + TRUNCATION_MARKER.length());
        appendValid(value, end, out);
        if (truncated) {
            out.append(TRUNCATION_MARKER);
        }
        return out.toString();
    }

    /**
     * Decodes request bytes as UTF-8, replacing malformed sequences with U+FFFD, and cleans the result.
     * Decodes only as many bytes as can contribute to the kept prefix, so huge inputs stay cheap.
     */
    public String fromUtf8(byte[] bytes, int offset, int length) {
        if (bytes == null) {
            return null;
        }
        // A UTF-8 code point is at most 4 bytes, so this many bytes yield more than maxChars chars
        // whenever the input is longer than that: clean() will then see it as too long and mark it.
        int limit = (int) Math.min(length, 4L * (maxChars + 1));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(limit + 1);
        decoder.decode(ByteBuffer.wrap(bytes, offset, limit), chars, true);
        decoder.flush(chars);
        chars.flip();
        String decoded = chars.toString();
        if (limit < length && decoded.length() <= maxChars) {
            // Cannot happen for UTF-8 (see above); kept so truncation is never silent.
            return clean(decoded) + TRUNCATION_MARKER;
        }
        return clean(decoded);
    }

    private static int cutPoint(String value, int max) {
        // Never split a surrogate pair: that would manufacture a lone surrogate.
        return Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    }

    private static boolean isValid(String value, int end) {
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c < '\uD800') {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }

    private static void appendValid(String value, int end, StringBuilder out) {
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
    }
}
