package dev.palisade.telemetry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineSourceTest {

    @Test
    void splitsOnNewlinesAcrossChunkBoundariesAndReportsATornLastLine() throws IOException {
        String longLine = "x".repeat(100_000);
        LineSource lines = source("a\n" + longLine + "\n\nlast");
        assertEquals("a", lines.next());
        assertEquals(longLine, lines.next());
        assertEquals("", lines.next());
        assertEquals("last", lines.next());
        assertFalse(lines.lastLineTerminated());
        assertNull(lines.next());
    }

    @Test
    void replacesOversizedLinesWithoutHoldingThem() throws IOException {
        LineSource lines = source("y".repeat(5 * 1024 * 1024) + "\nok\n");
        assertSame(LineSource.OVERSIZED, lines.next());
        assertEquals("ok", lines.next());
        assertTrue(lines.lastLineTerminated());
    }

    @Test
    void decodesInvalidUtf8WithReplacementCharacters() throws IOException {
        LineSource lines = new LineSource(new ByteArrayInputStream(new byte[] {'a', (byte) 0xFF, 'b', '\n'}));
        assertEquals("a\uFFFDb", lines.next());
    }

    private static LineSource source(String text) {
        return new LineSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
