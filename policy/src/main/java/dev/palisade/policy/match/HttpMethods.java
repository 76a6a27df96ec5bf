package dev.palisade.policy.match;

import java.util.List;
import java.util.Set;

/**
 * Maps HTTP methods to bits so that a rule's {@code methods} check is one AND on the request path
 * instead of a set lookup. Methods outside the standard nine share one bit that only rules without
 * {@code methods} carry.
 */
public final class HttpMethods {

    /** The methods a policy may list, in the order tools print them. */
    public static final List<String> STANDARD = List.of(
            "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

    /** The bit of every method not in {@link #STANDARD} (WebDAV's PROPFIND, custom verbs). */
    static final int OTHER = 1 << 9;
    /** The mask of a rule without {@code methods}. */
    static final int ALL = (OTHER << 1) - 1;

    private HttpMethods() {
    }

    /** The bit for {@code method}; case-sensitive, as HTTP methods are. */
    static int bit(String method) {
        switch (method) {
            case "GET":
                return 1;
            case "HEAD":
                return 1 << 1;
            case "POST":
                return 1 << 2;
            case "PUT":
                return 1 << 3;
            case "DELETE":
                return 1 << 4;
            case "PATCH":
                return 1 << 5;
            case "OPTIONS":
                return 1 << 6;
            case "TRACE":
                return 1 << 7;
            case "CONNECT":
                return 1 << 8;
            default:
                return OTHER;
        }
    }

    /** The mask of a rule: {@link #ALL} for {@code null} (every method). */
    static int mask(Set<String> methods) {
        if (methods == null) {
            return ALL;
        }
        int mask = 0;
        for (String method : methods) {
            int bit = bit(method);
            // A non-standard method in a rule would match every non-standard request method;
            // the validator rejects them, so this only guards programmatic construction.
            mask |= bit == OTHER ? 0 : bit;
        }
        return mask;
    }
}
