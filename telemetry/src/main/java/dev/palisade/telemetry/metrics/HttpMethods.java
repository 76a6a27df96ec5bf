package dev.palisade.telemetry.metrics;

/**
 * The HTTP methods telemetry keeps apart. Anything else (including lower-case spellings) is
 * {@code _OTHER}, as the OpenTelemetry conventions say, so a client cannot create endpoints by
 * inventing methods.
 */
final class HttpMethods {

    static final String OTHER = "_OTHER";
    private static final String[] NAMES =
            {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", OTHER};
    static final int COUNT = NAMES.length;

    private HttpMethods() {
    }

    /** A slot index in {@code [0, COUNT)}. */
    static int index(String method) {
        if (method == null) {
            return COUNT - 1;
        }
        switch (method) {
            case "GET": return 0;
            case "HEAD": return 1;
            case "POST": return 2;
            case "PUT": return 3;
            case "DELETE": return 4;
            case "CONNECT": return 5;
            case "OPTIONS": return 6;
            case "TRACE": return 7;
            case "PATCH": return 8;
            default: return COUNT - 1;
        }
    }

    static String name(int index) {
        return NAMES[index];
    }
}
