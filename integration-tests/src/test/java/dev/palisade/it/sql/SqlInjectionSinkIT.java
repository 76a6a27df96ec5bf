package dev.palisade.it.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import dev.palisade.it.harness.Http;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The JDBC sink in every servlet test app on every JDK (H2): plain JDBC in Tomcat 9 (javax) and
 * 10.1 (jakarta), a war in a standalone Tomcat, and Spring Boot's JdbcTemplate over HikariCP. The
 * injections of test-apps/README.md are blocked (403, nothing written), the parameterized twins and
 * benign values are not, every statement is counted exactly once per request although HikariCP's
 * proxy and the driver are both instrumented, and each block is one {@code injection.sql} event
 * pointing at the application's own frames.
 */
@ParameterizedClass(name = "{0} on {1}")
@MethodSource("dev.palisade.it.harness.Matrix#servletAppsOnEveryJdk")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqlInjectionSinkIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @Parameter(0)
    TestApp testApp;

    @Parameter(1)
    Jdk jdk;

    static RunningApp app;

    @BeforeParameterizedClassInvocation
    static void startApp(TestApp testApp, Jdk jdk) {
        app = apps.start(testApp, jdk, AgentSettings.withAgent().policy("sql-block.json"));
    }

    static Map<String, HttpResponseSupplier> attacks() {
        Map<String, HttpResponseSupplier> attacks = new LinkedHashMap<>();
        attacks.put("string literal (Statement)", http -> http.get("/api/items/search?name=" + EngineAttack.encode("x' OR '1'='1")));
        attacks.put("UNION (Statement)", http -> http.get("/api/items/search?name="
                + EngineAttack.encode("x' UNION SELECT id, secret, 0 FROM users --")));
        attacks.put("numeric (prepareStatement)", http -> http.get("/api/items/by-id?id=" + EngineAttack.encode("0 OR 1=1")));
        attacks.put("numeric UNION (prepareStatement)", http -> http.get("/api/items/by-id?id="
                + EngineAttack.encode("0 UNION SELECT id, secret, 0 FROM users")));
        attacks.put("JSON body", http -> http.send("POST", "/api/items/lookup", Map.of("Content-Type", "application/json"),
                "{\"name\":\"x' OR '1'='1\"}".getBytes(StandardCharsets.UTF_8)));
        attacks.put("second statement (Statement.execute, form)", http -> EngineAttack.form(http, "/api/audit", "note",
                "x'); INSERT INTO audit(note) VALUES ('pwned"));
        attacks.put("second statement (executeQuery)", http -> http.get("/api/items/search?name="
                + EngineAttack.encode("x'; INSERT INTO audit(note) VALUES ('pwned2') --")));
        return attacks;
    }

    interface HttpResponseSupplier {
        HttpResponse send(Http http);
    }

    @Test
    @Order(1)
    void blocksTheReadmeInjectionsAndTheDatabaseNeverSeesThem() {
        Http http = app.http();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, HttpResponseSupplier> attack : attacks().entrySet()) {
            HttpResponse response = attack.getValue().send(http);
            if (response.status() != 403 || !response.body().startsWith("{\"error\":\"request_blocked\",\"requestId\":\"")
                    || !"no-store".equals(response.header("Cache-Control"))) {
                failures.add(attack.getKey() + ": " + response);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals("{\"count\":0}", http.get("/api/audit/count").body(), "no injected INSERT reached the database");
        assertEquals(attacks().size(), app.output().matching(line -> line.contains("SqlInjectionBlockedException SQLState 42501")).size(),
                "the application's own error path ran once per blocked statement:\n" + app.output().text());
    }

    @Test
    @Order(2)
    void neverBlocksParameterizedTwinsOrBenignValues() {
        Http http = app.http();
        String attack = EngineAttack.encode("x' OR '1'='1");
        assertEquals(200, http.get("/api/items/search-safe?name=" + attack).status());
        assertEquals(200, http.get("/api/items/search-safe?name=" + attack).status());
        assertEquals(200, http.get("/api/items/search-safe?name=apple").status());
        HttpResponse apple = http.get("/api/items/search?name=apple");
        assertEquals(200, apple.status(), apple.body());
        assertTrue(apple.body().contains("apple"), apple.body());
        assertEquals(200, http.get("/api/items/by-id?id=2").status());
        assertEquals(500, http.get("/api/items/by-id-safe?id=" + EngineAttack.encode("0 OR 1=1")).status(),
                "the parameterized twin runs (and fails in the database), it is not blocked");
        HttpResponse lookupSafe = http.send("POST", "/api/items/lookup-safe", Map.of("Content-Type", "application/json"),
                "{\"name\":\"x' OR '1'='1\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, lookupSafe.status(), lookupSafe.body());
        HttpResponse note = EngineAttack.form(http, "/api/audit", "note", "order 66; shipped -- on time");
        assertEquals(200, note.status(), note.body());
        assertEquals("{\"count\":1}", http.get("/api/audit/count").body());
    }

    @Test
    @Order(3)
    void countsEachStatementOnceAndRecordsOneEventPerBlock() {
        app.close();
        List<JsonNode> events = new ArrayList<>();
        long safeStatements = -1;
        long safeCount = -1;
        for (JsonNode record : app.telemetry()) {
            if ("security".equals(record.path("type").asText()) && "injection.sql".equals(record.path("event").asText())) {
                events.add(record);
            }
            if ("endpoint".equals(record.path("type").asText())
                    && "/api/items/search-safe".equals(record.path("http.route").asText())) {
                safeStatements = record.path("db").path("statements").asLong();
                safeCount = record.path("count").asLong();
            }
        }
        assertEquals(3, safeCount, "three requests to /api/items/search-safe");
        assertEquals(3, safeStatements, "one statement per request, not one per pool proxy and driver");
        assertEquals(attacks().size(), events.size(), "one event per blocked statement");
        for (JsonNode event : events) {
            JsonNode evidence = event.path("evidence");
            assertEquals("blocked", event.path("action").asText(), event.toString());
            assertEquals("h2", evidence.path("sql.dialect").asText(), event.toString());
            assertTrue(evidence.path("stack").get(0).asText().startsWith("com.example."), event.toString());
            assertTrue(List.of("query", "form", "body").contains(evidence.path("input.source").asText()), event.toString());
        }
    }
}
