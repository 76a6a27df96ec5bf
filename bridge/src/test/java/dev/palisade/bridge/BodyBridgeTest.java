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
    private int ends;
    /** What the hooks answer to each read: null lets it complete. */
    private IOException verdict;
    private RuntimeException parametersVerdict;

    private final BodyHooks recorder = new BodyHooks() {
        @Override
        public IOException bytesRead(byte[] buffer, int offset, int length) {
            captured.append(new String(buffer, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1));
            return verdict;
        }

        @Override
        public IOException charsRead(char[] buffer, int offset, int length) {
            captured.append(buffer, offset, length);
            return verdict;
        }

        @Override
        public IOException endOfBody() {
            ends++;
            return verdict;
        }

        @Override
        public RuntimeException parametersBlocked() {
            return parametersVerdict;
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
        BodyBridge.exitRead(inner, data, 0, 6, false);
        BodyBridge.exitRead(outer, data, 0, 6, false);
        assertTrue(outer);
        assertFalse(inner);
        assertEquals("abcdef", captured.toString());
        assertTrue(BodyBridge.enterRead(), "the depth is back to zero");
        BodyBridge.exitReadByte(true, 'g', false);
        BodyBridge.exitReadByte(BodyBridge.enterRead(), -1, false);
        assertEquals("abcdefg", captured.toString());
        assertEquals(1, ends, "the end of the body is reported");
    }

    @Test
    void aBlockingVerdictIsHandedToTheAdviceAndAFailedReadReportsNothing() {
        BodyBridge.install(recorder);
        verdict = new IOException("blocked");
        byte[] data = "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertSame(verdict, BodyBridge.exitRead(BodyBridge.enterRead(), data, 0, 3, false));
        assertSame(verdict, BodyBridge.exitRead(BodyBridge.enterRead(), data, 0, -1, false), "end of body");
        assertSame(verdict, BodyBridge.exitReadByte(BodyBridge.enterRead(), 'x', false));
        assertEquals(null, BodyBridge.exitRead(BodyBridge.enterRead(), data, 0, 0, true), "the read threw itself");
        assertEquals(null, BodyBridge.exitReadByte(BodyBridge.enterRead(), 0, true));
        assertEquals(null, BodyBridge.exitRead(BodyBridge.enterRead(), data, 0, 0, false), "zero bytes: nothing to say");
        assertEquals("abcx", captured.toString());
        assertTrue(BodyBridge.enterRead(), "the depth is back to zero");
        BodyBridge.exitRead(true, data, 0, 0, true);
        parametersVerdict = new IllegalStateException("blocked");
        assertSame(parametersVerdict, BodyBridge.parametersBlocked());
    }

    @Test
    void aBlockedReaderThrowsFromTheReadThatCompletedTheBody() throws IOException {
        BodyBridge.install(recorder);
        BufferedReader wrapped = BodyBridge.wrapReader(new BufferedReader(new StringReader("ab")));
        assertEquals('a', wrapped.read());
        verdict = new IOException("blocked");
        IOException thrown = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> wrapped.read());
        assertSame(verdict, thrown);
        assertSame(verdict, org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> wrapped.readLine()),
                "the end of the body reached by readLine");
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
            public IOException bytesRead(byte[] buffer, int offset, int length) {
                throw new IllegalStateException("boom");
            }

            @Override
            public IOException charsRead(char[] buffer, int offset, int length) {
                throw new IllegalStateException("boom");
            }

            @Override
            public IOException endOfBody() {
                throw new IllegalStateException("boom");
            }

            @Override
            public RuntimeException parametersBlocked() {
                throw new IllegalStateException("boom");
            }

            @Override
            public boolean capturing() {
                return true;
            }
        });
        BufferedReader wrapped = BodyBridge.wrapReader(new BufferedReader(new StringReader("abc")));
        assertEquals("abc", wrapped.readLine());
        assertEquals(null, wrapped.readLine());
        assertEquals(null, BodyBridge.exitRead(BodyBridge.enterRead(), new byte[] {1}, 0, 1, false));
        assertEquals(null, BodyBridge.exitRead(BodyBridge.enterRead(), new byte[] {1}, 0, -1, false));
        assertEquals(null, BodyBridge.parametersBlocked());
    }
}
