package dev.palisade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RequestLog;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * JAX-RS (issue 7) on Jersey 2 (javax) and Jersey 3 (jakarta) in Tomcat, Jersey 3 on the JDK HTTP
 * server and on Grizzly (no servlet container) and RESTEasy 6, on every JDK: route templates in telemetry,
 * authentication by policy, SQL injection through a {@code @PathParam} and a JSON entity field
 * blocked at the JDBC sink, entity values through the input inspection, and the javax and jakarta
 * instrumentations side by side.
 */
@ParameterizedClass(name = "{0} on {1}")
@MethodSource("dev.palisade.it.harness.Matrix#jaxRsAppsOnEveryJdk")
class JaxRsIT {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final String TAUTOLOGY = "x' OR '1'='1";
    private static final String TAUTOLOGY_IN_PATH = "/api/items/by-name/x'%20OR%20'1'='1";

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    TestApp app;

    @Parameter(1)
    Jdk jdk;

    private RunningApp startWithAgent() {
        return apps.start(app, jdk, AgentSettings.withAgent().policy("jaxrs.json"));
    }

    @Test
    void fiftyDifferentIdsAreOneEndpointRecordUnderTheRouteTemplate() {
        RunningApp running = startWithAgent();
        for (int id = 1; id <= 50; id++) {
            int status = running.http().get("/api/items/" + id).status();
            assertEquals(id <= 5 ? 200 : 404, status, "item " + id);
        }
        assertEquals(200, running.http().get("/api/items/numbered/17").status());
        assertEquals(200, running.http().get("/api/catalog/sku-1").status());
        assertEquals(200, running.http().get("/api/orders/7/lines/3").status());
        closeWhenServed(running);

        Map<String, Integer> countsByRoute = new TreeMap<>();
        List<String> itemRecords = new ArrayList<>();
        for (JsonNode record : running.telemetry()) {
            if ("endpoint".equals(record.path("type").asText())) {
                String route = record.path("http.route").asText();
                countsByRoute.merge(route, record.path("count").asInt(), Integer::sum);
                if (route.startsWith("/api/items/") && !route.startsWith("/api/items/numbered")) {
                    itemRecords.add(route);
                }
            }
        }
        assertEquals(List.of("/api/items/{id}"), itemRecords, "one record, the template: " + countsByRoute);
        assertEquals(50, countsByRoute.get("/api/items/{id}"));
        assertEquals(1, countsByRoute.get("/api/items/numbered/{n}"), "regex template reported by name: " + countsByRoute);
        assertEquals(1, countsByRoute.get("/api/catalog/{sku}"), "annotations inherited from an interface: " + countsByRoute);
        assertEquals(1, countsByRoute.get("/api/orders/{orderId}/lines/{lineId}"), "sub-resource locator: " + countsByRoute);
    }

    @Test
    void authenticationIsEnforcedByPolicy() {
        RunningApp running = startWithAgent();
        HttpResponse anonymous = running.http().get("/api/admin/stats");
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertEquals("no-store", anonymous.header("Cache-Control"));
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Bearer"), anonymous.toString());
        assertEquals(200, running.http().get("/api/admin/stats", Map.of("Authorization", "Bearer t0ken")).status());
        assertEquals(200, running.http().get("/api/public/hello?name=x").status());
        closeWhenServed(running);
        long missing = running.telemetry().stream()
                .filter(r -> "authentication.missing".equals(r.path("event").asText())).count();
        assertEquals(1, missing, "one security event for the anonymous admin request");
    }

    @Test
    void theInjectionsWorkWithoutTheAgent() {
        RunningApp running = apps.start(app, jdk, AgentSettings.withoutAgent());
        HttpResponse viaPath = running.http().get(TAUTOLOGY_IN_PATH);
        assertEquals(200, viaPath.status(), viaPath.toString());
        assertTrue(viaPath.body().contains("elderberry"), "every row: " + viaPath.body());
        HttpResponse viaEntity = post(running, "/api/items/lookup", "{\"name\":\"" + TAUTOLOGY + "\"}");
        assertEquals(200, viaEntity.status(), viaEntity.toString());
        assertTrue(viaEntity.body().contains("elderberry"), "every row: " + viaEntity.body());
    }

    @Test
    void sqlInjectionThroughAPathParameterIsBlockedAtTheJdbcSink() {
        RunningApp running = startWithAgent();
        HttpResponse attack = running.http().get(TAUTOLOGY_IN_PATH);
        assertEquals(403, attack.status(), attack.toString());
        assertTrue(attack.body().contains("request_blocked"), attack.body());
        assertEquals(200, running.http().get("/api/items/by-name/apple").status(), "benign value passes");
        assertEquals(200, running.http().get("/api/items/by-name-safe/x'%20OR%20'1'='1").status(),
                "the parameterized endpoint is not an injection");
        closeWhenServed(running);
        JsonNode event = sqlEvent(running, "/api/items/by-name/{name}");
        assertEquals("path", event.path("evidence").path("input.source").asText(), event.toString());
        assertEquals(TAUTOLOGY, event.path("evidence").path("input.excerpt").asText());
    }

