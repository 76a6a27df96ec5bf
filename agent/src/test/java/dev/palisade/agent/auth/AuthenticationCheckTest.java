package dev.palisade.agent.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

class AuthenticationCheckTest {

    @TempDir
    Path dir;

    private AgentTelemetry telemetry;
    private AuthenticationCheck check;

    @BeforeEach
    void start() {
        AgentTelemetry.Settings settings = new AgentTelemetry.Settings();
        settings.file = dir.resolve("telemetry.jsonl");
        telemetry = AgentTelemetry.start(settings, Map::of, new FailureLog(new AgentStats()));
        check = new AuthenticationCheck(telemetry);
    }

    @AfterEach
    void stop() {
        telemetry.close();
    }

    private RequestContext open(Policy policy, FakeExchange exchange) {
        RequestContext context = new RequestContext(exchange, System.nanoTime(), System.currentTimeMillis());
        context.applyPolicy(policy, policy.resolve(context.method(), context.path()));
        check.onOpen(context);
        return context;
    }

    private String telemetryText() throws Exception {
        telemetry.close();
        return Files.readString(dir.resolve("telemetry.jsonl"));
    }

    @Test
    void answersAMissingCredentialWith401AndSkipsTheApplication() throws Exception {
        FakeExchange exchange = new FakeExchange("GET", "/api/admin/users", null).header("X-Request-Id", "req-1");
        RequestContext context = open(TestPolicies.shop("block"), exchange);
        assertTrue(context.answeredByAgent());
        assertEquals(401, exchange.answeredStatus);
        assertEquals("Bearer realm=\"palisade\", Basic realm=\"palisade\"", exchange.answeredHeaders.get("WWW-Authenticate"));
        assertEquals("application/json", exchange.answeredHeaders.get("Content-Type"));
        assertEquals("no-store", exchange.answeredHeaders.get("Cache-Control"));
        assertEquals("{\"error\":\"authentication_required\",\"requestId\":\"req-1\"}", exchange.answeredBody);
        assertEquals(AuthenticationCheck.EVENT, context.blockedReason());
        assertFalse(context.credentialsPresent());
        String events = telemetryText();
        assertTrue(events.contains("\"event\":\"authentication.missing\",\"action\":\"blocked\""), events);
        assertTrue(events.contains("\"policy.endpoint\":\"/api/admin/**\""), events);
        assertTrue(events.contains("\"schemes.accepted\":[\"bearer\",\"basic\"],\"credentials\":\"missing\""), events);
    }

    @Test
    void monitorModeLetsTheRequestGoOnAndRecordsAMonitoredEvent() throws Exception {
        FakeExchange exchange = new FakeExchange("GET", "/api/admin/users", null);
        RequestContext context = open(TestPolicies.shop("monitor"), exchange);
        assertFalse(context.answeredByAgent());
        assertNull(exchange.answeredBody);
        assertNull(context.blockedReason(), "the endpoint's 'blocked' counts only requests that were stopped");
        assertTrue(telemetryText().contains("\"event\":\"authentication.missing\",\"action\":\"monitored\""));
    }

    @Test
    void describesMalformedCredentialsWithoutTheirValues() throws Exception {
        String secret = "s3cr3t-value-that-must-not-leak";
        FakeExchange exchange = new FakeExchange("GET", "/api/admin/users", "api_key=" + secret)
                .header("Authorization", "Bearer " + secret + " trailing")
                .header("Cookie", "SESSION=" + secret);
        RequestContext context = open(TestPolicies.shop("block"), exchange);
        assertEquals(401, exchange.answeredStatus);
        assertTrue(context.credentialsPresent(), "a malformed credential is still a credential for the inventory");
        String events = telemetryText();
        assertTrue(events.contains("\"credentials\":\"malformed\",\"found\":{\"bearer\":\"malformed\"}"), events);
        assertFalse(events.contains(secret), events);
    }

    @Test
    void bindsTheStricterRuleWhenTheRawSegmentsReadAsAProtectedPath() throws Exception {
        FakeExchange exchange = new FakeExchange("GET", "/api/admin/../public/x", null);
        RequestContext context = open(TestPolicies.shop("block"), exchange);
        assertEquals("/api/public/x", context.path());
        assertEquals(401, exchange.answeredStatus);
        assertEquals("/api/admin/**", context.rule().pattern());
        assertTrue(telemetryText().contains("\"path.reading\":\"raw path segments\""));
    }

    @Test
    void passesAWellFormedCredentialAndNotesThatOneWasPresent() {
        FakeExchange exchange = new FakeExchange("GET", "/api/keys/1", "api_key=k");
        RequestContext context = open(TestPolicies.shop("block"), exchange);
        assertFalse(context.answeredByAgent());
        assertTrue(context.credentialsPresent());
    }

    @Test
    void publicRequestsStillReportWhetherTheyCarriedACredential() {
        assertFalse(open(TestPolicies.shop("block"), new FakeExchange("GET", "/health", null)).credentialsPresent());
        assertTrue(open(TestPolicies.shop("block"), new FakeExchange("GET", "/health", null)
                .header("Authorization", "whatever")).credentialsPresent());
    }
}
