package dev.palisade.telemetry.route;

/**
 * Normalizes a route given by a framework: a leading slash is ensured, and a JAX-RS placeholder with a
 * regular expression ({@code {id: [0-9]+}}) is reduced to its name ({@code {id}}) so that two
 * resources that differ only in their expressions report the same route.
 */
final class FrameworkRoutes {

    private FrameworkRoutes() {
    }

    static String normalize(String route) {
        boolean needsSlash = route.charAt(0) != '/' && route.charAt(0) != '*';
        if (route.indexOf(':') < 0) {
            return needsSlash ? "/" + route : route;
        }
        StringBuilder out = new StringBuilder(route.length() + 1);
        if (needsSlash) {
            out.append('/');
        }
        int depth = 0;
        boolean skipping = false;
        for (int i = 0; i < route.length(); i++) {
            char c = route.charAt(i);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    skipping = false;
                    out.append(c);
                    continue;
                }
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == 0) {
                    skipping = false;
                    out.append(c);
                    continue;
                }
            } else if (c == ':' && depth == 1) {
                skipping = true;
                continue;
            }
            if (!skipping && !(depth == 1 && c == ' ')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
