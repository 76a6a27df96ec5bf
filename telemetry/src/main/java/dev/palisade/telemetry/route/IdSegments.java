package dev.palisade.telemetry.route;

/**
 * Decides whether one path segment is an identifier (and so is reported as {@code {id}}) rather than
 * a fixed part of the route. Rules, applied to the raw segment:
 *
 * <ul>
 *   <li>digits only: {@code 42}, {@code 2026};
 *   <li>a UUID: {@code 123e4567-e89b-12d3-a456-426614174000};
 *   <li>hexadecimal of 16 characters or more: {@code 5f2b9c0de1a4477b};
 *   <li>a base64 / base64url-like token of 20 characters or more ({@code A-Z a-z 0-9 - _ + = ~}) that
 *       mixes at least two of upper case, lower case and digits, with upper case and digits making up
 *       at least a quarter of it: {@code dGhpcyBpcyBhIHRva2VuMQ}. Random tokens are about 56% upper
 *       case and digits; camel-case names ({@code UserPreferencesControllerV2}, 19%) and slugs stay;
 *   <li>mostly digits: at least 4 digits making up at least half the segment ({@code ORD-12345});
 *   <li>an e-mail address ({@code @} or {@code %40} followed later by a dot).
 * </ul>
 *
 * Words, slugs without digits and short codes ({@code v1}, {@code orders}, {@code me}) stay.
 */
final class IdSegments {

    private static final int MIN_HEX_LENGTH = 16;
    private static final int MIN_TOKEN_LENGTH = 20;
    private static final int MIN_DIGITS_IN_MIXED = 4;

    private IdSegments() {
    }

    static boolean isIdLike(String s) {
        int length = s.length();
        if (length == 0) {
            return false;
        }
        int digits = 0;
        int upper = 0;
        int lower = 0;
        int hex = 0;
        int tokenChars = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                hex++;
                tokenChars++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (c <= 'Z') {
                    upper++;
                } else {
                    lower++;
                }
                tokenChars++;
                if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                    hex++;
                }
            } else if (c == '-' || c == '_' || c == '+' || c == '=' || c == '~') {
                tokenChars++;
            }
        }
        if (digits == length) {
            return true;
        }
        if (hex == length && length >= MIN_HEX_LENGTH) {
            return true;
        }
        if (isUuid(s)) {
            return true;
        }
        if (tokenChars == length && length >= MIN_TOKEN_LENGTH && isMixedToken(upper, lower, digits, length)) {
            return true;
        }
        if (digits >= MIN_DIGITS_IN_MIXED && digits * 2 >= length) {
            return true;
        }
        return isEmail(s);
    }

    private static boolean isMixedToken(int upper, int lower, int digits, int length) {
        int classes = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digits > 0 ? 1 : 0);
        return classes >= 2 && (upper + digits) * 4 >= length;
    }

    private static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmail(String s) {
        int at = s.indexOf('@');
        int atLength = 1;
        if (at < 0) {
            at = s.indexOf("%40");
            atLength = 3;
        }
        return at > 0 && s.indexOf('.', at + atLength + 1) > 0;
    }
}
