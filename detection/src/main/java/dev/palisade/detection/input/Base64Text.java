package dev.palisade.detection.input;

/**
 * Decodes a value that is entirely standard or URL-safe base64 (at least 8 chars, padded or not) when
 * the result is printable ASCII: the form in which some applications take file names or commands.
 * Returns null for anything else, so ordinary tokens cost one scan.
 */
final class Base64Text {
    private Base64Text() {
    }

    /** Longest value decoded. */
    private static final int MAX_LENGTH = 4096;

    static String decodePrintable(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == '=') {
            n--;
        }
        if (n < 8 || n > MAX_LENGTH || n % 4 == 1 || s.length() - n > 2) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (value(s.charAt(i)) < 0) {
                return null; // not base64: rejected before anything is allocated
            }
        }
        StringBuilder out = new StringBuilder(n * 3 / 4);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < n; i++) {
            int v = value(s.charAt(i));
            if (v < 0) {
                return null;
            }
            buffer = buffer << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                int b = buffer >> bits & 0xff;
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0 || b > 0x7e) {
                    return null;
                }
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+' || c == '-') {
            return 62;
        }
        if (c == '/' || c == '_') {
            return 63;
        }
        return -1;
    }
}
