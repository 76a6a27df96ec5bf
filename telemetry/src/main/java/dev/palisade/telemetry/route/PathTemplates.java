package dev.palisade.telemetry.route;

/**
 * Turns a concrete request path into a route template: the path is normalized (query and fragment
 * dropped, empty and {@code .} segments dropped, {@code ..} applied, {@code ;matrix} parameters
 * removed) and identifier-like segments (see {@link IdSegments}) become {@code {id}}.
 * {@code /api/orders/42/items/} becomes {@code /api/orders/{id}/items}. Linear in the path length.
 */
public final class PathTemplates {

    /** What an identifier segment is replaced with. */
    public static final String ID = "{id}";

    private PathTemplates() {
    }

    /** The route template for {@code path}; {@code "/"} for an empty or null path. */
    public static String template(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int end = endOfPath(path);
        StringBuilder out = new StringBuilder(Math.min(end, 256) + 1);
        int start = 0;
        while (start < end) {
            int slash = path.indexOf('/', start);
            int segmentEnd = slash < 0 || slash > end ? end : slash;
            appendSegment(path.substring(start, segmentEnd), out);
            start = segmentEnd + 1;
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    private static int endOfPath(String path) {
        int end = path.length();
        int query = path.indexOf('?');
        if (query >= 0) {
            end = query;
        }
        int fragment = path.indexOf('#');
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end;
    }

    private static void appendSegment(String raw, StringBuilder out) {
        int matrix = raw.indexOf(';');
        String segment = matrix >= 0 ? raw.substring(0, matrix) : raw;
        if (segment.isEmpty() || segment.equals(".")) {
            return;
        }
        if (segment.equals("..")) {
            int previous = out.lastIndexOf("/");
            out.setLength(Math.max(previous, 0));
            return;
        }
        out.append('/');
        boolean placeholder = segment.startsWith("{") && segment.endsWith("}");
        out.append(!placeholder && IdSegments.isIdLike(segment) ? ID : segment);
    }
}
