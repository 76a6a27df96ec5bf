package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * An {@code inventory} record: one endpoint (method and route) that has been served since the agent
 * started, as seen from real traffic. Written every interval for every such endpoint, so the latest
 * batch is always the complete inventory.
 *
 * <p>{@code policy.endpoint} null marks a shadow endpoint the policy does not name;
 * {@code unauthenticated_2xx} true means it answered 2xx at least once to a request that carried no
 * credential at all.
 */
public final class InventoryRecord implements TelemetryRecord {

    private final long epochMillis;
    private final String method;
    private final String route;
    private final String policyEndpoint;
    private final boolean authenticationRequired;
    private final boolean unauthenticated2xx;
    private final long firstSeen;
    private final long lastSeen;
    private final long count;

    /** A value with every field given. */
    public InventoryRecord(long epochMillis, String method, String route, String policyEndpoint,
            boolean authenticationRequired, boolean unauthenticated2xx, long firstSeen, long lastSeen,
            long count) {
        this.epochMillis = epochMillis;
        this.method = method;
        this.route = route;
        this.policyEndpoint = policyEndpoint;
        this.authenticationRequired = authenticationRequired;
        this.unauthenticated2xx = unauthenticated2xx;
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
        this.count = count;
    }

    @Override
    public RecordType type() {
        return RecordType.INVENTORY;
    }

    @Override
    public long epochMillis() {
        return epochMillis;
    }

    /** {@code http.request.method}. */
    public String method() {
        return method;
    }

    /** {@code http.route}. */
    public String route() {
        return route;
    }

    /** The covering policy rule's pattern, or null for a shadow endpoint. */
    public String policyEndpoint() {
        return policyEndpoint;
    }

    /** Whether the covering rule requires a credential. */
    public boolean authenticationRequired() {
        return authenticationRequired;
    }

    /** Whether the endpoint ever answered 2xx to a request without any credential. */
    public boolean unauthenticated2xx() {
        return unauthenticated2xx;
    }

    /** Requests since start. */
    public long count() {
        return count;
    }

    @Override
    public void writeFields(JsonGenerator json) throws IOException {
        json.writeStringField("http.request.method", method);
        json.writeStringField("http.route", route);
        JsonValues.writeString(json, "policy.endpoint", policyEndpoint);
        json.writeBooleanField("authentication.required", authenticationRequired);
        json.writeBooleanField("unauthenticated_2xx", unauthenticated2xx);
        json.writeStringField("first_seen", Timestamps.format(firstSeen));
        json.writeStringField("last_seen", Timestamps.format(lastSeen));
        json.writeNumberField("count", count);
    }
}
