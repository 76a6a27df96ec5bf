package dev.palisade.agent.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void plainTextIsReturnedUnchanged() {
        String text = "GET /api/orders/7 \u00e9\ud83d\ude00";
        assertSame(text, LogText.escape(text));
    }

    @Test
    void lineBreaksAndControlCharactersCannotForgeLogLines() {
        String escaped = LogText.escape("a\nb\r\nc\u0000d\u001be\u007f");
        assertEquals("a\\nb\\r\\nc\\u0000d\\u001be\\u007f", escaped);
        assertFalse(escaped.contains("\n"));
    }

    @Test
    void loneSurrogatesAreEscaped() {
        assertEquals("x\\ud800y", LogText.escape("x\ud800y"));
    }

    @Test
    void longValuesAreCutAndSayHowLongTheyWere() {
        String escaped = LogText.escape("a".repeat(1_000_000));
        assertTrue(escaped.length() < 300, escaped.length() + "");
        assertTrue(escaped.endsWith("(1000000 chars)"), escaped);
    }
}
