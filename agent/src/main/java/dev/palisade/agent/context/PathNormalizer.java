package dev.palisade.agent.context;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a request path into the form the policy is matched against: percent-decoded (UTF-8),
 * {@code ;} path parameters removed, {@code .} and {@code ..} segments resolved, repeated slashes
 * collapsed, always starting with {@code /}. A trailing slash is kept ({@code /a/} stays distinct
 * from {@code /a} only in the output; matching treats it as the same segments).
 *
 * <p>Everything here runs in time linear in the input.
 */
public final class PathNormalizer {

    private PathNormalizer() {
    }

    /** Normalizes an undecoded request URI path (no query string). */
    public static String normalizeRawUri(String rawUri) {
        if (rawUri == null || rawUri.isEmpty()) {
            return "/";
        }
        // Path parameters are stripped before decoding, as containers do: an encoded %3B stays data.
        return canonicalize(percentDecode(stripPathParameters(rawUri)));
    }

    /**
     * Canonicalizes an already decoded path (e.g. what the container routed on): dot segments and
     * repeated slashes. Never decodes again and keeps {@code ;}: after decoding, {@code %} and
     * {@code ;} are data (containers strip path parameters before decoding).
     */
    public static String canonicalize(String decodedPath) {
        if (decodedPath == null || decodedPath.isEmpty()) {
            return "/";
        }
        String path = decodedPath;
        if (isCanonical(path)) {
            return path;
        }
        String[] stack = new String[path.length() / 2 + 2];
        int depth = 0;
        int length = path.length();
        int start = 0;
        while (start <= length) {
            int end = indexOfSlash(path, start);
            if (end > start) {
                String segment = path.substring(start, end);
                if (segment.equals("..")) {
                    if (depth > 0) {
                        depth--;
                    }
                } else if (!segment.equals(".")) {
                    stack[depth++] = segment;
                }
            }
            start = end + 1;
        }
        boolean trailingSlash = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < depth; i++) {
            out.append('/').append(stack[i]);
        }
        if (out.length() == 0 || (trailingSlash && depth > 0)) {
            out.append('/');
        }
        return out.toString();
    }

    /** Backslash is data, not a separator, on every container we support. */
    private static int indexOfSlash(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? path.length() : slash;
    }

    /** Fast path: already starts with one slash and has no empty, "." or ".." segment. */
    private static boolean isCanonical(String path) {
        if (path.charAt(0) != '/') {
            return false;
        }
        int length = path.length();
        for (int i = 0; i < length; i++) {
            if (path.charAt(i) != '/') {
                continue;
            }
            if (i + 1 < length && path.charAt(i + 1) == '/') {
                return false;
            }
            if (i + 1 < length && path.charAt(i + 1) == '.') {
                boolean dot = i + 2 == length || path.charAt(i + 2) == '/';
                boolean dotDot = i + 2 < length && path.charAt(i + 2) == '.'
                        && (i + 3 == length || path.charAt(i + 3) == '/');
                if (dot || dotDot) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Removes {@code ;name=value} parameters from every segment. */
    static String stripPathParameters(String path) {
        if (path.indexOf(';') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        boolean inParameter = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';') {
                inParameter = true;
            } else if (c == '/') {
                inParameter = false;
                out.append(c);
            } else if (!inParameter) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Decodes {@code %XX} escapes as UTF-8; malformed escapes are kept literally. */
    static String percentDecode(String text) {
        int percent = text.indexOf('%');
        if (percent < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
