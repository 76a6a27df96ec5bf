package dev.palisade.telemetry.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.telemetry.report.JsonTree;
import dev.palisade.telemetry.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile request values must never forge, split or break a telemetry line. */
class LogInjectionTest {

    private static final String FORGED = "\"}\n{\"type\":\"security\",\"event\":\"forged\"}\r\n";
    private static final List<String> HOSTILE = List.of(
            FORGED,
            "a\rb\nc\u0000d\u001b[31mred\u007f",
            "quote\" backslash\\ slash/",
            "lone \uD800 high, lone \uDC00 low, pair 😀",
            "separators \u2028 \u2029 \u0085 bidi \u202E evil",
            "x".repeat(1 << 20));

    private final JsonLines lines = new JsonLines();

    @Test
    void everyHostileValueYieldsExactlyOneParseableLine() throws IOException {
        for (String value : HOSTILE) {
            byte[] line = lines.encode(eventWith(value));
            String text = new String(line, StandardCharsets.UTF_8);
            assertEquals(1, countNewlines(line), "one newline, at the end");
            assertEquals('\n', text.charAt(text.length() - 1));
            assertFalse(text.contains("\r"));
            Map<String, Object> parsed = JsonTree.parseObject(text.substring(0, text.length() - 1));
            assertEquals("security", parsed.get("type"));
            assertEquals("injection.input", parsed.get("event"));
        }
    }

    @Test
    void forgedRecordStaysInsideItsString() throws IOException {
        Map<String, Object> parsed = parse(eventWith(FORGED));
        assertEquals(FORGED, parsed.get("url.path"));
    }

    @Test
    void controlAndInvisibleCharactersAreEscapedNotRaw() throws IOException {
        String text = new String(lines.encode(eventWith("a\u001b[31m\u007f\u2028\u202E\u0085")), StandardCharsets.UTF_8);
        assertTrue(text.contains("\\u001B") || text.contains("\\u001b"), text);
        for (char raw : new char[] {'\u001b', '\u007f', '\u2028', '\u202E', '\u0085'}) {
            assertEquals(-1, text.indexOf(raw), "raw U+" + Integer.toHexString(raw));
        }
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() throws IOException {
        Map<String, Object> parsed = parse(eventWith("a\uD800b\uDC00c😀"));
        assertEquals("a\uFFFDb\uFFFDc😀", parsed.get("url.path"));
    }

    @Test
    void oneMegabyteValuesAreCutToAWellFormedShortLine() throws IOException {
        byte[] line = lines.encode(eventWith("x".repeat(1 << 20)));
        assertTrue(line.length < 8_000, "ten 256-character fields, not a megabyte: " + line.length);
        Map<String, Object> parsed = parse(eventWith("x".repeat(1 << 20)));
        assertTrue(SafeText.isTruncated((String) parsed.get("url.path")));
        @SuppressWarnings("unchecked")
        Map<String, Object> evidence = (Map<String, Object>) parsed.get("evidence");
        assertEquals(Boolean.TRUE, evidence.get("truncated"));
    }

    @Test
    void invalidUtf8InputBytesAreDecodedSafely() throws IOException {
        byte[] bytes = {'a', (byte) 0xC0, (byte) 0xAF, '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'z'};
        String value = SafeText.defaults().fromUtf8(bytes, 0, bytes.length);
        Map<String, Object> parsed = parse(eventWith(value));
        String path = (String) parsed.get("url.path");
        assertTrue(path.startsWith("a\uFFFD"), path);
        assertTrue(path.endsWith("z"), path);
    }

    @Test
    void timestampsAlwaysHaveMilliseconds() throws IOException {
        AgentEvent stopped = AgentEvent.stopped().at(1_795_000_000_000L);
        Map<String, Object> parsed = JsonTree.parseObject(
                new String(lines.encode(stopped), StandardCharsets.UTF_8).trim());
        assertEquals("2026-11-18T11:06:40.000Z", parsed.get("timestamp"));
    }

    @Test
    void agentDetailsCannotOverrideTheLineFields() throws IOException {
        AgentEvent event = AgentEvent.of("custom", Attributes.builder().put("type", "endpoint").build());
        Map<String, Object> parsed = parse(event);
        assertEquals("agent", parsed.get("type"));
        assertEquals("endpoint", parsed.get("detail.type"));
    }

    private SecurityEvent eventWith(String value) {
        return SecurityEvent.builder("injection.input", SecurityAction.BLOCKED)
                .requestId(value).method(value).path(value).route(value).policyEndpoint(value)
                .clientAddress(value).userAgent(value)
                .evidence(Evidence.builder().input("query", value, value).category("sqli").put(value, value).build())
                .build();
    }

    private Map<String, Object> parse(TelemetryRecord record) throws IOException {
        String text = new String(lines.encode(record), StandardCharsets.UTF_8);
        return JsonTree.parseObject(text.substring(0, text.length() - 1));
    }

    private static int countNewlines(byte[] line) {
        int n = 0;
        for (byte b : line) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
