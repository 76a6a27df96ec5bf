package dev.palisade.agent.context;

/**
 * Other readings of a request path than the container's, for deciding which policy rule must hold.
 *
 * <p>Why: the servlet container routes on its canonical path ({@code ..} resolved), but some
 * frameworks route on the raw request URI. Spring MVC's {@code PathPattern} matching splits
 * {@code getRequestURI()} into segments, decodes each and drops {@code ;} parameters, but does not
 * resolve {@code .} or {@code ..}: it serves {@code /api/admin/../public/x} from its
 * {@code /api/admin/**} handler while the container's path is {@code /api/public/x}. A policy
 * check on the container's path alone would then let an admin request through as public (issue
 * 4). Checking this reading too makes the agent at least as strict as either router.
 */
public final class FrameworkPath {

    private FrameworkPath() {
    }

    /**
     * The raw URI read segment by segment as Spring MVC does: {@code ;} parameters removed from
     * each segment, each segment percent-decoded (UTF-8), {@code .} and {@code ..} kept as
     * ordinary segments, empty segments dropped (policy matching ignores them anyway). Returns
     * {@code null} when that reading is {@code containerPath} itself, which is the common case
     * and then costs one string comparison.
     */
    public static String literalSegments(String rawUri, String containerPath) {
        if (rawUri == null || rawUri.isEmpty() || rawUri.equals(containerPath)) {
            return null;
        }
        StringBuilder out = new StringBuilder(rawUri.length());
        int start = 0;
        int length = rawUri.length();
        while (start <= length) {
            int slash = rawUri.indexOf('/', start);
            int end = slash < 0 ? length : slash;
            int parameters = rawUri.indexOf(';', start);
            int segmentEnd = parameters >= 0 && parameters < end ? parameters : end;
            if (segmentEnd > start) {
                out.append('/').append(PathNormalizer.percentDecode(rawUri.substring(start, segmentEnd)));
            }
            start = end + 1;
        }
        if (out.length() == 0) {
            out.append('/');
        }
        String literal = out.toString();
        return literal.equals(containerPath) || sameSegments(literal, containerPath) ? null : literal;
    }

    /** {@code path} with ASCII letters in lower case, or {@code null} when it has no upper-case letter. */
    public static String asciiLowerCase(String path) {
        if (path == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        char[] chars = path.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Equal up to a trailing slash, which matching ignores. */
    private static boolean sameSegments(String a, String b) {
        if (b == null) {
            return false;
        }
        if (a.length() == b.length() + 1 && a.endsWith("/")) {
            return a.startsWith(b);
        }
        return b.length() == a.length() + 1 && b.endsWith("/") && b.startsWith(a);
    }
}
