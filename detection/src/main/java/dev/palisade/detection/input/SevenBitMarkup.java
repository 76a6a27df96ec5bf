package dev.palisade.detection.input;

/**
 * Markup written for a page whose charset is US-ASCII: a decoder that drops the eighth bit of each byte
 * (old Internet Explorer did) reads {@code ¼} (0xBC) as {@code <}, {@code ¾} (0xBE) as {@code >} and
 * {@code ¢} (0xA2) as {@code "}, so {@code ¼script¾} is a script tag there while no filter looking for
 * {@code <} sees one. Values holding a {@code ¼} right before a letter or {@code /} are read again with
 * the eighth bit of every Latin-1 char dropped; text such as "1¼ cups" or "¼-inch" never forms a tag.
 */
final class SevenBitMarkup {
    private SevenBitMarkup() {
    }

    private static final char LT = '\u00bc';
    private static final char GT = '\u00be';

    /** A finding of the tag scanner on the 7-bit reading of {@code s}, or a 7-bit end tag; else null. */
    static Detection scan(String s) {
        int lt = s.indexOf(LT);
        while (lt >= 0 && !startsTag(s, lt)) {
            lt = s.indexOf(LT, lt + 1);
        }
        if (lt < 0) {
            return null;
        }
        String folded = dropEighthBit(s);
        Detection d = HtmlTagScanner.scan(folded);
        if (d != null) {
            return new Detection(Category.XSS, d.confidence(), d.start(), d.end(), "xss.seven_bit_markup");
        }
        int end = endTag(s, lt);
        return end > 0 ? new Detection(Category.XSS, Confidence.MEDIUM, lt, end, "xss.seven_bit_markup") : null;
    }

    /** Whether the {@code ¼} at {@code i} is followed by a letter, or by {@code /} and a letter. */
    private static boolean startsTag(String s, int i) {
        int k = i + 1 < s.length() && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
        return k < s.length() && HtmlTagScanner.isAsciiLetter(s.charAt(k));
    }

    /**
     * The end of the first 7-bit end tag ({@code ¼/name¾}) at or after {@code from}, or -1: whatever the
     * element, only a value written for a 7-bit reading spells one.
     */
    private static int endTag(String s, int from) {
        for (int i = s.indexOf(LT, from); i >= 0; i = s.indexOf(LT, i + 1)) {
            int k = i + 2;
            if (k >= s.length() || s.charAt(i + 1) != '/' || !HtmlTagScanner.isAsciiLetter(s.charAt(k))) {
                continue;
            }
            while (k < s.length() && (HtmlTagScanner.isAsciiLetter(s.charAt(k)) || Character.isDigit(s.charAt(k)))) {
                k++;
            }
            if (k < s.length() && s.charAt(k) == GT) {
                return k + 1;
            }
        }
        return -1;
    }

    /** {@code s} with every char in U+0080..U+00FF replaced by its low seven bits, in lower case. */
    private static String dropEighthBit(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= 0x80 && c <= 0xff) {
                c = (char) (c & 0x7f);
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
        }
        return new String(out);
    }
}
