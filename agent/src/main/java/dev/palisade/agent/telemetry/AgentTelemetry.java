package dev.palisade.agent.telemetry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.telemetry.Telemetry;
import dev.palisade.telemetry.TelemetryConfig;
import dev.palisade.telemetry.record.AgentEvent;
import dev.palisade.telemetry.record.Attributes;
import dev.palisade.telemetry.record.Evidence;
import dev.palisade.telemetry.record.SecurityAction;

/**
 * The agent's telemetry: agent lifecycle records, security events and per-request metrics, written
 * as JSON Lines by the telemetry library's background writer. Without a telemetry file (or when it
 * cannot be opened) every method is a no-op, so protection never depends on telemetry.
 */
public final class AgentTelemetry {

    private static final Logger LOG = LoggerFactory.getLogger(AgentTelemetry.class);

    private final Telemetry telemetry;
    private final FailureLog failures;

    private AgentTelemetry(Telemetry telemetry, FailureLog failures) {
        this.telemetry = telemetry;
        this.failures = failures;
    }

    /** Settings taken from the policy (or defaults when there is none). */
    public static final class Settings {
        public Path file;
        public int intervalSeconds = 60;
        public int maxFileMB = 100;
        public int maxFiles = 5;
        public int maxRoutes = 1000;
        public int maxValueLength = 256;
        public Set<String> apiKeyNames = Set.of();
    }

    /** Opens the telemetry file; on failure logs why and returns telemetry that records nothing. */
    public static AgentTelemetry start(Settings settings, Supplier<Map<String, ?>> agentCounters, FailureLog failures) {
        if (settings.file == null) {
            return new AgentTelemetry(null, failures);
        }
        try {
            TelemetryConfig config = TelemetryConfig.builder(settings.file)
                    .intervalSeconds(settings.intervalSeconds)
                    .maxFileMB(settings.maxFileMB)
                    .maxFiles(settings.maxFiles)
                    .maxRoutes(settings.maxRoutes)
                    .maxValueChars(settings.maxValueLength)
                    .apiKeyNames(settings.apiKeyNames)
                    .agentCounters(agentCounters)
                    .warnings(message -> LOG.warn("telemetry: {}", message))
                    .build();
            return new AgentTelemetry(Telemetry.start(config), failures);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot write telemetry to {}: running without telemetry (protection is unaffected)", settings.file, e);
            return new AgentTelemetry(null, failures);
        }
    }

    public boolean enabled() {
        return telemetry != null;
    }

    /** An {@code agent} record, e.g. {@code started}, {@code policy.reloaded}. */
    public void agentEvent(String event, Map<String, ?> fields) {
        if (telemetry == null) {
            return;
        }
        try {
            Attributes.Builder details = Attributes.builder(telemetry.text());
            for (Map.Entry<String, ?> field : fields.entrySet()) {
                details.putObject(field.getKey(), field.getValue());
            }
            telemetry.emit(AgentEvent.of(event, details.build()));
        } catch (RuntimeException e) {
            failures.onFailure("telemetry.agent", e);
        }
    }

    /** An evidence builder with the configured limits and redaction, or {@code null} without telemetry. */
    public Evidence evidence() {
        return telemetry == null ? null : telemetry.evidence();
    }

    /**
     * A {@code security} record for a decision on this request: {@code blocked} or (monitor mode)
     * {@code monitored}. Request values are escaped and truncated by the telemetry library;
     * credentials never reach here.
     */
    public void security(RequestContext context, String event, boolean blocked, Evidence evidence) {
        if (telemetry == null) {
            return;
        }
        try {
            String pattern = context.rule() == null ? null : context.rule().pattern();
            telemetry.emit(telemetry.securityEvent(event, blocked ? SecurityAction.BLOCKED : SecurityAction.MONITORED)
                    .requestId(context.id())
                    .method(context.method())
                    .path(context.path())
                    .route(route(context))
                    .policyEndpoint(pattern)
                    .clientAddress(context.clientAddress())
                    .userAgent(context.header("User-Agent"))
                    .evidence(evidence == null ? Attributes.empty() : evidence.build())
                    .build());
        } catch (RuntimeException e) {
            failures.onFailure("telemetry.security", e);
        }
    }

    /**
     * The route template for this request. Final once the request completed (then kept on the
     * context); before that (a security event at entry) it is computed from what is known so far —
     * the servlet mapping, the policy pattern, the path — without fixing it, because the framework
     * (Spring MVC) only names its route while the application runs.
     */
    public String route(RequestContext context) {
        if (telemetry == null) {
            return null;
        }
        String route = context.route();
        return route != null ? route : resolveRoute(context);
    }

    private String resolveRoute(RequestContext context) {
        String framework = context.frameworkRoute();
        if (framework == null) {
            try {
                framework = context.exchange().frameworkRoute();
            } catch (RuntimeException unavailable) {
                framework = null;
            }
        }
        String pattern = context.rule() == null ? null : context.rule().pattern();
        return telemetry.routes().resolve(framework, pattern, context.path());
    }

    /** Counts a finished request in the endpoint metrics and the inventory. */
    public void requestFinished(RequestContext context) {
        if (telemetry == null) {
            return;
        }
        try {
            if (context.route() == null) {
                context.route(resolveRoute(context));
            }
            telemetry.requestFinished(context);
        } catch (RuntimeException e) {
            failures.onFailure("telemetry.request", e);
        }
    }

    /** Writes the final interval and the {@code stopped} record; called from the shutdown hook. */
    public void close() {
        if (telemetry != null) {
            telemetry.close();
        }
    }
}
