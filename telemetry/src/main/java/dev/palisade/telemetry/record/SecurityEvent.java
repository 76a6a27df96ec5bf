package dev.palisade.telemetry.record;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.palisade.telemetry.text.SafeText;
import java.io.IOException;
import java.util.Objects;

/**
 * A {@code security} record: one decision that blocked a request, or in monitor mode would have.
 *
 * <p>Build one on the request thread with {@link #builder(String, SecurityAction, SafeText)} (or
 * {@code Telemetry.securityEvent(...)}, which applies the configured limits) and hand it to the writer.
 * Every string is cleaned by {@link SafeText} as it is set; evidence comes from {@link Evidence}, which
 * redacts credentials. Event names are dotted, feature first: {@code authentication.missing},
 * {@code injection.sql}, {@code injection.input}.
 */
public final class SecurityEvent implements TelemetryRecord {

    private final long epochMillis;
    private final String event;
    private final SecurityAction action;
    private final String requestId;
    private final String method;
    private final String path;
    private final String route;
    private final String policyEndpoint;
    private final String clientAddress;
    private final String userAgent;
    private final Attributes evidence;

    private SecurityEvent(Builder b) {
        this.epochMillis = b.epochMillis;
        this.event = b.event;
        this.action = b.action;
        this.requestId = b.requestId;
        this.method = b.method;
        this.path = b.path;
        this.route = b.route;
        this.policyEndpoint = b.policyEndpoint;
        this.clientAddress = b.clientAddress;
        this.userAgent = b.userAgent;
        this.evidence = b.evidence;
    }

    /** Starts an event timestamped now, with the default text limits. */
    public static Builder builder(String event, SecurityAction action) {
        return builder(event, action, SafeText.defaults());
    }

    /** Starts an event timestamped now, cleaning strings with {@code text}. */
    public static Builder builder(String event, SecurityAction action, SafeText text) {
        return new Builder(event, action, text);
    }

    @Override
    public RecordType type() {
        return RecordType.SECURITY;
    }

    @Override
    public long epochMillis() {
        return epochMillis;
    }

    /** The event name, e.g. {@code injection.sql}. */
    public String event() {
        return event;
    }

    /** Blocked or monitored. */
    public SecurityAction action() {
        return action;
    }

    /** The route template, or null. */
    public String route() {
        return route;
    }

    /** The client address, or null. */
    public String clientAddress() {
        return clientAddress;
    }

    /** The feature's evidence; empty when there is none. */
    public Attributes evidence() {
        return evidence;
    }

    @Override
    public void writeFields(JsonGenerator json) throws IOException {
        json.writeStringField("event", event);
        json.writeStringField("action", action.jsonName());
        JsonValues.writeString(json, "request.id", requestId);
        JsonValues.writeString(json, "http.request.method", method);
        JsonValues.writeString(json, "url.path", path);
        JsonValues.writeString(json, "http.route", route);
        JsonValues.writeString(json, "policy.endpoint", policyEndpoint);
        JsonValues.writeString(json, "client.address", clientAddress);
        JsonValues.writeString(json, "user_agent.original", userAgent);
        json.writeFieldName("evidence");
        JsonValues.write(json, evidence);
    }

    /** Collects an event's fields; not thread-safe. */
    public static final class Builder {
        private final SafeText text;
        private final String event;
        private final SecurityAction action;
        private long epochMillis = System.currentTimeMillis();
        private String requestId;
        private String method;
        private String path;
        private String route;
        private String policyEndpoint;
        private String clientAddress;
        private String userAgent;
        private Attributes evidence = Attributes.empty();

        private Builder(String event, SecurityAction action, SafeText text) {
            this.text = Objects.requireNonNull(text, "text");
            this.event = text.clean(Objects.requireNonNull(event, "event"));
            this.action = Objects.requireNonNull(action, "action");
        }

        /** Overrides the timestamp (default: when the builder was created). */
        public Builder timestamp(long epochMillis) {
            this.epochMillis = epochMillis;
            return this;
        }

        /** The request id the client saw in the response body. */
        public Builder requestId(String requestId) {
            this.requestId = text.clean(requestId);
            return this;
        }

        /** {@code http.request.method}. */
        public Builder method(String method) {
            this.method = text.clean(method);
            return this;
        }

        /**
         * {@code url.path}: the normalized path. Anything from {@code ?} on is dropped, because query
         * strings are where API keys and tokens leak.
         */
        public Builder path(String path) {
            int query = path == null ? -1 : path.indexOf('?');
            this.path = text.clean(query >= 0 ? path.substring(0, query) : path);
            return this;
        }

        /** {@code http.route}: the route template, when known. */
        public Builder route(String route) {
            this.route = text.clean(route);
            return this;
        }

        /** {@code policy.endpoint}: the pattern of the policy rule that applied, or null. */
        public Builder policyEndpoint(String policyEndpoint) {
            this.policyEndpoint = text.clean(policyEndpoint);
            return this;
        }

        /** {@code client.address}: the socket peer, or the trusted forwarded address. */
        public Builder clientAddress(String clientAddress) {
            this.clientAddress = text.clean(clientAddress);
            return this;
        }

        /** {@code user_agent.original}. */
        public Builder userAgent(String userAgent) {
            this.userAgent = text.clean(userAgent);
            return this;
        }

        /** The feature's evidence, usually built with {@link Evidence}. */
        public Builder evidence(Attributes evidence) {
            this.evidence = evidence == null ? Attributes.empty() : evidence;
            return this;
        }

        /** The immutable event. */
        public SecurityEvent build() {
            return new SecurityEvent(this);
        }
    }
}
