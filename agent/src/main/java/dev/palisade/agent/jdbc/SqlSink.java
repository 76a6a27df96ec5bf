package dev.palisade.agent.jdbc;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.log.LogText;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.detection.sql.SqlDialect;
import dev.palisade.detection.sql.SqlInjectionCheck;
import dev.palisade.detection.sql.SqlInjectionResult;
import dev.palisade.detection.sql.SqlMasker;
import dev.palisade.policy.Mode;
import dev.palisade.policy.match.ResolvedRule;
import dev.palisade.telemetry.record.Evidence;

/**
 * Decides about one SQL text run while a request is served: did a request input change its
 * structure ({@link SqlInjectionCheck})? If so, per the rule's {@code injection.sql} (weakened by the
 * policy-wide mode): {@code monitor} records an {@code injection.sql} event and lets the statement
 * run; {@code block} records it, answers 403 if the response is not committed yet, and returns the
 * {@link SqlInjectionBlockedException} the JDBC call throws instead of reaching the driver.
 *
 * <p>Why answer at once rather than when the request ends: the application's error path runs next
 * (it catches the exception, or a framework translates it), and it often writes and commits its own
 * error response. Our 403 is committed and its output closed first, so the application's later
 * writes and status changes are ignored by the container, and the client sees the 403.
 */
public final class SqlSink {

    static final String EVENT = "injection.sql";

    private static final Logger LOG = LoggerFactory.getLogger(SqlSink.class);

    private final SqlInjectionCheck check;
    private final ConnectionDialects dialects = new ConnectionDialects();
    private final AgentTelemetry telemetry;

    public SqlSink(SqlInjectionCheck check, AgentTelemetry telemetry) {
        this.check = check;
        this.telemetry = telemetry;
    }

    /** The exception to throw instead of running {@code sql}, or {@code null} to let it run. */
    Throwable check(RequestContext context, Object target, String sql) throws Exception {
        ResolvedRule rule = context.rule();
        if (rule == null) {
            return null; // no policy (failOpen): the agent runs unprotected, and says so at start-up
        }
        Mode action = rule.sqlAction();
        if (action == Mode.OFF) {
            return null;
        }
        SqlInputs inputs = SqlInputs.of(context);
        if (inputs.inputs().isEmpty()) {
            return null;
        }
        // The dialect (a cached lookup per connection) is only asked for when an input occurs in the SQL.
        SqlInjectionResult result = check.check(sql, () -> dialects.of(target), inputs.inputs(),
                rule.injection().allowFullQueryInput());
        if (!result.isInjection()) {
            return null;
        }
        SqlDialect dialect = dialects.of(target);
        boolean block = action == Mode.BLOCK;
        context.blocked(EVENT);
        String source = inputs.eventSource(result.input());
        record(context, block, result, source, sql, dialect);
        LOG.warn("{} SQL injection in {} {} (request {}): {} input '{}' changed the query's structure [{}]",
                block ? "BLOCKED" : "detected (monitor mode, not blocked)", context.method(),
                LogText.escape(context.path()), context.id(), source, LogText.escape(result.inputName()),
                result.reasonCode());
        if (!block) {
            return null;
        }
        context.respondJson(403, Map.of(), "{\"error\":\"request_blocked\",\"requestId\":\""
                + jsonEscape(context.id()) + "\"}");
        return new SqlInjectionBlockedException("request input " + source + " '" + result.inputName()
                + "' changed the query's structure (" + result.reasonCode() + ")", context.id());
    }

    private void record(RequestContext context, boolean blocked, SqlInjectionResult result, String source,
            String sql, SqlDialect dialect) {
        Evidence evidence = telemetry.evidence();
        if (evidence == null) {
            return;
        }
        evidence.input(source, result.inputName(), result.input().value())
                .maskedSql(SqlMasker.mask(sql, dialect))
                .dialect(dialect.name().toLowerCase(java.util.Locale.ROOT))
                .stack(ApplicationFrames.current())
                .put("reason", result.reasonCode());
        telemetry.security(context, EVENT, blocked, evidence);
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
