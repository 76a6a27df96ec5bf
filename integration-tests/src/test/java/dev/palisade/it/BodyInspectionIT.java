package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * {@code injection.input} on request bodies (issue 8): the body is inspected when the application
 * has read it (JSON through {@code getInputStream()}/{@code getReader()}, forms through
 * {@code getParameter}); in block mode the read fails, the handler never reaches its side effect
 * (an audit row) and the client gets the agent's 403; in monitor mode the application answers as
 * usual; benign bodies reach the application byte for byte. Policy {@code body-inspection.json}:
 * every category blocks, except under {@code /api/notes/monitored} and {@code /api/echo/body/monitored}.
 */
@ParameterizedClass(name = "{0} on {1}")
@MethodSource("dev.palisade.it.harness.Matrix#servletAppsOnEveryJdk")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BodyInspectionIT {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");
    private static final String NEVER_READ_ID = "body-never-read-1";

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    TestApp testApp;

    @Parameter(1)
    Jdk jdk;

    static RunningApp app;

    @BeforeParameterizedClassInvocation
    static void startApp(TestApp testApp, Jdk jdk) {
        app = apps.start(testApp, jdk, AgentSettings.withAgent().policy("body-inspection.json"));
    }

    @Test
    @Order(1)
    void jsonBodyAttacksFailTheReadAndTheHandlerNeverStoresThem() {
        int before = auditCount();
        List<String> attacks = List.of(
                "{\"note\":\"<script>alert(1)</script>\"}",
                "{\"note\":\"x\",\"meta\":{\"host\":\"127.0.0.1;cat /etc/passwd\"}}",
                "{\"note\":\"ok\",\"files\":[\"a.txt\",\"../../../../etc/passwd\"]}",
                "{\"note\":\"ok\",\"<img src=x onerror=alert(1)>\":1}");
        for (String attack : attacks) {
            assertBlocked(app.http().send("POST", "/api/notes", JSON, utf8(attack)), attack);
        }
        assertBlocked(app.http().send("POST", "/api/echo/body?via=reader", JSON,
                utf8("{\"q\":\"<svg onload=alert(1)>\"}")), "read through getReader()");
        assertEquals(before, auditCount(), "no blocked handler reached its INSERT");
    }

    @Test
    @Order(2)
    void aFormBodyParsedForGetParameterIsBlocked() {
        int before = auditCount();
        assertBlocked(app.http().send("POST", "/api/audit", FORM, utf8("note=%3Csvg%20onload%3Dalert(1)%3E")), "form");
        assertBlocked(app.http().send("POST", "/api/audit", FORM,
                utf8("note=hello&file=..%2F..%2F..%2F..%2Fetc%2Fpasswd")), "second form value");
        assertEquals(before, auditCount(), "the handler never ran its INSERT");
    }

    @Test
    @Order(3)
    void monitorLetsTheApplicationAnswerAsUsual() {
        int before = auditCount();
        HttpResponse stored = app.http().send("POST", "/api/notes/monitored", JSON,
                utf8("{\"note\":\"<script>alert(1)</script>\"}"));
        assertEquals(200, stored.status(), stored.toString());
        assertTrue(stored.body().contains("\"stored\":true"), stored.body());
        assertEquals(before + 1, auditCount(), "the monitored handler stored its note");
        byte[] cmdi = utf8("{\"host\":\"127.0.0.1;cat /etc/passwd\"}");
        HttpResponse echoed = app.http().send("POST", "/api/echo/body/monitored", JSON, cmdi);
        assertEquals(200, echoed.status(), echoed.toString());
        assertArrayEquals(cmdi, echoed.bytes(), "the application read the body unchanged");
    }

    @Test
    @Order(4)
    void benignBodiesReachTheApplicationByteForByte() {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(utf8("{\"name\":\"O'Reilly\",\"note\":\"1<2 and 3>2\",\"link\":\"https://example.com/a?b=1\",\"tags\":[\"select your options\",\"caf\u00e9 \u2615\"],\"n\":[1,2.5,true,null]}"));
        bodies.add(utf8("[\"alice@example.com\",{\"nested\":{\"deeper\":[\"a nested value\"]}}]"));
        bodies.add(new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        bodies.add(binary);
        for (byte[] body : bodies) {
            HttpResponse echoed = app.http().send("POST", "/api/echo/body", JSON, body);
            assertEquals(200, echoed.status(), echoed.toString());
            assertArrayEquals(body, echoed.bytes(), "stream: " + new String(body, StandardCharsets.UTF_8));
        }
        byte[] text = bodies.get(0);
        HttpResponse viaReader = app.http().send("POST", "/api/echo/body?via=reader",
                Map.of("Content-Type", "application/json; charset=UTF-8"), text);
        assertEquals(200, viaReader.status(), viaReader.toString());
        assertArrayEquals(text, viaReader.bytes(), "reader");
        int before = auditCount();
        HttpResponse note = app.http().send("POST", "/api/notes", JSON, utf8("{\"note\":\"meet at ten, bring the docs\"}"));
        assertEquals(200, note.status(), note.toString());
        HttpResponse form = app.http().send("POST", "/api/audit", FORM, utf8("note=hello%20world"));
        assertEquals(200, form.status(), form.toString());
        assertEquals(before + 2, auditCount());
    }

    /** The capture keeps the first 64 KiB: that part is inspected, what follows is not (README, limits). */
    @Test
    @Order(5)
    void aBodyLargerThanTheCaptureIsInspectedOnItsCapturedPart() {
        String padding = "a".repeat(100_000);
        byte[] early = utf8("{\"q\":\"<script>alert(1)</script>\",\"pad\":\"" + padding + "\"}");
        assertBlocked(app.http().send("POST", "/api/echo/body", JSON, early), "payload in the first 64 KiB");
        byte[] late = utf8("{\"pad\":\"" + padding + "\",\"q\":\"<script>alert(1)</script>\"}");
        HttpResponse beyond = app.http().send("POST", "/api/echo/body", JSON, late);
        assertEquals(200, beyond.status(), "a value beyond the capture is not inspected: " + beyond.status());
        assertArrayEquals(late, beyond.bytes());
        byte[] benign = utf8("{\"pad\":\"" + padding + "\"}");
        HttpResponse big = app.http().send("POST", "/api/echo/body", JSON, benign);
        assertEquals(200, big.status());
        assertArrayEquals(benign, big.bytes(), "a large benign body passes untouched");
    }

    @Test
    @Order(6)
    void aBodyTheApplicationNeverReadsIsNotInspected() {
        HttpResponse unread = app.http().send("POST", "/api/echo/body?via=none",
                Map.of("Content-Type", "application/json", "X-Request-Id", NEVER_READ_ID),
                utf8("{\"q\":\"<script>alert(1)</script>\"}"));
        assertEquals(200, unread.status(), unread.toString());
        assertTrue(unread.body().contains("\"read\":false"), unread.body());
    }

    /** Runs last: it stops the app to read the complete telemetry. */
    @Test
    @Order(7)
    void everyBodyFindingIsAnEventNamedByItsJsonPathOrFormField() {
        app.close();
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode record : app.telemetry()) {
            if ("injection.input".equals(record.path("event").asText())) {
                events.add(record);
            }
        }
        assertTrue(events.stream().anyMatch(e -> blocked(e) && source(e, "body", "$.meta.host")
                && "cmdi".equals(e.path("evidence").path("category").asText())), events.toString());
        assertTrue(events.stream().anyMatch(e -> blocked(e) && source(e, "body", "$.files[1]")), events.toString());
        assertTrue(events.stream().anyMatch(e -> blocked(e) && source(e, "body", "$.<img src=x onerror=alert(1)> (key)")),
                events.toString());
        assertTrue(events.stream().anyMatch(e -> blocked(e) && source(e, "form", "note")), events.toString());
        assertTrue(events.stream().anyMatch(e -> blocked(e) && source(e, "form", "file")), events.toString());
        assertTrue(events.stream().anyMatch(e -> !blocked(e) && source(e, "body", "$.note")
                && "/api/notes/monitored".equals(e.path("url.path").asText())), events.toString());
        assertTrue(events.stream().noneMatch(e -> NEVER_READ_ID.equals(e.path("request.id").asText())),
                "an unread body is not inspected: " + events);
        assertTrue(events.stream().noneMatch(e -> e.path("evidence").has("response.committed")),
                "every block was answered with the 403: " + events);
    }

    @Test
    @Order(20)
    void blockedRequestsLeaveNoErrorInTheContainerLog() {
        // The blocks above made reads and getParameter* throw; once the agent has answered, its own
        // exception must not reach the container, which would log an error with a stack trace for every
        // blocked request (a log flood any client could trigger).
        List<String> escaped = new ArrayList<>();
        for (String line : app.output().lines()) {
            if (line.contains("BodyBlockedException") || line.contains("ParametersBlockedException")
                    || line.contains("Servlet.service() for servlet")) {
                escaped.add(line);
            }
        }
        assertTrue(escaped.isEmpty(), "the agent's block signal reached the container: " + escaped);
    }

    private static void assertBlocked(HttpResponse response, String what) {
        assertEquals(403, response.status(), what + " -> " + response);
        assertTrue(response.body().startsWith("{\"error\":\"request_blocked\",\"requestId\":\""), response.body());
        assertEquals("no-store", response.header("Cache-Control"), what);
        assertTrue(response.header("Content-Type").startsWith("application/json"), what);
        assertNull(response.header("X-App-Filter"), "the application's headers were reset: " + response);
    }

    private static boolean blocked(JsonNode event) {
        return "blocked".equals(event.path("action").asText());
    }

    private static boolean source(JsonNode event, String source, String name) {
        JsonNode evidence = event.path("evidence");
        return source.equals(evidence.path("input.source").asText()) && name.equals(evidence.path("input.name").asText());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int auditCount() {
        HttpResponse count = app.http().get("/api/audit/count");
        assertEquals(200, count.status(), count.toString());
        return Integer.parseInt(count.body().replaceAll("[^0-9]", ""));
    }
}
