package dev.palisade.agent.auth;

/**
 * Splits an {@code Authorization} value into its scheme word and credentials (RFC 7235:
 * {@code auth-scheme 1*SP token68}) without allocating: callers get the index where the
 * credentials start.
 */
final class AuthorizationScheme {

    /** The value names another scheme (or none). */
    static final int OTHER_SCHEME = -1;

    /** The value names this scheme, but what follows the scheme word is not {@code 1*SP}. */
    static final int BAD_SEPARATOR = -2;

    private AuthorizationScheme() {
    }

    /**
     * Where the credentials start when {@code value} begins with {@code scheme} (case-insensitive):
     * the index after the scheme word and the spaces that follow it, which is the value's length
     * when nothing follows. {@link #OTHER_SCHEME} when the value names another scheme;
     * {@link #BAD_SEPARATOR} for e.g. {@code Bearer\tabc}.
     */
    static int credentialsStart(String value, String scheme) {
        int start = 0;
        while (start < value.length() && isWhitespace(value.charAt(start))) {
            start++;
        }
        int after = start + scheme.length();
        if (!value.regionMatches(true, start, scheme, 0, scheme.length())) {
            return OTHER_SCHEME;
        }
        if (after == value.length()) {
            return after;
        }
        char next = value.charAt(after);
        if (next != ' ') {
            // "Bearerx" is another scheme word; "Bearer\tx" is this scheme with a bad separator.
            return isTokenChar(next) ? OTHER_SCHEME : BAD_SEPARATOR;
        }
        int credentials = after;
        while (credentials < value.length() && value.charAt(credentials) == ' ') {
            credentials++;
        }
        return credentials;
    }

    /** The end of the value without trailing spaces and tabs (containers normally trim already). */
    static int trimmedEnd(String value) {
        int end = value.length();
        while (end > 0 && isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t';
    }

    /** RFC 9110 {@code tchar}: a character that would make the scheme word longer. */
    private static boolean isTokenChar(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return true;
        }
        return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
