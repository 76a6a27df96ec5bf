package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputNormalizerTest {
    private final InputNormalizer normalizer = new InputNormalizer();

    private String text(String raw) {
        return normalizer.normalize(raw).text();
    }

    @Test
    void decodesPercentEscapesUpToThreeRounds() {
        assertEquals("../etc", text("%2e%2e%2fetc"));
        assertEquals("../etc", text("%252e%252e%252fetc"));
        assertEquals("../etc", text("%25252e%25252e%25252fetc"));
        assertEquals("%2e", text("%2525252e"), "a fourth level of encoding is left after three rounds");
    }

    @Test
    void keepsInvalidPercentEscapesAsTheyAre() {
        assertEquals("100%zz%", text("100%ZZ%"));
        assertEquals("%g1 %", text("%g1 %"));
    }

    @Test
    void readsPlusAsSpaceOnlyWhereTheValueIsStillFormEncoded() {
        assertEquals("a b c", text("a+b%20c"), "a round that decoded something also decodes '+'");
        assertEquals("cat /etc/passwd", text("cat+/etc/passwd"), "no whitespace at all: a form-encoded value");
        assertEquals("1 + 1 = 2", text("1 + 1 = 2"), "'+' stays an operator in text that has spaces");
        assertEquals("x'+email--", text("x'%2Bemail--"), "a '+' decoded from %2B is a literal plus");
        assertEquals("1+1", text("1%2B1"));
        assertEquals("a b+c", text("a+b%2Bc"), "only the '+' as received means a space");
    }

    @Test
    void assemblesUtf8AndFallsBackToLatin1ForInvalidBytes() {
        assertEquals("é", text("%C3%A9"));
        assertEquals("caf\u00e9", text("caf%E9"), "a lone byte that forms no sequence stays a Latin-1 char");
        assertEquals("\u00e9", text("\u00c3\u00a9"), "UTF-8 read as ISO-8859-1 by the server is repaired");
    }

    @Test
    void decodesOverlongUtf8ForPunctuationAndFlagsIt() {
        NormalizedInput n = normalizer.normalize("%c0%ae%c0%ae%c0%af");
        assertEquals("../", n.text());
        assertTrue(n.overlongUtf8());
        assertEquals(".", text("%e0%80%ae"));
        assertEquals("\u00e1\u00af", text("%c1%af"), "an overlong letter is fuzzing noise, kept as junk");
    }

    @Test
    void decodesIisUnicodeEscapesAndFullWidthForms() {
        assertEquals("../", text("%uff0e%uff0e%u2215"));
        assertEquals("<script>", text("\uff1cscript\uff1e"));
    }

    @Test
    void decodesHtmlCharacterReferences() {
        assertEquals("<script>", text("&lt;script&gt;"));
        assertEquals("<", text("&#60;"));
        assertEquals("<", text("&#x3C;"));
        assertEquals("<", text("&#x00003c"), "leading zeros and no semicolon");
        assertEquals("javascript:", text("javascript&colon;"));
        assertEquals("java\tscript", text("java&Tab;script"));
        assertEquals("<img", text("&ltimg"), "legacy names decode even when letters follow");
        assertEquals("&unknown;", text("&unknown;"));
        assertEquals("AT&T", normalizer.normalize("AT&T").raw());
    }

    @Test
    void decodesBackslashEscapes() {
        assertEquals("<svg>", text("\\u003csvg\\x3e"));
        assertEquals("<", text("\\u{3c}"));
        assertEquals("<script", text("\\074script"));
        assertEquals("\\0075", text("\\0075"), "an octal-looking CSS escape (a hex digit follows) is left for the CSS reader");
        assertEquals("c:\\windows\\temp", text("C:\\Windows\\Temp"));
    }

    @Test
    void combinesLayersOfEncoding() {
        assertEquals("<script>", text("%26lt%3Bscript%26gt%3B"));
        assertEquals("<", text("&#37;3c"));
    }

    @Test
    void foldsCase() {
        assertEquals("union select", text("UnIoN SeLeCt"));
    }

    @Test
    void passesPlainValuesThroughWithoutCopying() {
        String plain = "hello world 42";
        assertSame(plain, normalizer.normalize(plain).text());
    }

    @Test
    void inspectsHeadAndTailOfValuesBeyondTheCap() {
        InputNormalizer small = new InputNormalizer(1024);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append('A');
        }
        b.append("<script>");
        NormalizedInput n = small.normalize(b.toString());
        assertTrue(n.truncated());
        assertEquals(5008, n.originalLength());
        assertTrue(n.text().length() <= 1024);
        assertTrue(n.text().endsWith("<script>"), "the tail of a padded value is inspected");
    }

    @Test
    void neverSplitsASurrogatePairAtTheCap() {
        InputNormalizer small = new InputNormalizer(16);
        String emoji = "\ud83d\ude00";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append(emoji);
        }
        NormalizedInput n = small.normalize(b.toString());
        for (int i = 0; i < n.raw().length(); i++) {
            char c = n.raw().charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < n.raw().length() && Character.isLowSurrogate(n.raw().charAt(i + 1)));
            }
            if (Character.isLowSurrogate(c)) {
                assertTrue(i > 0 && Character.isHighSurrogate(n.raw().charAt(i - 1)));
            }
        }
    }

    @Test
    void treatsNullAsEmpty() {
        NormalizedInput n = normalizer.normalize(null);
        assertEquals("", n.text());
        assertFalse(n.truncated());
    }

    @Test
    void rejectsAUselessCap() {
        assertThrows(IllegalArgumentException.class, () -> new InputNormalizer(0));
        assertTrue(new InputNormalizer(4).normalize("0123456789").truncated(), "tiny caps still work");
    }
}
