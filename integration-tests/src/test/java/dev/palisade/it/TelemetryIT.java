package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * Telemetry adds up: a known mix of 1,000 requests across 5 routes with known statuses, 20 of them
 * blocked, produces endpoint records whose counts match exactly, one security event per blocked
 * request, and inventory entries for every route — and hostile request data cannot break a line.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.palisade.it.harness.Matrix#everyJdk")
class TelemetryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    Jdk jdk;

    @Test
    void recordsAddUpExactlyForAKnownMix() throws Exception {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk, AgentSettings.withAgent().policy("telemetry-mix.json")
                .option("logLevel", "info"));
        Map<String, Integer> sentByRouteAndStatus = new TreeMap<>();
        int blocked = 0;
        for (int i = 0; i < 1000; i++) {
            String target;
            Map<String, String> headers = Map.of();
            switch (i % 5) {
                case 0: target = "/health"; break;
                case 1: target = "/api/orders/" + i; break;
                case 2: target = "/api/error"; break;
                case 3: target = "/api/public/hello"; break;
                default:
                    target = "/api/admin/users";
                    if (blocked < 20) {
                        blocked++;
                    } else {
                        headers = Map.of("Authorization", "Bearer token-" + i);
                    }
            }
            HttpResponse response = app.http().get(target, headers);
            sentByRouteAndStatus.merge(family(target) + " " + (response.status() / 100) + "xx", 1, Integer::sum);
        }
        app.close();

        Map<String, Integer> recorded = new TreeMap<>();
        Map<String, Integer> blockedByReason = new HashMap<>();
        int securityEvents = 0;
        Map<String, JsonNode> inventory = new HashMap<>();
        for (JsonNode record : app.telemetry()) {
            switch (record.path("type").asText()) {
                case "endpoint":
                    String route = record.path("http.route").asText();
                    record.path("status").fields().forEachRemaining(status -> {
                        if (status.getValue().asInt() > 0) {
                            recorded.merge(family(route) + " " + status.getKey(), status.getValue().asInt(), Integer::sum);
                        }
                    });
                    record.path("blocked").fields().forEachRemaining(reason ->
                            blockedByReason.merge(reason.getKey(), reason.getValue().asInt(), Integer::sum));
                    break;
                case "security":
                    securityEvents++;
                    assertEquals("authentication.missing", record.path("event").asText(), record.toString());
                    assertEquals("blocked", record.path("action").asText(), record.toString());
                    assertEquals("/api/admin/**", record.path("policy.endpoint").asText(), record.toString());
                    break;
                case "inventory":
                    inventory.put(family(record.path("http.route").asText()), record);
                    break;
                default:
            }
        }
        Map<String, Integer> expected = new TreeMap<>(Map.of(
                "orders 2xx", 200, "health 2xx", 200, "error 5xx", 200, "public 2xx", 200,
                "admin 4xx", 20, "admin 2xx", 180));
        assertEquals(expected, sentByRouteAndStatus, "what the app answered");
        assertEquals(expected, recorded, "endpoint records add up per route and status class");
        assertEquals(Map.of("authentication.missing", 20), blockedByReason);
        assertEquals(20, securityEvents, "one security event per blocked request");
        assertEquals(5, inventory.size(), "every route served is in the inventory: " + inventory.keySet());
        assertTrue(inventory.get("admin").path("authentication.required").asBoolean());
    }

    @Test
    void hostileRequestDataNeverBreaksOrForgesALine() throws Exception {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, jdk, AgentSettings.withAgent().policy("telemetry-mix.json")
                .option("logLevel", "info"));
        // Tomcat itself answers 400 to %00 and to invalid UTF-8 in the path; every other form reaches
        // the agent, is refused with 401 and becomes a security event carrying the decoded path.
        String[] hostile = {
            "/api/admin/%0a%7B%22type%22:%22security%22%7D", "/api/admin/a%0d%0ab", "/api/admin/%22quoted%22",
            "/api/admin/" + "x".repeat(6000), "/api/admin/%e2%80%a8line-separator", "/api/admin/%1b%5b31mred",
        };
        for (String target : hostile) {
            HttpResponse response = app.http().get(target, Map.of("User-Agent", "evil\"agent\\ %0a <script>"));
            assertEquals(401, response.status(), target + " -> " + response.status());
        }
        for (String rejectedByTomcat : new String[] {"/api/admin/%00nul", "/api/admin/%ff%fe%c3"}) {
            assertEquals(400, app.http().get(rejectedByTomcat).status(), rejectedByTomcat);
        }
        app.close();
        List<String> lines = Files.readAllLines(app.telemetryFile(), StandardCharsets.UTF_8);
        int security = 0;
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertTrue(record.isObject() && record.has("type"), line);
            assertFalse(line.length() > 20_000, "values are truncated: " + line.length());
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029),
                    "control characters and line separators are escaped in the line itself: " + line);
            assertTrue(Set.of("agent", "endpoint", "inventory", "security").contains(record.path("type").asText()), line);
            if ("security".equals(record.path("type").asText())) {
                security++;
                String path = record.path("url.path").asText();
                assertTrue(path.length() <= 300, "url.path truncated: " + path.length());
            }
        }
        assertEquals(hostile.length, security, "every refused hostile request was recorded");
    }

    /**
     * The route family of a request target or a recorded route (the recorded route may be a servlet
     * mapping such as {@code /api/admin/*} or a template such as {@code /api/orders/{id}}).
     */
    private static String family(String pathOrRoute) {
        for (String family : List.of("orders", "admin", "public", "error")) {
            if (pathOrRoute.startsWith("/api/" + family)) {
                return family;
            }
        }
        return pathOrRoute.startsWith("/health") ? "health" : pathOrRoute;
    }
}
