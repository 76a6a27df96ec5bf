package dev.palisade.detection.input;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns one raw request value into the form detectors inspect, undoing the encodings attackers use to
 * slip syntax past filters. Steps, in order:
 * <ol>
 *   <li>cut the value at the inspection cap (default {@value #DEFAULT_CAP} chars): a longer value is
 *       inspected as its beginning and its last {@code cap/16} chars, joined by a newline, and is marked
 *       truncated;</li>
 *   <li>{@code +} as space when the value as received has no whitespace at all
 *       ({@code cat+/etc/passwd}, {@code 1+union+select}): such a value was written for a
 *       form-decoding server (a {@code +} that decoding produces from {@code %2B} stays a plus);</li>
 *   <li>up to {@value #MAX_ROUNDS} rounds, stopping as soon as a round changes nothing, of:
 *       percent-decoding ({@code %XX}, {@code %uXXXX}; UTF-8 with overlong forms accepted and a
 *       Latin-1 fallback for bytes that form no sequence; {@code +} as space in a round that decoded
 *       something), HTML character references, and backslash escapes (<code>&#92;x3c</code>, <code>&#92;u003c</code>,
 *       {@code \074});</li>
 *   <li>Unicode NFKC, which folds full-width and other compatibility forms ({@code ＜}, {@code ．}) to
 *       ASCII, plus a few look-alike slashes NFKC keeps ({@code ∕}, {@code ∖});</li>
 *   <li>lower-casing ({@link Locale#ROOT}).</li>
 * </ol>
 * Every step is a single left-to-right pass, so normalization is linear in the (capped) input. Values
 * made only of ASCII letters, digits and a few punctuation marks pass through without allocation.
 * Instances are immutable and thread-safe.
 */
public final class InputNormalizer {
    /** Default inspection cap in chars: 64 KiB. */
    public static final int DEFAULT_CAP = 64 * 1024;
    /** Maximum number of decoding rounds: enough for double and triple encoding, bounded for cost. */
    public static final int MAX_ROUNDS = 3;

    /** Latin-1 chars kept as they are through NFKC (see {@link #foldCompatibilityForms}). */
    private static final char[] NFKC_SHIELDED = {'\u00a8', '\u00af', '\u00b4', '\u00b8', '\u00bc', '\u00bd', '\u00be'};

    private final int cap;

    /** A normalizer with the default inspection cap. */
    public InputNormalizer() {
        this(DEFAULT_CAP);
    }

    /** A normalizer that inspects at most {@code cap} chars of each value ({@code cap} at least 1). */
    public InputNormalizer(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("inspection cap must be a positive number of chars, was " + cap
                    + "; use " + DEFAULT_CAP + " (the default) unless memory is tight");
        }
        this.cap = cap;
    }

    /** The inspection cap in chars. */
    public int cap() {
        return cap;
    }

    /**
     * Normalizes one value; {@code null} is treated as the empty string. A value longer than the cap is
     * inspected as its first {@code cap - cap/16} chars and its last {@code cap/16} chars, joined by a
     * newline: padding a payload past the cap is the classic way around a size-limited filter, so the
     * end of the value is looked at too, while the total inspected stays within the cap.
     */
    public NormalizedInput normalize(String value) {
        String raw = value == null ? "" : value;
        int originalLength = raw.length();
        Utf8Repair.Flags flags = new Utf8Repair.Flags();
        if (originalLength <= cap) {
            return new NormalizedInput(raw, decode(raw, flags), originalLength, false, flags.overlong);
        }
        int tailLength = cap / 16;
        if (tailLength == 0) {
            String head = cut(raw, 0, cap);
            return new NormalizedInput(head, decode(head, flags), originalLength, true, flags.overlong);
        }
        String head = cut(raw, 0, cap - tailLength - 1);
        String tail = cut(raw, originalLength - tailLength, originalLength);
        String text = decode(head, flags) + "\n" + decode(tail, flags);
        return new NormalizedInput(head + "\n" + tail, text, originalLength, true, flags.overlong);
    }

    /** {@code s[from, to)} without splitting a surrogate pair at either end. */
    private static String cut(String s, int from, int to) {
        int a = from > 0 && Character.isLowSurrogate(s.charAt(from)) ? from + 1 : from;
        int b = to < s.length() && Character.isHighSurrogate(s.charAt(to - 1)) ? to - 1 : to;
        return s.substring(a, b);
    }

    private static String decode(String raw, Utf8Repair.Flags flags) {
        String s = raw;
        if (!needsDecoding(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        // On the value as received: a '+' that decoding produces (from %2B) is a literal plus, not a space.
        s = plusAsSpaceWithoutWhitespace(s);
        s = Utf8Repair.repair(s, flags);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = PercentDecoding.decodeOnce(s);
            next = HtmlEntities.decode(next);
            next = BackslashEscapes.decode(next);
            next = Utf8Repair.repair(next, flags);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        s = foldCompatibilityForms(s);
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * ASCII chars that start something a decoding step rewrites: {@code %} (percent-decoding), {@code &}
     * (character references), a backslash (escapes), {@code +} (as space). Every non-ASCII char may need
     * UTF-8 repair or NFKC folding.
     */
    private static final boolean[] DECODE_START = new boolean[128];

    static {
        for (char c : "%&\\+".toCharArray()) {
            DECODE_START[c] = true;
        }
    }

    /** Whether any step could change {@code s} beyond lower-casing. One table load per char: it runs on every value. */
    private static boolean needsDecoding(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || DECODE_START[c]) {
                return true;
            }
        }
        return false;
    }

    private static String plusAsSpaceWithoutWhitespace(String s) {
        if (s.indexOf('+') < 0) {
            return s;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s;
            }
        }
        return s.replace('+', ' ');
    }

    private static String foldCompatibilityForms(String s) {
        boolean nonAscii = false;
        for (int i = 0; i < s.length() && !nonAscii; i++) {
            nonAscii = s.charAt(i) >= 0x80;
        }
        if (!nonAscii) {
            return s;
        }
        // NFKC turns spacing accents (macron, acute, cedilla, diaeresis) into a space plus a combining
        // mark: that would invent whitespace inside a token. It spells the fractions 1/4 1/2 3/4 out in
        // digits, hiding the chars a 7-bit decoder reads as '<' '=' '>' (SevenBitMarkup). Shield them
        // all, normalize, and put them back.
        String shielded = s;
        for (char c : NFKC_SHIELDED) {
            shielded = shielded.replace(c, (char) (0xe000 + c));
        }
        String folded = Normalizer.normalize(shielded, Normalizer.Form.NFKC);
        for (char c : NFKC_SHIELDED) {
            folded = folded.replace((char) (0xe000 + c), c);
        }
        // NFKC keeps these look-alikes of '/' and '\'; IIS once decoded them as separators.
        return folded.replace('\u2215', '/').replace('\u2216', '\\');
    }
}
