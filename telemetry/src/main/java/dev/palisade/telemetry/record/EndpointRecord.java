package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code endpoint} record: what one method on one route did during one interval
 * ({@code window_start} inclusive to {@code window_end} exclusive). Written only for endpoints that
 * saw calls. The timestamp is the window end.
 */
public final class EndpointRecord implements TelemetryRecord {

    /** Status class names, index = status / 100; index 0 is {@code other}. */
    private static final String[] STATUS_CLASSES = {"other", "1xx", "2xx", "3xx", "4xx", "5xx"};

    private final String method;
    private final String route;
    private final String policyEndpoint;
    private final long windowStart;
    private final long windowEnd;
    private final long count;
    private final long[] statusClasses;
    private final DurationSummary durations;
    private final Map<String, Long> blocked;
    private final long clients;
    private final long requestBytes;
    private final long responseBytes;
    private final long dbStatements;
    private final long dbNanos;

    private EndpointRecord(Builder b) {
        this.method = b.method;
        this.route = b.route;
        this.policyEndpoint = b.policyEndpoint;
        this.windowStart = b.windowStart;
        this.windowEnd = b.windowEnd;
        this.count = b.count;
        this.statusClasses = b.statusClasses.clone();
        this.durations = Objects.requireNonNull(b.durations, "durations");
        this.blocked = Collections.unmodifiableMap(new LinkedHashMap<>(b.blocked));
        this.clients = b.clients;
        this.requestBytes = b.requestBytes;
        this.responseBytes = b.responseBytes;
        this.dbStatements = b.dbStatements;
        this.dbNanos = b.dbNanos;
    }

    /** Starts a record for {@code method} on {@code route} over the given window. */
    public static Builder builder(String method, String route, long windowStart, long windowEnd) {
        return new Builder(method, route, windowStart, windowEnd);
    }

    /** The status-class key ({@code 1xx} … {@code 5xx}, or {@code other}) of a status code. */
    public static String statusClass(int status) {
        return STATUS_CLASSES[statusClassIndex(status)];
    }

    /** Index into the status classes: 1–5 for 1xx–5xx, 0 for anything else. */
    public static int statusClassIndex(int status) {
        return status >= 100 && status <= 599 ? status / 100 : 0;
    }

    @Override
    public RecordType type() {
        return RecordType.ENDPOINT;
    }

    @Override
    public long epochMillis() {
        return windowEnd;
    }

    /** {@code http.request.method}. */
    public String method() {
        return method;
    }

    /** {@code http.route}. */
    public String route() {
        return route;
    }

    /** {@code policy.endpoint}, or null. */
    public String policyEndpoint() {
        return policyEndpoint;
    }

    /** Requests in the interval. */
    public long count() {
        return count;
    }

    /** Requests whose status fell in {@code statusClass} ({@code "2xx"}, …, {@code "other"}). */
    public long statusCount(String statusClass) {
        for (int i = 0; i < STATUS_CLASSES.length; i++) {
            if (STATUS_CLASSES[i].equals(statusClass)) {
                return statusClasses[i];
            }
        }
        return 0;
    }

    /** Blocked requests by reason. */
    public Map<String, Long> blocked() {
        return blocked;
    }

    /** Estimated distinct client addresses. */
    public long clients() {
        return clients;
    }

    /** Duration percentiles and histogram. */
    public DurationSummary durations() {
        return durations;
    }

    /** Sum of known request body sizes, or -1 when none was known. */
    public long requestBytes() {
        return requestBytes;
    }

    /** Sum of known response body sizes, or -1 when none was known. */
    public long responseBytes() {
        return responseBytes;
    }

    /** JDBC statements executed. */
    public long dbStatements() {
        return dbStatements;
    }

    /** Time in JDBC statements, nanoseconds. */
    public long dbNanos() {
        return dbNanos;
    }

    /** Window start, epoch milliseconds. */
    public long windowStart() {
        return windowStart;
    }

