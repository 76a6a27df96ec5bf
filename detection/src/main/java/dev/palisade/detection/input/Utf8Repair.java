package dev.palisade.detection.input;

/**
 * Reassembles UTF-8 byte sequences held as Latin-1 chars (U+0080..U+00FF), as left by
 * {@link PercentDecoding} or by a server that decoded a request as ISO-8859-1. A valid sequence becomes
 * its code point; so does an <em>overlong</em> one ({@code C0 AE} is '.', {@code E0 80 AF} is '/', and the
 * obsolete 5- and 6-byte forms too), because some decoders accept those and attackers use them to hide
 * dots and slashes. Bytes that do not form a sequence stay as they are (the Latin-1 fallback).
 */
final class Utf8Repair {
    private Utf8Repair() {
    }

    /** Result flag holder so that the hot path allocates nothing when there is nothing to repair. */
    static final class Flags {
        boolean overlong;
    }

    /** Returns {@code s} itself when it holds no multi-byte sequence. */
    static String repair(String s, Flags flags) {
        int n = s.length();
        int i = 0;
        while (i < n && !isLeadByte(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = null;
        int copiedUpTo = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isLeadByte(c)) {
                continue;
            }
            int length = sequenceLength(c);
            if (i + length > n) {
                continue;
            }
            int cp = c & (0x7F >> length);
            boolean ok = true;
            for (int k = 1; k < length; k++) {
                char cont = s.charAt(i + k);
                if (cont < 0x80 || cont > 0xBF) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cont & 0x3F);
            }
            if (!ok || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                continue;
            }
            if (cp < minimumFor(length)) {
                // Overlong forms matter for the punctuation they smuggle ('.', '/', '\\', '<'); an
                // "overlong letter" is fuzzing noise (%c1%af for '/') better left as junk.
                if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
                    continue;
                }
                flags.overlong = true;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copiedUpTo, i).appendCodePoint(cp);
            copiedUpTo = i + length;
            i += length - 1;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copiedUpTo, n).toString();
    }

    private static boolean isLeadByte(char c) {
        return c >= 0xC0 && c <= 0xFD;
    }

    private static int sequenceLength(char lead) {
        if (lead < 0xE0) {
            return 2;
        }
        if (lead < 0xF0) {
            return 3;
        }
        if (lead < 0xF8) {
            return 4;
        }
        return lead < 0xFC ? 5 : 6;
    }

    private static int minimumFor(int length) {
        switch (length) {
            case 2:
                return 0x80;
            case 3:
                return 0x800;
            case 4:
                return 0x10000;
            case 5:
                return 0x200000;
            default:
                return 0x4000000;
        }
    }
}
