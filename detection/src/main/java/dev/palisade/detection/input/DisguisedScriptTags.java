package dev.palisade.detection.input;

/**
 * Script tags written to slip past a filter rather than to run as they stand: a server-page delimiter
 * glued before the name ({@code <%script>}, {@code <%/script>}, for filters that pass {@code <%} as
 * ASP or JSP text), or the name split by a tab or line break ({@code <scr&#9;ipt>}), which a filter
 * that strips control whitespace joins again. A browser reads neither as a script tag, so both are
 * MEDIUM; a space inside the name ({@code <scr ipt>}) is left alone, being what text looks like.
 */
final class DisguisedScriptTags {
    private DisguisedScriptTags() {
    }

    private static final String NAME = "script";

    /** The first disguised script start or end tag in {@code s} (lower case), or null. */
    static Detection scan(String s) {
        int n = s.length();
        for (int lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', lt + 1)) {
            int i = lt + 1;
            boolean delimiter = i < n && s.charAt(i) == '%';
            if (delimiter) {
                i++;
            }
            if (i < n && s.charAt(i) == '/') {
                i++;
            }
            int end = delimiter ? plainName(s, i) : splitName(s, i);
            if (end > 0) {
                return new Detection(Category.XSS, Confidence.MEDIUM, lt, end, "xss.script_tag");
            }
        }
        return null;
    }

    /** The end of {@code script} at {@code i} when no letter follows, else -1. */
    private static int plainName(String s, int i) {
        int end = i + NAME.length();
        return s.startsWith(NAME, i) && !letterAt(s, end) ? end : -1;
    }

    /** The end of {@code script} spelled from {@code i} with tabs or line breaks inside (at least one), else -1. */
    private static int splitName(String s, int i) {
        int k = 0;
        boolean split = false;
        int j = i;
        while (j < s.length() && k < NAME.length()) {
            char c = s.charAt(j);
            if (k > 0 && (c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
                split = true;
            } else if (c == NAME.charAt(k)) {
                k++;
            } else {
                return -1;
            }
            j++;
        }
        return split && k == NAME.length() && !letterAt(s, j) ? j : -1;
    }

    private static boolean letterAt(String s, int i) {
        return i < s.length() && HtmlTagScanner.isAsciiLetter(s.charAt(i));
    }
}
