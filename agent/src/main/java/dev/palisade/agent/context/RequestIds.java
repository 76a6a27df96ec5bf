package dev.palisade.agent.context;

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

    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[32];
        long high = random.nextLong();
        long low = random.nextLong();
        for (int i = 0; i < 16; i++) {
            out[i] = Character.forDigit((int) ((high >>> (60 - 4 * i)) & 0xf), 16);
            out[16 + i] = Character.forDigit((int) ((low >>> (60 - 4 * i)) & 0xf), 16);
        }
        return new String(out);
    }
}
