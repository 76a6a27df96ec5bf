package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An {@code agent} record: lifecycle and health. The {@code event} field says which; the details are
 * written as further top-level fields of the line.
 *
 * <p>Events: {@code started}, {@code policy.reloaded}, {@code policy.rejected},
 * {@code instrumentation.failed}, {@code stats} (written by {@code Telemetry} every interval),
 * {@code routes.limit_reached}, {@code endpoints.limit_reached} and {@code stopped}. Factories
 * timestamp the event now; {@link #at(long)} returns a copy with another time.
 */
public final class AgentEvent implements TelemetryRecord {

    /** Field names the line format owns; details under these names are written as {@code detail.<name>}. */
    private static final Set<String> RESERVED = Set.of("type", "timestamp", "event");

    private final long epochMillis;
    private final String event;
    private final Attributes details;

    private AgentEvent(long epochMillis, String event, Attributes details) {
        this.epochMillis = epochMillis;
        this.event = Objects.requireNonNull(event, "event");
        this.details = Objects.requireNonNull(details, "details");
    }

    /** Any agent event with the given details. */
    public static AgentEvent of(String event, Attributes details) {
        return new AgentEvent(System.currentTimeMillis(), event, details);
    }

    /** The agent is running. */
    public static AgentEvent started(String agentVersion, String javaVersion, String policyPath,
            String policySha256, List<String> instrumentations) {
        return of("started", Attributes.builder()
                .put("agent.version", agentVersion)
                .put("java.version", javaVersion)
                .put("policy.path", policyPath)
                .put("policy.sha256", policySha256)
                .put("instrumentations", instrumentations)
                .build());
    }

    /** A changed policy file was validated and is now in force. */
    public static AgentEvent policyReloaded(String policyPath, String policySha256) {
        return of("policy.reloaded", Attributes.builder()
                .put("policy.path", policyPath)
                .put("policy.sha256", policySha256)
                .build());
    }

    /** A changed policy file was invalid; the previous policy stays in force. */
    public static AgentEvent policyRejected(String policyPath, List<String> errors) {
        return of("policy.rejected", Attributes.builder()
                .put("policy.path", policyPath)
                .put("errors", errors)
                .build());
    }

    /** An instrumentation could not be installed: that part of the service is unprotected. */
    public static AgentEvent instrumentationFailed(String instrumentation, String error) {
        return of("instrumentation.failed", Attributes.builder()
                .put("instrumentation", instrumentation)
                .put("error", error)
                .build());
    }

    /** Periodic health counters; see {@code Telemetry} for the fields it adds. */
    public static AgentEvent stats(Attributes counters) {
        return of("stats", counters);
    }

    /** The route cardinality bound was reached; new routes are now counted as {@code other}. */
    public static AgentEvent routesLimitReached(int limit) {
        return of("routes.limit_reached", Attributes.builder()
                .put("limit", limit)
                .put("http.route", "other")
                .build());
    }

    /** The endpoint (method and route) bound was reached; new ones are counted under route {@code other}. */
    public static AgentEvent endpointsLimitReached(int limit) {
        return of("endpoints.limit_reached", Attributes.builder()
                .put("limit", limit)
                .put("http.route", "other")
                .build());
    }

    /** The agent is shutting down; the last line of a clean run. */
    public static AgentEvent stopped() {
        return of("stopped", Attributes.empty());
    }

    /** A copy with another timestamp. */
    public AgentEvent at(long epochMillis) {
        return new AgentEvent(epochMillis, event, details);
    }

    @Override
    public RecordType type() {
        return RecordType.AGENT;
    }

    @Override
    public long epochMillis() {
        return epochMillis;
    }

    /** The event name. */
    public String event() {
        return event;
    }

    /** The details written after {@code event}. */
    public Attributes details() {
        return details;
    }

    @Override
    public void writeFields(JsonGenerator json) throws IOException {
        json.writeStringField("event", event);
        for (Map.Entry<String, Object> e : details.asMap().entrySet()) {
            String name = RESERVED.contains(e.getKey()) ? "detail." + e.getKey() : e.getKey();
            json.writeFieldName(name);
            JsonValues.write(json, e.getValue());
        }
    }
}
