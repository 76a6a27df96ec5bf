package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code injection.input} on real apps: per-category block answers 403 before the application
 * runs, monitor lets the request through with an event, benign inputs pass untouched; inputs come
 * from the query (names and values), the path, cookies and listed headers.
 */
@ParameterizedClass(name = "{0} on {1}")
@MethodSource("dev.palisade.it.harness.Matrix#servletAppsOnEveryJdk")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputInspectionIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    TestApp testApp;

    @Parameter(1)
    Jdk jdk;

    static RunningApp app;

    @BeforeParameterizedClassInvocation
    static void startApp(TestApp testApp, Jdk jdk) {
        app = apps.start(testApp, jdk, AgentSettings.withAgent().policy("input-inspection.json"));
    }

    @Test
    @Order(1)
    void blocksAttacksInEverySourceBeforeTheApplicationRuns() {
        int auditBefore = auditCount();
        List<String[]> attacks = new ArrayList<>();
        attacks.add(new String[] {"/api/items/search-safe?name=1%27%20UNION%20SELECT%20secret%20FROM%20users--", null, null});
        attacks.add(new String[] {"/api/items/search-safe?q=%3Cscript%3Ealert(1)%3C/script%3E", null, null});
        attacks.add(new String[] {"/api/items/search-safe?host=127.0.0.1%3Bcat%20/etc/passwd", null, null});
        attacks.add(new String[] {"/api/items/search-safe?%3Csvg%20onload%3Dalert(1)%3E=1", null, null});
        attacks.add(new String[] {"/api/items/search-safe", "Cookie", "theme=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"});
        attacks.add(new String[] {"/api/items/search-safe", "Referer", "x' OR '1'='1' --"});
        for (String[] attack : attacks) {
            Map<String, String> headers = attack[1] == null ? Map.of() : Map.of(attack[1], attack[2]);
            HttpResponse response = app.http().get(attack[0], headers);
            assertEquals(403, response.status(), attack[0] + " " + headers + " -> " + response);
            assertTrue(response.body().startsWith("{\"error\":\"request_blocked\",\"requestId\":\""), response.body());
            assertEquals("no-store", response.header("Cache-Control"));
        }
        HttpResponse audit = app.http().send("POST", "/api/audit?note=x%27)%3B%20DROP%20TABLE%20audit--",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "note=hello".getBytes());
        assertEquals(403, audit.status(), "the application never ran: " + audit);
        assertEquals(auditBefore, auditCount(), "no row was written by a blocked request");
    }

    @Test
    @Order(2)
    void monitorAndBenignInputsPassUntouched() {
        HttpResponse monitored = app.http().get("/api/public/hello?q=%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(200, monitored.status(), "input is only monitored under /api/public/**: " + monitored);
        HttpResponse traversal = app.http().get("/api/items/search-safe?name=apple&file=../../../../var/www/secret.txt");
        assertEquals(200, traversal.status(), "path traversal is monitored by this policy: " + traversal);
        for (String benign : List.of("apple", "O%27Reilly", "select%20your%20options", "1%3C2%20and%203%3E2",
                "alice%40example.com", "https%3A%2F%2Fexample.com%2Fa%3Fb%3D1")) {
            HttpResponse response = app.http().get("/api/items/search-safe?name=" + benign);
            assertEquals(200, response.status(), benign + " -> " + response);
        }
    }

    /** Runs last: it stops the app to read the complete telemetry. */
    @Test
    @Order(3)
    void everyFindingIsASecurityEventWithItsCategoryAndSource() {
        app.http().get("/api/items/search-safe?q=%3Cscript%3Ealert(2)%3C/script%3E");
        app.http().get("/api/public/hello?q=%3Cscript%3Ealert(3)%3C/script%3E");
        app.close();
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode record : app.telemetry()) {
            if ("security".equals(record.path("type").asText()) && "injection.input".equals(record.path("event").asText())) {
                events.add(record);
            }
        }
        assertTrue(events.stream().anyMatch(e -> "blocked".equals(e.path("action").asText())
                && e.toString().contains("\"xss\"") && e.toString().contains("\"query\"")), events.toString());
        assertTrue(events.stream().anyMatch(e -> "monitored".equals(e.path("action").asText())
                && "/api/public/hello".equals(e.path("url.path").asText())), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.toString().contains("\"cookie\"")), "cookie source: " + events);
        assertTrue(events.stream().anyMatch(e -> e.toString().contains("\"header\"")), "header source: " + events);
    }

    private static int auditCount() {
        HttpResponse count = app.http().get("/api/audit/count");
        assertEquals(200, count.status(), count.toString());
        return Integer.parseInt(count.body().replaceAll("[^0-9]", ""));
    }
}
