package dev.palisade.agent.context;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: an incoming {@code X-Request-Id} is kept when it is a sane token (1-64 characters of
 * {@code A-Z a-z 0-9 . _ : -}), so ids correlate with proxies and logs; otherwise a random
 * 128-bit id in hex is generated.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 64;

    private RequestIds() {
    }

    public static String fromHeaderOrNew(String incoming) {
        return isSane(incoming) ? incoming : generate();
    }

    static boolean isSane(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // Bytes, not chars: one 32-byte array that the Latin-1 String copies, instead of a 64-byte char array.
        byte[] out = new byte[32];
        long high = random.nextLong();
        long low = random.nextLong();
        for (int i = 0; i < 16; i++) {
            out[i] = HEX[(int) ((high >>> (60 - 4 * i)) & 0xf)];
            out[16 + i] = HEX[(int) ((low >>> (60 - 4 * i)) & 0xf)];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }
}
