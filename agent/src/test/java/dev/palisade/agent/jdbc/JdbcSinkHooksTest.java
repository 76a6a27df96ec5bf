package dev.palisade.agent.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLSyntaxErrorException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.palisade.agent.context.FakeExchange;
import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.runtime.TestFaults;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.bridge.JdbcHooks;
import dev.palisade.detection.sql.SqlInjectionCheck;
import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;

/**
 * The JDBC hooks without a servlet container: the "current request" is a field of the test, and the
 * "driver" is a plain object (dialect GENERIC).
 */
class JdbcSinkHooksTest {

    private static final String POLICY = "{\"version\":1,\"mode\":\"%s\",\"defaults\":{\"authentication\":[],"
            + "\"injection\":{\"sql\":\"block\"}}}";

    private RequestContext bound;
    private final AgentStats stats = new AgentStats();
    private final FailureLog failures = new FailureLog(stats);

    private JdbcSinkHooks hooks(String fault) {
        return new JdbcSinkHooks(() -> bound, new SqlSink(new SqlInjectionCheck(),
                AgentTelemetry.start(new AgentTelemetry.Settings(), stats::snapshot, failures)), failures, new TestFaults(fault));
    }

    private RequestContext request(String query, String mode) {
        RequestContext context = new RequestContext(new FakeExchange("GET", "/api/items/search", query), System.nanoTime(),
                System.currentTimeMillis());
        PolicyLoadResult loaded = PolicyLoader.parse(String.format(POLICY, mode).getBytes(StandardCharsets.UTF_8), Path.of("p.json"));
        Policy policy = loaded.policy();
        context.applyPolicy(policy, policy.resolve("GET", "/api/items/search"));
        return context;
    }

    @AfterEach
    void unbind() {
        bound = null;
    }

    @Test
    void doesNothingAndAllocatesNothingWithoutARequest() {
        JdbcSinkHooks hooks = hooks(null);
        Object driver = new Object();
        for (int i = 0; i < 10_000; i++) {
            hooks.enter(driver, "SELECT 1", JdbcHooks.EXECUTE_SQL); // warm up
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long token = 0;
        for (int i = 0; i < 100_000; i++) {
            token |= hooks.enter(driver, "SELECT * FROM items WHERE name = 'x'", JdbcHooks.EXECUTE_SQL);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertEquals(JdbcHooks.IDLE, token);
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes on the no-request path");
    }

    @Test
    void blocksAnInjectionAndAnswers403() {
        JdbcSinkHooks hooks = hooks(null);
        bound = request("name=x%27%20OR%20%271%27%3D%271", "block");
        long token = hooks.enter(new Object(), "SELECT * FROM items WHERE name = 'x' OR '1'='1'", JdbcHooks.EXECUTE_SQL);
        assertEquals(JdbcHooks.BLOCKED, token);
        Throwable blocked = hooks.blockedException();
        assertTrue(blocked instanceof SQLSyntaxErrorException, String.valueOf(blocked));
        assertEquals("42501", ((SQLSyntaxErrorException) blocked).getSQLState());
        assertTrue(blocked.getStackTrace().length == 0 || !blocked.getStackTrace()[0].getClassName().startsWith("dev.palisade."));
        assertEquals("injection.sql", bound.blockedReason());
        FakeExchange exchange = (FakeExchange) bound.exchange();
        assertEquals(403, exchange.answeredStatus);
        assertTrue(exchange.answeredBody.startsWith("{\"error\":\"request_blocked\",\"requestId\":\""), exchange.answeredBody);
        assertNull(hooks.blockedException(), "handed out once");
        assertEquals(0, bound.dbStatements(), "a blocked statement never ran");
    }

    @Test
    void monitorModeLetsTheStatementRun() {
        JdbcSinkHooks hooks = hooks(null);
        bound = request("name=x%27%20OR%20%271%27%3D%271", "monitor");
        long token = hooks.enter(new Object(), "SELECT * FROM items WHERE name = 'x' OR '1'='1'", JdbcHooks.EXECUTE_SQL);
        assertTrue(token > 0);
        hooks.exit(token);
        assertEquals("injection.sql", bound.blockedReason());
        assertNull(((FakeExchange) bound.exchange()).answeredBody);
        assertEquals(1, bound.dbStatements());
    }

    @Test
    void onlyTheOutermostCallActsAndCounts() {
        JdbcSinkHooks hooks = hooks(null);
        bound = request("name=apple", "block");
        long outer = hooks.enter(new Object(), "SELECT * FROM items WHERE name = 'apple'", JdbcHooks.EXECUTE_SQL);
        long inner = hooks.enter(new Object(), "SELECT * FROM items WHERE name = 'apple'", JdbcHooks.EXECUTE_SQL);
        assertEquals(JdbcHooks.UNTIMED, inner);
        hooks.exit(inner);
        hooks.exit(outer);
        long prepared = hooks.enter(new Object(), "SELECT * FROM items WHERE id = ?", JdbcHooks.PREPARE);
        assertEquals(JdbcHooks.UNTIMED, prepared, "preparing is checked, not counted");
        hooks.exit(prepared);
        long executed = hooks.enter(new Object(), null, JdbcHooks.EXECUTE_PREPARED);
        assertTrue(executed > 0);
        hooks.exit(executed);
        assertEquals(2, bound.dbStatements());
        assertTrue(bound.dbNanos() >= 0);
    }

    @Test
    void aFailingCheckLetsTheStatementRunAndIsCounted() {
        JdbcSinkHooks hooks = hooks("jdbc.check");
        bound = request("name=x%27%20OR%20%271%27%3D%271", "block");
        long token = hooks.enter(new Object(), "SELECT * FROM items WHERE name = 'x' OR '1'='1'", JdbcHooks.EXECUTE_SQL);
        assertTrue(token > 0, "the statement runs");
        hooks.exit(token);
        assertEquals(1, failures.count("jdbc.check"));
        assertNotNull(bound);
    }
}
