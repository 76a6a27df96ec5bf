package dev.palisade.detection.input;

/**
 * Cross-site scripting detector: an HTML tag scanner ({@link HtmlTagScanner}) for markup that runs
 * script, then a scanner for script that needs no tag ({@link ScriptContextScanner}): attribute and
 * string breakouts, script URLs, CSS expressions, code-from-string sinks; tag names disguised for
 * filters ({@link DisguisedTagNames}) and markup spelled for a 7-bit reading ({@link SevenBitMarkup}).
 * Values without any of {@code < : = ( ` { + [ * > ¼} skip these by a single character-class pass.
 * Then, on the value as received: markup hidden in base64 or UTF-7 ({@link Base64Markup},
 * {@link Utf7Markup}) and identifiers spelled with escapes ({@link EscapedIdentifiers}). Prose with {@code <} or {@code >}
 * ("1<2 and 3>2", "I <3 it") is text: a tag needs a letter right after {@code <}.
 */
public final class XssDetector implements InputDetector {
    /**
     * Chars without which no script can be written: {@code < : = ( ` { + [}, plus {@code *} (comments
     * splitting {@code document /*x*&#47; .cookie}) and {@code >} (a {@code "-->} context breakout).
     */
    private static final boolean[] SCRIPT_CHAR = new boolean[128];

    static {
        for (char c : "<:=(`{+[*>".toCharArray()) {
            SCRIPT_CHAR[c] = true;
        }
    }
    @Override
    public Category category() {
        return Category.XSS;
    }

    @Override
    public Detection detect(NormalizedInput input) {
        Detection d = detect(input.text());
        if (d != null) {
            return d;
        }
        if (input.text() == input.raw()) {
            // Normalization left the value as it was: nothing was encoded, and the rules below that
            // read the value as received need an escape or an upper-case letter (base64, UTF-7).
            return null;
        }
        d = encodedSinkCall(input);
        if (d == null) {
            d = Base64Markup.scan(input.raw());
        }
        if (d == null) {
            d = Utf7Markup.scan(input.raw());
        }
        if (d == null) {
            d = EscapedIdentifiers.scan(input.raw());
        }
        return d != null ? d : encodedAngleProbe(input);
    }

    /**
     * The whole value is one {@code <} written as a character reference or escape ({@code &#x3c;},
     * {@code \x3c}): a probe for which encoding of markup the page reflects.
     */
    private static Detection encodedAngleProbe(NormalizedInput input) {
        String s = input.text().trim();
        String raw = input.raw().trim();
        if (!s.equals("<") || raw.length() < 2 || raw.indexOf('<') >= 0 || raw.indexOf('%') >= 0) {
            return null;
        }
        return new Detection(Category.XSS, Confidence.LOW, 0, input.text().length(), "xss.encoded_markup_probe");
    }

    /**
     * A plain sink call ({@code alert(1)}) is harmless text, but one that only appears after decoding
     * ({@code alert&lpar;1&rpar;}, {@code al\u0065rt(1)}) was encoded to get past a filter.
     */
    private static Detection encodedSinkCall(NormalizedInput input) {
        String s = input.text();
        if (s == input.raw() || s.length() > 4096 || isAsciiLowerCaseOf(s, input.raw())) {
            return null; // nothing was decoded: any sink call in s is in the raw value too
        }
        int[] call = JsBreakouts.firstSinkCall(s);
        if (call == null) {
            return null;
        }
        String shown = s.substring(call[0], call[1]);
        if (input.raw().toLowerCase(java.util.Locale.ROOT).contains(shown)) {
            return null;
        }
        return new Detection(Category.XSS, Confidence.MEDIUM, call[0], call[1], "xss.encoded_script");
    }

    /** Whether {@code raw} is ASCII and {@code text} is {@code raw} lower-cased. */
    private static boolean isAsciiLowerCaseOf(String text, String raw) {
        if (text.length() != raw.length()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char r = raw.charAt(i);
            if (r >= 0x80 || text.charAt(i) != (r >= 'A' && r <= 'Z' ? (char) (r + ('a' - 'A')) : r)) {
                return false;
            }
        }
        return true;
    }

    Detection detect(String s) {
        if (!mayHoldScript(s)) {
            return null;
        }
        Detection tag = HtmlTagScanner.scan(s);
        if (tag != null && tag.confidence() == Confidence.HIGH) {
            return tag;
        }
        Detection script = ScriptContextScanner.scan(s);
        if (tag == null) {
            if (script != null) {
                return script;
            }
            Detection disguised = s.indexOf('<') >= 0 ? DisguisedTagNames.scan(s) : null;
            return disguised != null ? disguised : SevenBitMarkup.scan(s);
        }
        return script != null && script.confidence().compareTo(tag.confidence()) > 0 ? script : tag;
    }

    private static boolean mayHoldScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? SCRIPT_CHAR[c] : c == '\u00bc') {
                return true;
            }
        }
        return false;
    }
}
