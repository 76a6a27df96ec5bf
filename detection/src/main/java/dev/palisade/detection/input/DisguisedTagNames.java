package dev.palisade.detection.input;

/**
 * Tag names written to slip past a filter rather than to run as they stand, for a filter or proxy that
 * removes the disguise afterwards:
 * <ul>
 *   <li>a script tag with a server-page delimiter glued before the name ({@code <%script>},
 *       {@code <%/script>}, for filters that pass {@code <%} as ASP or JSP text), or with the name split
 *       by a tab or line break ({@code <scr&#9;ipt>}): MEDIUM; a plain space inside the name
 *       ({@code <scr ipt>}) is left alone, being what text looks like;</li>
 *   <li>the name of an element sanitizers keep out spelled letter by letter with whitespace between
 *       ({@code <i f r a m e}): LOW, since no browser joins the letters.</li>
 * </ul>
 */
final class DisguisedTagNames {
    private DisguisedTagNames() {
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
            end = delimiter ? -1 : spacedName(s, i);
            if (end > 0) {
                return new Detection(Category.XSS, Confidence.LOW, lt, end, "xss.markup_injection");
            }
        }
        return null;
    }

    /** Longest element name read letter by letter. */
    private static final int MAX_SPACED = 16;

    /**
     * The end of an element name spelled one letter at a time with whitespace between
     * ({@code f o r m}) from {@code i}, when the letters name a script, active or markup element; else -1.
     */
    private static int spacedName(String s, int i) {
        char[] name = new char[MAX_SPACED];
        int length = 0;
        int end = -1;
        int j = i;
        while (length < MAX_SPACED && j < s.length() && HtmlTagScanner.isAsciiLetter(s.charAt(j)) && !wordCharAt(s, j + 1)) {
            name[length++] = s.charAt(j);
            end = j + 1;
            int k = end;
            while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k++;
            }
            if (k == end) {
                break;
            }
            j = k;
        }
        if (length < 3) {
            return -1;
        }
        String word = new String(name, 0, length);
        boolean element = word.equals(NAME) || XssVocabulary.isActiveElement(word, 0, length)
                || XssVocabulary.isMarkupElement(word, 0, length);
        return element ? end : -1;
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

    private static boolean wordCharAt(String s, int i) {
        return i < s.length() && (HtmlTagScanner.isAsciiLetter(s.charAt(i)) || Character.isDigit(s.charAt(i)));
    }

    private static boolean letterAt(String s, int i) {
        return i < s.length() && HtmlTagScanner.isAsciiLetter(s.charAt(i));
    }
}
