package dev.palisade.telemetry.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.palisade.telemetry.report.JsonTree;
import dev.palisade.telemetry.text.SafeText;
import dev.palisade.telemetry.text.SecretRedactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

    @Test
    void writesAllFieldsWithSemanticConventionNames() throws IOException {
        SecurityEvent event = SecurityEvent.builder("injection.sql", SecurityAction.MONITORED)
                .timestamp(1_795_000_000_123L).requestId("r-1").method("GET").path("/api/orders/1")
                .route("/api/orders/{id}").policyEndpoint("/api/orders/{id}").clientAddress("10.0.0.7")
                .userAgent("curl/8.0")
                .evidence(Evidence.builder().input("query", "id", "1' OR '1'='1").maskedSql("SELECT * FROM t WHERE id = '?'")
                        .dialect("h2").stack(List.of("a.B.c(B.java:1)")).build())
                .build();
        Map<String, Object> line = parse(event);
        assertEquals("security", line.get("type"));
        assertEquals("2026-11-18T11:06:40.123Z", line.get("timestamp"));
        assertEquals("injection.sql", line.get("event"));
        assertEquals("monitored", line.get("action"));
        assertEquals("r-1", line.get("request.id"));
        assertEquals("GET", line.get("http.request.method"));
        assertEquals("/api/orders/1", line.get("url.path"));
        assertEquals("/api/orders/{id}", line.get("http.route"));
        assertEquals("/api/orders/{id}", line.get("policy.endpoint"));
        assertEquals("10.0.0.7", line.get("client.address"));
        assertEquals("curl/8.0", line.get("user_agent.original"));
        Map<?, ?> evidence = (Map<?, ?>) line.get("evidence");
        assertEquals("query", evidence.get("input.source"));
        assertEquals("id", evidence.get("input.name"));
        assertEquals("1' OR '1'='1", evidence.get("input.excerpt"));
        assertEquals("h2", evidence.get("sql.dialect"));
        assertEquals(List.of("a.B.c(B.java:1)"), evidence.get("stack"));
        assertFalse(evidence.containsKey("truncated"));
    }

    @Test
    void evidenceNeverContainsCredentialValues() throws IOException {
        SecretRedactor redactor = SecretRedactor.defaults().withApiKeyNames(List.of("X-Api-Token"));
        Attributes evidence = Evidence.builder(SafeText.defaults(), redactor)
                .input("header", "Authorization", "Bearer TOPSECRET1")
                .header("Cookie", "session=TOPSECRET2")
                .header("X-Api-Token", "TOPSECRET3")
                .header("Set-Cookie", "id=TOPSECRET4")
                .header("Accept", "application/json")
                .build();
        SecurityEvent event = SecurityEvent.builder("authentication.missing", SecurityAction.BLOCKED)
                .evidence(evidence).build();
        String line = new String(new JsonLines().encode(event), StandardCharsets.UTF_8);
        assertFalse(line.contains("TOPSECRET"), line);
        Map<?, ?> headers = (Map<?, ?>) ((Map<?, ?>) parse(event).get("evidence")).get("headers");
        assertEquals("[redacted]", headers.get("Cookie"));
        assertEquals("application/json", headers.get("Accept"));
    }

    @Test
    void pathNeverCarriesTheQueryString() {
        SecurityEvent event = SecurityEvent.builder("injection.sql", SecurityAction.BLOCKED)
                .path("/api/search?q=1&api_key=TOPSECRET").build();
        assertEquals("/api/search", ((Map<?, ?>) parseQuietly(event)).get("url.path"));
    }

    @Test
    void keepsAtMostTenStackFrames() {
        List<String> frames = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "f" + i)
                .collect(java.util.stream.Collectors.toList());
        Attributes evidence = Evidence.builder().stack(frames).build();
        assertEquals(10, ((List<?>) evidence.get("stack")).size());
    }

    @Test
    void evidenceAcceptsNestedFeatureFields() throws IOException {
        Attributes evidence = Evidence.builder().category("xss").confidence(0.9).truncated(true)
                .put("spans", List.of(Map.of("start", 3, "end", 9))).put("decoded", true).build();
        Map<?, ?> written = (Map<?, ?>) parse(SecurityEvent.builder("injection.input", SecurityAction.BLOCKED)
                .evidence(evidence).build()).get("evidence");
        assertEquals(0.9, written.get("confidence"));
        assertEquals(Boolean.TRUE, written.get("truncated"));
        assertEquals(List.of(Map.of("start", 3L, "end", 9L)), written.get("spans"));
        assertNull(written.get("missing"));
    }

    private static Map<String, Object> parseQuietly(TelemetryRecord record) {
        try {
            return parse(record);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> parse(TelemetryRecord record) throws IOException {
        return JsonTree.parseObject(new String(new JsonLines().encode(record), StandardCharsets.UTF_8).trim());
    }
}
