package dev.palisade.telemetry;

import dev.palisade.telemetry.metrics.CompletedRequest;
import dev.palisade.telemetry.metrics.EndpointMetrics;
import dev.palisade.telemetry.record.AgentEvent;
import dev.palisade.telemetry.record.Attributes;
import dev.palisade.telemetry.record.Evidence;
import dev.palisade.telemetry.record.SecurityAction;
import dev.palisade.telemetry.record.SecurityEvent;
import dev.palisade.telemetry.record.TelemetryRecord;
import dev.palisade.telemetry.record.Timestamps;
import dev.palisade.telemetry.route.RouteTemplates;
import dev.palisade.telemetry.text.SafeText;
import dev.palisade.telemetry.text.SecretRedactor;
import dev.palisade.telemetry.writer.DropCounter;
import dev.palisade.telemetry.writer.RotatingFile;
import dev.palisade.telemetry.writer.TelemetryWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.concurrent.atomic.LongAdder;

/**
 * The telemetry of one agent: the object the agent creates at start, calls from request threads, and
 * closes from its shutdown hook.
 *
 * <pre>{@code
 * Telemetry telemetry = Telemetry.start(TelemetryConfig.builder(path).build());   // premain
 * telemetry.emit(AgentEvent.started(version, javaVersion, policyPath, sha256, installed));
 *
 * String route = telemetry.routes().resolve(frameworkRoute, rule.pattern(), normalizedPath);
 * telemetry.emit(telemetry.securityEvent("authentication.missing", SecurityAction.BLOCKED)
 *         .requestId(id).method(m).path(p).route(route).policyEndpoint(rule.pattern())
 *         .clientAddress(client).build());                                     // request thread
 * telemetry.requestFinished(context);                                          // request exit
 *
 * telemetry.close();                                                           // shutdown hook
 * }</pre>
 *
 * <p><b>Threading.</b> {@link #requestFinished}, {@link #emit}, {@link #routes()} and the builders are
 * for request threads: they never block on I/O, never throw (failures are counted in the {@code stats}
 * record as {@code telemetry.errors}), and do not lock. Every interval the writer thread writes one
 * {@code endpoint} record per endpoint that saw calls, one {@code inventory} record per endpoint seen
 * since start, and one {@code agent}/{@code stats} record; {@link #close()} writes the final partial
 * interval and an {@code agent}/{@code stopped} record.
 */
public final class Telemetry implements AutoCloseable {

    private final TelemetryConfig config;
    private final SafeText text;
    private final SecretRedactor redactor;
    private final RouteTemplates routes;
    private final EndpointMetrics metrics;
    private final TelemetryWriter writer;
    private final LongAdder errors = new LongAdder();

    private Telemetry(TelemetryConfig config) throws IOException {
        this.config = config;
        this.text = SafeText.withMaxChars(config.maxValueChars());
        this.redactor = SecretRedactor.defaults().withApiKeyNames(config.apiKeyNames());
        this.routes = new RouteTemplates(config.maxRoutes(), text,
                () -> emit(AgentEvent.routesLimitReached(config.maxRoutes()).at(config.clock().millis())));
        this.metrics = new EndpointMetrics(config.maxEndpoints(), config.clock(), text,
                () -> emit(AgentEvent.endpointsLimitReached(config.maxEndpoints()).at(config.clock().millis())));
        RotatingFile file = new RotatingFile(config.file(), config.maxFileBytes(), config.maxFiles());
        this.writer = new TelemetryWriter(file, config.queueCapacity(), config.interval(), this::writeInterval,
                config.clock(), config.warnings());
    }

    /**
     * Opens (or appends to) the telemetry file and starts the writer thread.
     *
     * @throws IOException when the file cannot be created or opened; the agent should report it and
     *                     run without telemetry rather than fail the service
     */
    public static Telemetry start(TelemetryConfig config) throws IOException {
        return new Telemetry(config);
    }

    /** Route templating with the configured bound; call before {@link #requestFinished}. */
    public RouteTemplates routes() {
        return routes;
    }

    /** Counts one finished request in the endpoint metrics and the inventory. Never blocks or throws. */
    public void requestFinished(CompletedRequest request) {
        try {
            metrics.record(request);
        } catch (RuntimeException e) {
            errors.increment();
        }
    }

    /**
     * Queues a record (security or agent event) for writing. Never blocks; returns false when the
     * record was dropped because the queue was full or telemetry is closed (the drop is counted).
     */
    public boolean emit(TelemetryRecord record) {
        try {
            return writer.offer(record);
        } catch (RuntimeException e) {
            errors.increment();
            return false;
        }
    }

    /** A security event builder with the configured text limits, timestamped now. */
    public SecurityEvent.Builder securityEvent(String event, SecurityAction action) {
        return SecurityEvent.builder(event, action, text).timestamp(config.clock().millis());
    }

    /** An evidence builder with the configured text limits and credential names. */
    public Evidence evidence() {
        return Evidence.builder(text, redactor);
    }

    /** The configured text limits. */
    public SafeText text() {
        return text;
    }

    /** The configured redactor (built-in names plus the policy's API-key names). */
    public SecretRedactor redactor() {
        return redactor;
    }

    /** The live endpoint metrics (read-only use: counts, limit flag). */
    public EndpointMetrics metrics() {
        return metrics;
    }

    /** Records dropped so far. */
    public DropCounter drops() {
        return writer.drops();
    }

    /** Flushes everything within the configured close timeout; see {@link #close(Duration)}. */
    @Override
    public void close() {
        close(config.closeTimeout());
    }

    /**
     * Stops intake, writes queued events, the final interval's records and {@code stopped}, and closes
     * the file. Returns whether that finished within {@code timeout}. Safe from a shutdown hook.
     */
    public boolean close(Duration timeout) {
        return writer.close(timeout);
    }

    private void writeInterval(long windowStart, long windowEnd, boolean last, Consumer<TelemetryRecord> out) {
        metrics.finishInterval(windowStart, windowEnd).forEach(out);
        metrics.inventory(windowEnd).forEach(out);
        out.accept(AgentEvent.stats(stats(windowStart, windowEnd)).at(windowEnd));
        if (last) {
            out.accept(AgentEvent.stopped().at(windowEnd));
        }
    }

    private Attributes stats(long windowStart, long windowEnd) {
        Attributes.Builder stats = Attributes.builder(text)
                .put("window_start", Timestamps.format(windowStart))
                .put("window_end", Timestamps.format(windowEnd))
                .put("dropped", writer.drops().takeUnreported())
                .put("dropped_total", writer.drops().totals())
                .put("queue.depth", writer.queued())
                .put("write_errors", writer.writeErrors())
                .put("lines_lost", writer.linesLost())
                .put("rotations", writer.rotations())
                .put("routes", routes.routeCount())
                .put("routes.limit_reached", routes.limitReached())
                .put("endpoints", metrics.endpointCount())
                .put("endpoints.limit_reached", metrics.limitReached())
                .put("telemetry.errors", errors.sum());
        try {
            Map<String, ?> counters = config.agentCounters().get();
            // Sorted, so consecutive stats lines are easy to compare by eye or with diff.
            stats.put("counters", counters == null ? Map.of() : new TreeMap<>(counters));
        } catch (RuntimeException e) {
            stats.put("counters.error", String.valueOf(e));
        }
        return stats.build();
    }
}
