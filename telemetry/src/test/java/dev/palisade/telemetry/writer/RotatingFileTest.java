package dev.palisade.telemetry.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingFileTest {

    @TempDir
    Path dir;

    @Test
    void namesGenerationsBeforeTheExtension() {
        Path active = dir.resolve("palisade-telemetry.jsonl");
        assertEquals(active, RotatingFile.generation(active, 0));
        assertEquals(dir.resolve("palisade-telemetry.1.jsonl"), RotatingFile.generation(active, 1));
        assertEquals(dir.resolve("palisade-telemetry.4.jsonl"), RotatingFile.generation(active, 4));
        assertEquals(dir.resolve("telemetry.log.2"), RotatingFile.generation(dir.resolve("telemetry.log"), 2));
    }

    @Test
    void rotatesAtLineBoundariesAndKeepsMaxFiles() throws IOException {
        Path active = dir.resolve("t.jsonl");
        try (RotatingFile file = new RotatingFile(active, 1_000, 3)) {
            for (int i = 0; i < 100; i++) {
                file.append(line(i, 50));
            }
        }
        assertTrue(Files.exists(dir.resolve("t.1.jsonl")));
        assertTrue(Files.exists(dir.resolve("t.2.jsonl")));
        assertFalse(Files.exists(dir.resolve("t.3.jsonl")), "maxFiles counts the active file");
        List<Map<String, Object>> lines = Lines.readAll(active);
        long previous = -1;
        for (Map<String, Object> l : lines) {
            long n = (Long) l.get("n");
            assertEquals(previous + 1 == 0 ? n : previous + 1, n, "consecutive, oldest file first");
            previous = n;
        }
        assertEquals(99, previous, "the newest line is last in the active file");
        for (int g = 0; g < 3; g++) {
            assertTrue(Files.size(RotatingFile.generation(active, g)) <= 1_000);
        }
    }

    @Test
    void writesLinesLargerThanTheBufferWhole() throws IOException {
        Path active = dir.resolve("big.jsonl");
        try (RotatingFile file = new RotatingFile(active, 10 * RotatingFile.BUFFER_BYTES, 5)) {
            file.append(line(1, 10));
            file.append(line(2, 3 * RotatingFile.BUFFER_BYTES));
            file.append(line(3, 10));
        }
        assertEquals(3, Lines.readAll(active).size());
    }

    @Test
    void startsOnAFreshLineAfterATornTail() throws IOException {
        Path active = dir.resolve("torn.jsonl");
        Files.write(active, "{\"type\":\"agent\",\"n\":0}\n{\"type\":\"agen".getBytes(StandardCharsets.UTF_8));
        try (RotatingFile file = new RotatingFile(active, 1_000_000, 2)) {
            file.append(line(1, 5));
        }
        List<String> raw = Files.readAllLines(active);
        assertEquals(3, raw.size());
        assertEquals("{\"type\":\"agen", raw.get(1));
        assertTrue(raw.get(2).startsWith("{\"type\":\"test\",\"n\":1"));
    }

    @Test
    void maxFilesOfOneTruncatesInsteadOfKeepingOldFiles() throws IOException {
        Path active = dir.resolve("one.jsonl");
        try (RotatingFile file = new RotatingFile(active, 200, 1)) {
            for (int i = 0; i < 20; i++) {
                file.append(line(i, 50));
            }
            assertTrue(file.rotations() > 0);
        }
        assertFalse(Files.exists(dir.resolve("one.1.jsonl")));
        assertTrue(Files.size(active) <= 200);
    }

    private static byte[] line(long n, int padding) {
        return ("{\"type\":\"test\",\"n\":" + n + ",\"pad\":\"" + "p".repeat(padding) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
