package dev.palisade.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BodyBridgeTest {

    private final StringBuilder captured = new StringBuilder();
    private boolean capturing = true;

    private final BodyHooks recorder = new BodyHooks() {
        @Override
        public void bytesRead(byte[] buffer, int offset, int length) {
            captured.append(new String(buffer, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        @Override
        public void charsRead(char[] buffer, int offset, int length) {
            captured.append(buffer, offset, length);
        }

        @Override
        public boolean capturing() {
            return capturing;
        }
    };

    @AfterEach
    void reset() {
        BodyBridge.install(null);
    }

    @Test
    void onlyTheOutermostReadIsCaptured() {
        BodyBridge.install(recorder);
        byte[] data = "abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean outer = BodyBridge.enterRead();
        boolean inner = BodyBridge.enterRead();
        BodyBridge.exitRead(inner, data, 0, 6);
        BodyBridge.exitRead(outer, data, 0, 6);
        assertTrue(outer);
        assertFalse(inner);
        assertEquals("abcdef", captured.toString());
        assertTrue(BodyBridge.enterRead(), "the depth is back to zero");
        BodyBridge.exitReadByte(true, 'g');
        BodyBridge.exitReadByte(BodyBridge.enterRead(), -1);
        assertEquals("abcdefg", captured.toString());
    }

    @Test
    void wrappedReaderPassesEverythingThroughAndCapturesIt() throws IOException {
        BodyBridge.install(recorder);
        BufferedReader original = new BufferedReader(new StringReader("line one\nline two\nrest"));
        BufferedReader wrapped = BodyBridge.wrapReader(original);
        assertTrue(wrapped instanceof CapturingReader);
        assertSame(wrapped, BodyBridge.wrapReader(wrapped), "never wrapped twice");
        assertEquals("line one", wrapped.readLine());
        assertEquals('l', wrapped.read());
        char[] buffer = new char[4];
        assertEquals(4, wrapped.read(buffer, 0, 4));
        assertEquals("ine ", new String(buffer));
        assertEquals("two\nrest", wrapped.lines().collect(Collectors.joining("\n")));
        assertEquals(-1, wrapped.read());
        assertEquals("line one\nline two\nrest\n", captured.toString());
    }

    @Test
    void readersAreLeftAloneWhenNoRequestIsServed() {
        capturing = false;
        BodyBridge.install(recorder);
        BufferedReader original = new BufferedReader(new StringReader("x"));
        assertSame(original, BodyBridge.wrapReader(original));
    }

    @Test
    void failingHooksNeverReachTheReader() throws IOException {
        BodyBridge.install(new BodyHooks() {
            @Override
            public void bytesRead(byte[] buffer, int offset, int length) {
                throw new IllegalStateException("boom");
            }

            @Override
            public void charsRead(char[] buffer, int offset, int length) {
                throw new IllegalStateException("boom");
            }

            @Override
            public boolean capturing() {
                return true;
            }
        });
        BufferedReader wrapped = BodyBridge.wrapReader(new BufferedReader(new StringReader("abc")));
        assertEquals("abc", wrapped.readLine());
        BodyBridge.exitRead(true, new byte[] {1}, 0, 1);
    }
}
