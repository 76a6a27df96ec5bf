package dev.palisade.it.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.Http;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The JDBC sink on real database engines (H2 embedded; SQLite; PostgreSQL and MariaDB as real
 * servers started from Maven Central binaries): every attack first proven to work without the
 * agent (rows leak, or an injected statement writes rows), then blocked with it — the client gets
 * 403, the application's error path sees {@code SqlInjectionBlockedException} with SQLState 42501,
 * and the database never saw the statement (no audit rows written). Parameterized twins and benign
 * values in the same contexts are never blocked. Runs on the JDK running Maven only (four engines,
 * two JVMs each); the JDK matrix is covered on H2 by {@code SqlInjectionSinkIT}.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"h2", "sqlite", "postgres", "mariadb"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqlInjectionEnginesIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    /** engine -> attack -> "leaks / blocked" cell, printed after all engines ran. */
    private static final Map<String, Map<String, String>> TABLE = new LinkedHashMap<>();

    @Parameter
    String engine;

    static RunningApp withoutAgent;
    static RunningApp withAgent;

    @BeforeParameterizedClassInvocation
    static void startApps(String engine) {
        Jdk jdk = Jdk.all().get(0);
        withoutAgent = apps.start(TestApp.JDBC_ENGINES, jdk, AgentSettings.withoutAgent().appArgument("--db=" + engine));
        withAgent = apps.start(TestApp.JDBC_ENGINES, jdk,
                AgentSettings.withAgent().policy("sql-block.json").appArgument("--db=" + engine));
    }

    /** Four engines would otherwise keep eight JVMs and two database servers alive until the end. */
    @AfterParameterizedClassInvocation
    static void stopApps() {
        withoutAgent.close();
        withAgent.close();
        AgentAppExtension.assertAgentHealthy(withAgent, false);
    }

    @Test
    @Order(1)
    void everyAttackWorksWithoutTheAgent() {
        Http http = withoutAgent.http();
        List<String> failures = new ArrayList<>();
        for (EngineAttack attack : EngineAttack.all()) {
            if (!attack.appliesTo(engine)) {
                cell(attack, "n/a");
                continue;
            }
            long before = auditCount(http);
            HttpResponse response = attack.send(http, engine);
            long written = auditCount(http) - before;
            boolean worked = response.status() == 200 && attack.leaked(response.body())
                    && written == attack.auditRowsWhenItWorks;
            cell(attack, worked ? "leaks" : "NO EFFECT");
            if (!worked) {
                failures.add(attack + ": " + response.status() + " " + response.body() + ", audit rows written " + written);
            }
        }
        assertTrue(failures.isEmpty(), engine + ": attacks that did not work without the agent:\n" + String.join("\n", failures));
    }

    @Test
    @Order(2)
    void everyAttackIsBlockedAndNeverReachesTheDatabase() {
        Http http = withAgent.http();
        List<String> failures = new ArrayList<>();
        for (EngineAttack attack : EngineAttack.all()) {
            if (!attack.appliesTo(engine)) {
                continue;
            }
            long before = auditCount(http);
            HttpResponse response = attack.send(http, engine);
            long written = auditCount(http) - before;
            boolean blocked = response.status() == 403 && response.body().contains("\"error\":\"request_blocked\"")
                    && written == 0;
            cell(attack, cellOf(attack) + (blocked ? " / blocked" : " / NOT BLOCKED"));
            if (!blocked) {
                failures.add(attack + ": " + response.status() + " " + response.body() + ", audit rows written " + written);
            }
        }
        assertTrue(failures.isEmpty(), engine + ": attacks not blocked:\n" + String.join("\n", failures));
        // The application's own error path ran, with our exception, for every blocked request.
        long errorLines = withAgent.output().matching(line -> line.contains("SqlInjectionBlockedException SQLState 42501")).size();
        long applicable = EngineAttack.all().stream().filter(attack -> attack.appliesTo(engine)).count();
        assertEquals(applicable, errorLines, withAgent.output().text());
    }

    @Test
    @Order(3)
    void parameterizedTwinsAndBenignValuesAreNeverBlocked() {
        Http http = withAgent.http();
        Map<String, String> benign = new LinkedHashMap<>();
        benign.put("/api/items/search-safe?name=" + EngineAttack.encode("x' OR '1'='1"), "{\"items\":[]}");
        benign.put("/api/items/by-id-safe?id=2", "banana");
        benign.put("/api/items/search?name=" + EngineAttack.encode("O''Brien and sons"), "{\"items\":[]}");
        benign.put("/api/items/search?name=apple", "apple");
        benign.put("/api/items/by-id?id=3", "cherry");
        benign.put("/api/items/like?q=err", "elderberry");
        benign.put("/api/items/sorted?sort=" + EngineAttack.encode("price DESC, id"), "{\"items\":[{\"id\":5,");
        benign.put("/api/items/in?ids=" + EngineAttack.encode("1, 2"), "banana");
        benign.put("/api/items/column?column=price", "\"extra\":3");
        benign.put("/api/items/by-name/cherry", "cherry");
        for (Map.Entry<String, String> request : benign.entrySet()) {
            HttpResponse response = http.get(request.getKey());
            assertEquals(200, response.status(), request.getKey() + " " + response.body());
            assertTrue(response.body().contains(request.getValue()), request.getKey() + " " + response.body());
        }
        HttpResponse lookupSafe = http.send("POST", "/api/items/lookup-safe", Map.of("Content-Type", "application/json"),
                "{\"name\":\"x' OR '1'='1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, lookupSafe.status(), lookupSafe.body());
        HttpResponse note = EngineAttack.form(http, "/api/audit", "note", "fine; really -- no harm, 100% (ok)");
        assertEquals(200, note.status(), note.body());
    }

    @Test
    @Order(4)
    void eventsNameTheInputTheDialectAndTheApplicationFrames() {
        withAgent.close();
        String dialect = Map.of("h2", "h2", "sqlite", "sqlite", "postgres", "postgresql", "mariadb", "mysql").get(engine);
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode record : withAgent.telemetry()) {
            if ("security".equals(record.path("type").asText()) && "injection.sql".equals(record.path("event").asText())) {
                events.add(record);
            }
        }
        long applicable = EngineAttack.all().stream().filter(attack -> attack.appliesTo(engine)).count();
        assertEquals(applicable, events.size(), "one blocked event per attack");
        JsonNode first = events.get(0);
        assertEquals("blocked", first.path("action").asText());
        JsonNode evidence = first.path("evidence");
        assertEquals("query", evidence.path("input.source").asText(), first.toString());
        assertEquals("name", evidence.path("input.name").asText(), first.toString());
        assertEquals(dialect, evidence.path("sql.dialect").asText(), first.toString());
        assertFalse(evidence.path("sql.masked").asText().contains("1'='1"), "literals are masked: " + first);
        assertTrue(evidence.path("stack").get(0).asText().startsWith("com.example.jdbcengines.ItemsServlet."), first.toString());
        assertTrue(evidence.path("stack").size() <= 10, first.toString());
        for (JsonNode event : events) {
            String source = event.path("evidence").path("input.source").asText();
            assertTrue(List.of("query", "form", "path", "cookie", "header", "body").contains(source), event.toString());
        }
        // Statements are counted per route: the benign /api/items/search requests ran one each.
        for (JsonNode record : withAgent.telemetry()) {
            if ("endpoint".equals(record.path("type").asText()) && "/api/audit/count".equals(record.path("http.route").asText())) {
                assertTrue(record.path("db").path("statements").asLong() >= 1, record.toString());
            }
        }
    }

    @AfterAll
    static void printTable() {
        if (TABLE.isEmpty()) {
            return;
        }
        List<String> engines = new ArrayList<>(TABLE.keySet());
        StringBuilder table = new StringBuilder("\n| attack | context | source | JDBC call |");
        for (String name : engines) {
            table.append(' ').append(name).append(" |");
        }
        table.append("\n|---|---|---|---|").append("---|".repeat(engines.size())).append('\n');
        for (EngineAttack attack : EngineAttack.all()) {
            table.append("| ").append(attack.name).append(" | ").append(attack.context).append(" | ").append(attack.source)
                    .append(" | ").append(attack.jdbcCall).append(" |");
            for (String name : engines) {
                table.append(' ').append(TABLE.get(name).getOrDefault(attack.name, "-")).append(" |");
            }
            table.append('\n');
        }
        System.out.println(table);
    }

    private void cell(EngineAttack attack, String text) {
        synchronized (TABLE) {
            TABLE.computeIfAbsent(engine, e -> new LinkedHashMap<>()).put(attack.name, text);
        }
    }

    private String cellOf(EngineAttack attack) {
        synchronized (TABLE) {
            return TABLE.getOrDefault(engine, Map.of()).getOrDefault(attack.name, "?");
        }
    }

    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

    static long auditCount(Http http) {
        HttpResponse response = http.get("/api/audit/count");
        Matcher matcher = COUNT.matcher(response.body());
        if (response.status() != 200 || !matcher.find()) {
            throw new AssertionError("audit count: " + response.status() + " " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }
}
