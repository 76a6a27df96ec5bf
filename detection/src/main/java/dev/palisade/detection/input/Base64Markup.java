package dev.palisade.detection.input;

import java.util.Locale;

/**
 * Script-running markup carried base64-encoded inside a value: the payload of a {@code data:} URL
 * ({@code data:application/x-foo;base64,PHNjcmlwdD4...}), or a blob that a page decodes with
 * {@code atob} and writes into the document. Base64 of text starting with {@code <} and a letter always
 * begins with {@code P} followed by one of {@code E F G H}, so only tokens starting that way (at least
 * {@value #MIN_TOKEN} chars) are decoded; the value as received is read, since base64 is case-sensitive.
 */
final class Base64Markup {
    private Base64Markup() {
    }

    /** Shortest token decoded: 12 bytes, enough for {@code <svg onload=} and no ordinary word. */
    private static final int MIN_TOKEN = 16;
    /** Most chars of one token decoded (a multiple of four, within what {@link Base64Text} decodes). */
    private static final int MAX_DECODED = 4096;

    /** The first base64 token of {@code raw} decoding to markup that runs script, as a MEDIUM finding. */
    static Detection scan(String raw) {
        if (raw.length() < MIN_TOKEN) {
            return null;
        }
        for (int p = raw.indexOf('P'); p >= 0 && p + 1 < raw.length(); p = raw.indexOf('P', p + 1)) {
            char second = raw.charAt(p + 1);
            if (second < 'E' || second > 'H' || p > 0 && isBase64Char(raw.charAt(p - 1))) {
                continue;
            }
            int end = p;
            while (end < raw.length() && isBase64Char(raw.charAt(end))) {
                end++;
            }
            int padded = end;
            while (padded < raw.length() && padded - end < 2 && raw.charAt(padded) == '=') {
                padded++;
            }
            if (end - p < MIN_TOKEN) {
                continue;
            }
            // A long token (an encoded document) is judged by its beginning, whole groups of four chars.
            int stop = padded - p > MAX_DECODED ? p + MAX_DECODED : padded;
            String decoded = Base64Text.decodePrintable(raw.substring(p, stop));
            if (decoded != null && runsScript(decoded.toLowerCase(Locale.ROOT))) {
                return new Detection(Category.XSS, Confidence.MEDIUM, p, padded, "xss.base64_markup");
            }
            p = end - 1;
        }
        return null;
    }

    /** Active elements (of at most this many) skipped before a script-running tag is found. */
    private static final int MAX_ACTIVE_SKIPPED = 8;

    /**
     * Whether {@code markup} has a tag the tag scanner rates HIGH for running script (a script tag, a
     * handler, a script URL or style): an active element alone does not count, since base64 SVG images
     * ({@code <svg xmlns=...>}) and documents are ordinary uploads.
     */
    private static boolean runsScript(String markup) {
        String rest = markup;
        for (int skipped = 0; skipped <= MAX_ACTIVE_SKIPPED; skipped++) {
            Detection d = HtmlTagScanner.scan(rest);
            if (d == null || d.confidence() != Confidence.HIGH) {
                return false;
            }
            if (!"xss.active_element".equals(d.reason())) {
                return true;
            }
            rest = rest.substring(Math.max(d.end(), 1));
        }
        return false;
    }

    private static boolean isBase64Char(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '-' || c == '_';
    }
}