    /** Window end, epoch milliseconds. */
    public long windowEnd() {
        return windowEnd;
    }

    @Override
    public void writeFields(JsonGenerator json) throws IOException {
        json.writeStringField("http.request.method", method);
        json.writeStringField("http.route", route);
        JsonValues.writeString(json, "policy.endpoint", policyEndpoint);
        json.writeNumberField("count", count);
        json.writeObjectFieldStart("status");
        for (int i = 1; i < STATUS_CLASSES.length; i++) {
            json.writeNumberField(STATUS_CLASSES[i], statusClasses[i]);
        }
        if (statusClasses[0] > 0) {
            json.writeNumberField(STATUS_CLASSES[0], statusClasses[0]);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("duration_ms");
        JsonValues.writeMillis(json, "p50", durations.p50Micros() / 1000.0);
        JsonValues.writeMillis(json, "p90", durations.p90Micros() / 1000.0);
        JsonValues.writeMillis(json, "p99", durations.p99Micros() / 1000.0);
        JsonValues.writeMillis(json, "max", durations.maxMicros() / 1000.0);
        json.writeEndObject();
        JsonValues.writeString(json, "duration_hist", durations.encodedHistogram());
        json.writeObjectFieldStart("blocked");
        for (Map.Entry<String, Long> e : blocked.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("clients", clients);
        json.writeNumberField("request_bytes", requestBytes);
        json.writeNumberField("response_bytes", responseBytes);
        json.writeObjectFieldStart("db");
        json.writeNumberField("statements", dbStatements);
        JsonValues.writeMillis(json, "time_ms", dbNanos / 1_000_000.0);
        json.writeEndObject();
        json.writeStringField("window_start", Timestamps.format(windowStart));
        json.writeStringField("window_end", Timestamps.format(windowEnd));
    }

    /** Collects an endpoint record's fields; not thread-safe. */
    public static final class Builder {
        private final String method;
        private final String route;
        private final long windowStart;
        private final long windowEnd;
        private String policyEndpoint;
        private long count;
        private final long[] statusClasses = new long[STATUS_CLASSES.length];
        private DurationSummary durations;
        private final Map<String, Long> blocked = new LinkedHashMap<>();
        private long clients;
        private long requestBytes = -1;
        private long responseBytes = -1;
        private long dbStatements;
        private long dbNanos;

        private Builder(String method, String route, long windowStart, long windowEnd) {
            this.method = Objects.requireNonNull(method, "method");
            this.route = Objects.requireNonNull(route, "route");
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
        }

        /** The policy rule's pattern, or null. */
        public Builder policyEndpoint(String pattern) {
            this.policyEndpoint = pattern;
            return this;
        }

        /** The number of requests. */
        public Builder count(long count) {
            this.count = count;
            return this;
        }

        /** Requests per status class; index as in {@link EndpointRecord#statusClassIndex(int)}. */
        public Builder statusClassCount(int classIndex, long requests) {
            statusClasses[classIndex] = requests;
            return this;
        }

        /** Duration percentiles and histogram. */
        public Builder durations(DurationSummary durations) {
            this.durations = durations;
            return this;
        }

        /** Blocked requests for one reason. */
        public Builder blocked(String reason, long requests) {
            blocked.put(reason, requests);
            return this;
        }

        /** Estimated distinct clients. */
        public Builder clients(long clients) {
            this.clients = clients;
            return this;
        }

        /** Known body byte sums, -1 for unknown. */
        public Builder bytes(long request, long response) {
            this.requestBytes = request;
            this.responseBytes = response;
            return this;
        }

        /** JDBC statements and their total nanoseconds. */
        public Builder db(long statements, long nanos) {
            this.dbStatements = statements;
            this.dbNanos = nanos;
            return this;
        }

        /** The immutable record. */
        public EndpointRecord build() {
            return new EndpointRecord(this);
        }
    }
}
