package dev.palisade.detection.input;

/**
 * Vite's development-server file routes reached from a request: {@code /@fs/...} serves any absolute
 * file-system path, and {@code /@id/__x00__...} names a virtual module, {@code __x00__} being Vite's URL
 * spelling of the NUL byte that marks such ids. Both are the vehicles of Vite's published
 * {@code server.fs.deny} bypasses; a service behind this agent has no such routes, so a value that opens
 * with one is a probe for a dev server's file reads. The NUL spelling is the file-name truncation trick
 * of {@link PathTraversalDetector}'s {@code path.null_byte} in another encoding.
 */
final class DevServerRoutes {
    private DevServerRoutes() {
    }

    /** A finding when {@code s} opens with a dev-server file route, else null. */
    static Detection find(String s) {
        if (s.length() < 6 || s.charAt(0) != '/' || s.charAt(1) != '@') {
            return null;
        }
        if (s.startsWith("/@id/__x00__", 0)) {
            return new Detection(Category.PATH, Confidence.MEDIUM, 0, 12, "path.dev_server_route");
        }
        if (s.startsWith("/@fs/", 0) && s.length() > 5 && s.charAt(5) > ' ') {
            return new Detection(Category.PATH, Confidence.MEDIUM, 0, 5, "path.dev_server_route");
        }
        return null;
    }
}
