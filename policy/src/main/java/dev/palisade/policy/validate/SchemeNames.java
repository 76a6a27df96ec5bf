package dev.palisade.policy.validate;

/** Character rules for scheme names and for header, query and cookie names (HTTP tokens). */
final class SchemeNames {

    private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

    private SchemeNames() {
    }

    /** OpenAPI component names: letters, digits, {@code . _ -}. */
    static boolean isValid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isAlphanumeric(c) || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** An RFC 9110 token, the syntax of header names (and of cookie names). */
    static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isAlphanumeric(c) || TOKEN_PUNCTUATION.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
