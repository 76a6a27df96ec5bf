package dev.palisade.agent.auth;

/**
 * {@code Authorization: Basic <base64>} (RFC 7617): the scheme word in any case, one or more
 * spaces, then standard base64 (RFC 4648 alphabet, {@code =} padding optional but only at the end)
 * that decodes to {@code user-id ":" password} with a non-empty user-id and no control characters.
 *
 * <p>Decodes on the fly, never allocating the decoded bytes: only the position of the first
 * {@code :} and the absence of control bytes matter.
 */
public final class BasicCredentials {

    private static final String SCHEME = "Basic";

    private BasicCredentials() {
    }

    /** What an {@code Authorization} value (or {@code null}) carries for the basic scheme. */
    public static Finding inspect(String authorization) {
        if (authorization == null) {
            return Finding.ABSENT;
        }
        int start = AuthorizationScheme.credentialsStart(authorization, SCHEME);
        if (start == AuthorizationScheme.OTHER_SCHEME) {
            return Finding.ABSENT;
        }
        if (start < 0) {
            return Finding.MALFORMED;
        }
        return hasNonEmptyUser(authorization, start, AuthorizationScheme.trimmedEnd(authorization))
                ? Finding.WELL_FORMED : Finding.MALFORMED;
    }

    /** Whether {@code text[start, end)} is base64 of {@code user:password} with a non-empty user. */
    static boolean hasNonEmptyUser(String text, int start, int end) {
        int dataEnd = end;
        while (dataEnd > start && text.charAt(dataEnd - 1) == '=') {
            dataEnd--;
        }
        int dataLength = dataEnd - start;
        int padding = end - dataEnd;
        if (dataLength == 0 || dataLength % 4 == 1 || padding > 2
                || (padding > 0 && (dataLength + padding) % 4 != 0)) {
            return false;
        }
        long colonAt = -1;
        int decoded = 0;
        int bits = 0;
        int bitCount = 0;
        for (int i = start; i < dataEnd; i++) {
            int sextet = sextet(text.charAt(i));
            if (sextet < 0) {
                return false;
            }
            bits = (bits << 6) | sextet;
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                int b = (bits >> bitCount) & 0xFF;
                if (b < 0x20 || b == 0x7F) {
                    return false;
                }
                if (b == ':' && colonAt < 0) {
                    colonAt = decoded;
                }
                decoded++;
            }
        }
        return colonAt > 0;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        return -1;
    }
}
