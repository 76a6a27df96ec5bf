package dev.palisade.it.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * What the JDBC sink does besides blocking: in {@code monitor} mode the statement runs and the event
 * says it was monitored; when the check itself fails the statement runs as if there were no agent
 * and the failure is counted; {@code disable=jdbc} switches the instrumentation off.
 */
class SqlInjectionModesIT {

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    @RegisterExtension
    static final AgentAppExtension faultyApps = new AgentAppExtension().expectingAgentFailures();

    private static final String TAUTOLOGY = "/api/items/search?name=" + EngineAttack.encode("x' OR '1'='1");

    @Test
    void monitorModeLetsTheStatementRunAndRecordsTheEvent() {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, Jdk.all().get(0), AgentSettings.withAgent().policy("sql-monitor.json"));
        HttpResponse leaked = app.http().get(TAUTOLOGY);
        assertEquals(200, leaked.status(), leaked.body());
        assertTrue(leaked.body().contains("elderberry"), "monitor mode changes nothing for the client: " + leaked.body());
        app.close();
        List<JsonNode> events = events(app);
        assertEquals(1, events.size(), events.toString());
        assertEquals("monitored", events.get(0).path("action").asText());
        assertEquals("tautology", events.get(0).path("evidence").path("reason").asText());
    }

    @Test
    void aFailingCheckLetsTheStatementRunAndIsCounted() {
        RunningApp app = faultyApps.start(TestApp.TOMCAT_JAKARTA, Jdk.all().get(0),
                AgentSettings.withAgent().policy("sql-block.json").option("testFault", "jdbc.check"));
        HttpResponse response = app.http().get(TAUTOLOGY);
        assertEquals(200, response.status(), response.body());
        assertEquals(200, app.http().get("/api/items/search?name=apple").status());
        app.close();
        assertTrue(app.agentCounters().path("agent.failures").asLong() >= 2, app.agentCounters().toString());
        assertEquals(0, app.agentCounters().path("contexts.leaked").asLong());
    }

    @Test
    void disablingTheJdbcInstrumentationLeavesStatementsAlone() {
        RunningApp app = apps.start(TestApp.TOMCAT_JAKARTA, Jdk.all().get(0),
                AgentSettings.withAgent().policy("sql-block.json").option("disable", "jdbc"));
        assertEquals(200, app.http().get(TAUTOLOGY).status());
        app.close();
        assertEquals(0, events(app).size());
    }

    @Test
    void headersAreInputsOnlyWhenThePolicyListsThem() {
        RunningApp app = apps.start(TestApp.JDBC_ENGINES, Jdk.all().get(0),
                AgentSettings.withAgent().policy("sql-block-no-headers.json").appArgument("--db=h2"));
        HttpResponse header = app.http().get("/api/items/by-tenant", java.util.Map.of("X-Tenant", "x' OR '1'='1"));
        assertEquals(200, header.status(), "an unlisted header is not an input: " + header.body());
        HttpResponse cookie = app.http().get("/api/items/by-owner", java.util.Map.of("Cookie", "owner=x'OR'1'='1"));
        assertEquals(403, cookie.status(), "cookies always are: " + cookie.body());
    }

    private static List<JsonNode> events(RunningApp app) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode record : app.telemetry()) {
            if ("security".equals(record.path("type").asText()) && "injection.sql".equals(record.path("event").asText())) {
                events.add(record);
            }
        }
        return events;
    }
}
