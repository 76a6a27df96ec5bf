package dev.palisade.agent.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BodyCaptureTest {

    @Test
    void keepsTheFirstBytesUpToTheCapAndCountsTheRest() {
        BodyCapture capture = new BodyCapture(8);
        capture.append("hello ".getBytes(StandardCharsets.US_ASCII), 0, 6);
        assertFalse(capture.truncated());
        capture.append("world!".getBytes(StandardCharsets.US_ASCII), 0, 6);
        assertArrayEquals("hello wo".getBytes(StandardCharsets.US_ASCII), capture.bytes());
        assertEquals(12, capture.totalBytes());
        assertTrue(capture.truncated());
    }

    @Test
    void charactersAreStoredAsUtf8() {
        BodyCapture capture = new BodyCapture(BodyCapture.DEFAULT_MAX_BYTES);
        char[] text = "caf\u00e9".toCharArray();
        capture.appendChars(text, 0, text.length);
        assertEquals("caf\u00e9", new String(capture.bytes(), StandardCharsets.UTF_8));
    }
}
