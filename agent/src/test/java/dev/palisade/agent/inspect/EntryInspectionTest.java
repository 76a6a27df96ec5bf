package dev.palisade.agent.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.palisade.agent.context.FakeExchange;
import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;

/**
 * The entry inspection ({@link InputInspectionCheck#onOpen}) without a container: inputs are
 * inspected in chunks ({@link InputBatch}), yet findings, events and the block decision follow the
 * inputs' order, and the event cap never hides an input that blocks.
 */
class EntryInspectionTest {

    private static final String POLICY = "{\"version\":1,\"mode\":\"block\",\"defaults\":{\"authentication\":[],"
            + "\"injection\":{\"sql\":\"monitor\",\"input\":%s}}}";

    @TempDir
    Path dir;
    private AgentTelemetry telemetry;
    private InputInspectionCheck check;

    @BeforeEach
    void start() {
        AgentTelemetry.Settings settings = new AgentTelemetry.Settings();
        settings.file = dir.resolve("telemetry.jsonl");
        telemetry = AgentTelemetry.start(settings, Map::of, new FailureLog(new AgentStats()));
        check = new InputInspectionCheck(telemetry);
    }

    @AfterEach
    void stop() {
        telemetry.close();
    }

    private RequestContext request(FakeExchange exchange, String inputModes) {
        RequestContext context = new RequestContext(exchange, System.nanoTime(), System.currentTimeMillis(), 65536);
        PolicyLoadResult loaded = PolicyLoader.parse(String.format(POLICY, inputModes).getBytes(StandardCharsets.UTF_8),
                Path.of("p.json"));
        assertTrue(loaded.isValid(), loaded.diagnostics().toString());
        Policy policy = loaded.policy();
        context.applyPolicy(policy, policy.resolve(context.method(), context.path()));
        return context;
    }

    /** {@code count} benign query parameters {@code p0..}, with {@code attacks} put at the given positions. */
    private static String query(int count, Map<Integer, String> attacks) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "" : "&").append('p').append(i).append('=')
                    .append(attacks.getOrDefault(i, "value" + i));
        }
        return query.toString();
    }

    private List<String> events() throws IOException {
        telemetry.close();
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("telemetry.jsonl"))) {
            if (line.contains("\"event\":\"injection.input\"")) {
                events.add(line);
            }
        }
        return events;
    }

    @Test
    void anAttackBeyondTheFirstChunkIsFoundAndBlocks() throws IOException {
        String xss = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        FakeExchange exchange = new FakeExchange("GET", "/api/search", query(3 * InputBatch.CHUNK, Map.of(70, xss)));
        RequestContext context = request(exchange, "\"block\"");
        check.onOpen(context);
        assertEquals(403, exchange.answeredStatus);
        List<String> events = events();
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).contains("\"input.name\":\"p70\""), events.get(0));
    }

    @Test
    void monitoredFindingsNeverUseUpTheCapAndHideALaterBlock() throws IOException {
        // Twelve monitored XSS values, then SQL injection that blocks: the cap of 10 events is reached
        // first, but the request must still be blocked.
        Map<Integer, String> attacks = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            attacks.put(i, "%3Cimg%20src%3Dx%20onerror%3Dalert(" + i + ")%3E");
        }
        attacks.put(12, "1%27%20UNION%20SELECT%20password%20FROM%20users--");
        FakeExchange exchange = new FakeExchange("GET", "/api/search", query(13, attacks));
        RequestContext context = request(exchange, "{\"xss\":\"monitor\",\"sqli\":\"block\"}");
        check.onOpen(context);
        assertEquals(403, exchange.answeredStatus, "the SQL injection after the monitored values blocks");
        List<String> events = events();
        assertEquals(InputInspectionCheck.MAX_EVENTS, events.size(), events.toString());
        for (int i = 0; i < InputInspectionCheck.MAX_EVENTS; i++) {
            assertTrue(events.get(i).contains("\"input.name\":\"p" + i + "\""), "events follow the inputs' order: " + events);
        }
    }

    @Test
    void benignRequestsOfManyInputsPassWithoutEvents() throws IOException {
        FakeExchange exchange = new FakeExchange("GET", "/api/search", query(100, Map.of()));
        RequestContext context = request(exchange, "\"block\"");
        check.onOpen(context);
        assertEquals(0, exchange.answeredStatus);
        assertEquals(List.of(), events());
    }
}