    @Test
    void sqlInjectionThroughAJsonEntityFieldIsBlockedAtTheJdbcSink() {
        RunningApp running = startWithAgent();
        HttpResponse attack = post(running, "/api/items/lookup", "{\"name\":\"" + TAUTOLOGY + "\",\"tags\":{\"k\":\"v\"}}");
        assertEquals(403, attack.status(), attack.toString());
        HttpResponse benign = post(running, "/api/items/lookup", "{\"name\":\"apple\"}");
        assertEquals(200, benign.status(), benign.toString());
        assertTrue(benign.body().contains("apple"), benign.body());
        assertEquals(200, post(running, "/api/items/lookup-safe", "{\"name\":\"" + TAUTOLOGY + "\"}").status());
        closeWhenServed(running);
        JsonNode event = sqlEvent(running, "/api/items/lookup");
        assertEquals("body", event.path("evidence").path("input.source").asText(), event.toString());
        assertEquals("$.name", event.path("evidence").path("input.name").asText(), event.toString());
    }

    /**
     * The body capture keeps the first 64 KiB; an entity field after that is still an input, because
     * the deserialized entity is walked too.
     */
    @Test
    void anEntityFieldBeyondTheBodyCaptureIsStillAnInput() {
        RunningApp running = startWithAgent();
        String padding = "p".repeat(70 * 1024);
        HttpResponse attack = post(running, "/api/items/lookup",
                "{\"tags\":{\"padding\":\"" + padding + "\"},\"name\":\"" + TAUTOLOGY + "\"}");
        assertEquals(403, attack.status(), attack.toString());
    }

    /**
     * The entry-time input inspection cannot see a body. In a servlet container the body is inspected
     * when the framework has read it (issue 8), before routing finished, so the event carries the
     * servlet mapping as route; on the JDK HTTP server and Grizzly (no body tee) the deserialized
     * entity is inspected when the resource method is entered. Either way a blocking finding answers
     * 403 instead of the method, with one event for the value.
     */
    @Test
    void entityValuesAreInspectedBeforeTheResourceMethodRuns() {
        RunningApp running = apps.start(app, jdk, AgentSettings.withAgent().policy("jaxrs-inspect.json"));
        HttpResponse xss = post(running, "/api/items/lookup-safe", "{\"name\":\"<script>alert(1)</script>\"}");
        assertEquals(403, xss.status(), xss.toString());
        assertTrue(xss.body().contains("request_blocked"), xss.body());
        HttpResponse benign = post(running, "/api/items/lookup-safe", "{\"name\":\"apple\"}");
        assertEquals(200, benign.status(), benign.toString());
        closeWhenServed(running);
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode record : running.telemetry()) {
            if ("injection.input".equals(record.path("event").asText())) {
                events.add(record);
            }
        }
        assertEquals(1, events.size(), events.toString());
        JsonNode evidence = events.get(0).path("evidence");
        assertEquals("xss", evidence.path("category").asText(), events.toString());
        assertEquals("body", evidence.path("input.source").asText());
        assertEquals("$.name", evidence.path("input.name").asText());
        assertEquals(app.isServlet() ? "/api/*" : "/api/items/lookup-safe", events.get(0).path("http.route").asText());
    }

    @Test
    void javaxAndJakartaInstrumentationsWorkSideBySide() {
        RunningApp running = startWithAgent();
        if (app == TestApp.RESTEASY_JAKARTA) {
            // Only the Jersey apps carry a resource class of the other JAX-RS package.
            assertEquals(200, running.http().get("/api/items/1").status());
        } else {
            HttpResponse legacy = running.http().get("/api/items/legacy/5");
            assertEquals(200, legacy.status(), legacy.toString());
            String otherApi = app == TestApp.JERSEY_JAVAX ? "jakarta.ws.rs" : "javax.ws.rs";
            assertTrue(legacy.body().contains(otherApi), legacy.body());
            String otherClass = app == TestApp.JERSEY_JAVAX ? "NewApiItems" : "LegacyItems";
            assertTrue(running.output().lines().stream().anyMatch(l -> l.contains("instrumented com.example.")
                    && l.endsWith("." + otherClass)), "the other package's resource class was instrumented too");
        }
        closeWhenServed(running);
        JsonNode started = running.agentRecord("started");
        List<String> modules = new ArrayList<>();
        started.path("instrumentations").forEach(m -> modules.add(m.asText()));
        assertTrue(modules.containsAll(List.of("jaxrs-javax", "jaxrs-jakarta")), modules.toString());
        if (app != TestApp.RESTEASY_JAKARTA) {
            // The outer resource method decides the route; the nested one of the other API changes nothing.
            assertTrue(running.telemetry().stream().anyMatch(r -> "endpoint".equals(r.path("type").asText())
                    && "/api/items/legacy/{id}".equals(r.path("http.route").asText())), "route of the outer method");
            assertTrue(running.telemetry().stream().noneMatch(r -> r.path("http.route").asText().endsWith("/legacy/{id}")
                    && !r.path("http.route").asText().startsWith("/api/items/")));
        }
    }

    /**
     * Stops the app once the agent has closed every request it opened. Why wait: the JDK HTTP server
     * (and a servlet response whose stream the implementation closes) sends the response before the
     * handler returns, so without waiting the SIGTERM could overtake the last request's close and
     * its endpoint record.
     */
    private static void closeWhenServed(RunningApp running) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (RequestLog.closedCount(running) < RequestLog.opened(running).size()
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        running.close();
    }

    private static HttpResponse post(RunningApp running, String target, String json) {
        return running.http().send("POST", target, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode sqlEvent(RunningApp running, String route) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode record : running.telemetry()) {
            if ("injection.sql".equals(record.path("event").asText())) {
                events.add(record);
            }
        }
        assertEquals(1, events.size(), events.toString());
        JsonNode event = events.get(0);
        assertEquals("blocked", event.path("action").asText(), event.toString());
        assertEquals(route, event.path("http.route").asText(), event.toString());
        return event;
    }
}
