package dev.palisade.agent.auth;

/**
 * {@code Authorization: Bearer <token>} (RFC 6750 section 2.1): the scheme word in any case, one or
 * more spaces, then a {@code b64token} — one or more of {@code A-Z a-z 0-9 - . _ ~ + /} followed by
 * optional {@code =} padding. Anything else after {@code Bearer} is malformed. Linear, allocation-free.
 */
public final class BearerToken {

    private static final String SCHEME = "Bearer";

    private BearerToken() {
    }

    /** What an {@code Authorization} value (or {@code null}) carries for the bearer scheme. */
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
        return isB64Token(authorization, start, AuthorizationScheme.trimmedEnd(authorization))
                ? Finding.WELL_FORMED : Finding.MALFORMED;
    }

    /** Whether {@code text[start, end)} is a non-empty {@code b64token}. */
    static boolean isB64Token(String text, int start, int end) {
        int i = start;
        while (i < end && isTokenChar(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < end && text.charAt(i) == '=') {
            i++;
        }
        return i == end;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
