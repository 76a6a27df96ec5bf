package dev.palisade.telemetry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    private final SafeText text = SafeText.withMaxChars(10);

    @Test
    void returnsCleanShortValuesUnchangedWithoutCopying() {
        String value = "/api/é/😀";
        assertSame(value, text.clean(value));
    }

    @Test
    void keepsNull() {
        assertNull(text.clean(null));
    }

    @Test
    void cutsLongValuesAndMarksTheCut() {
        String cleaned = text.clean("0123456789abcdef");
        assertEquals("0123456789" + SafeText.TRUNCATION_MARKER, cleaned);
        assertTrue(SafeText.isTruncated(cleaned));
        assertFalse(SafeText.isTruncated(text.clean("short")));
    }

    @Test
    void neverSplitsASurrogatePairAtTheCut() {
        String cleaned = text.clean("012345678😀tail");
        assertEquals("012345678" + SafeText.TRUNCATION_MARKER, cleaned);
    }

    @Test
    void replacesLoneSurrogatesAndNonCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", text.clean("a\uD800b\uDC00c\uFFFF"));
        assertEquals("\uFFFD", text.clean("\uD83D"));
    }

    @Test
    void keepsControlCharactersForTheJsonEncoderToEscape() {
        assertEquals("a\nb\u0000", text.clean("a\nb\u0000"));
    }

    @Test
    void decodesInvalidUtf8AsReplacementCharacters() {
        byte[] bytes = {'o', 'k', (byte) 0xC3, '(', (byte) 0xFF, 'x'};
        assertEquals("ok\uFFFD(\uFFFDx", text.fromUtf8(bytes, 0, bytes.length));
    }

    @Test
    void decodesOnlyThePrefixOfHugeByteInputs() {
        byte[] bytes = new byte[1 << 20];
        java.util.Arrays.fill(bytes, (byte) 'a');
        String cleaned = text.fromUtf8(bytes, 0, bytes.length);
        assertEquals("aaaaaaaaaa" + SafeText.TRUNCATION_MARKER, cleaned);
    }

    @Test
    void cutsAOneMegabyteValueInLinearTime() {
        String huge = "x".repeat(1 << 20);
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            SafeText.defaults().clean(huge);
        }
        long perCallMicros = (System.nanoTime() - start) / 1_000 / 1_000;
        assertEquals(256 + SafeText.TRUNCATION_MARKER.length(), SafeText.defaults().clean(huge).length());
        assertTrue(perCallMicros < 1_000, "cleaning 1 MB took " + perCallMicros + " µs per call");
    }

    @Test
    void utf8OfMultibyteCharactersIsCutAtCharacterBoundaries() {
        byte[] bytes = "ééééééééééééé".getBytes(StandardCharsets.UTF_8);
        assertEquals("éééééééééé" + SafeText.TRUNCATION_MARKER, text.fromUtf8(bytes, 0, bytes.length));
    }
}
