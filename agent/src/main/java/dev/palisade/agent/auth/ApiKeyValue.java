package dev.palisade.agent.auth;

/**
 * An API key's value (header, query parameter or cookie): present when it is non-empty after
 * trimming and at most {@link #MAX_BYTES} bytes in UTF-8. The cap keeps a hostile multi-megabyte
 * "key" from counting as a credential; real keys are far shorter.
 */
public final class ApiKeyValue {

    /** 4 KiB. */
    public static final int MAX_BYTES = 4096;

    private ApiKeyValue() {
    }

    /** What a value (or {@code null}) amounts to. Allocation-free. */
    public static Finding inspect(String value) {
        if (value == null) {
            return Finding.ABSENT;
        }
        int start = 0;
        int end = value.length();
        // String.trim()'s notion of blank (every char <= U+0020), without the copy.
        while (start < end && value.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return Finding.EMPTY;
        }
        return utf8LengthExceeds(value, start, end, MAX_BYTES) ? Finding.TOO_LONG : Finding.WELL_FORMED;
    }

    private static boolean utf8LengthExceeds(String value, int start, int end, int limit) {
        if (end - start > limit) {
            return true;
        }
        if (3 * (end - start) <= limit) {
            return false;
        }
        int bytes = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > limit) {
                return true;
            }
        }
        return false;
    }
}
