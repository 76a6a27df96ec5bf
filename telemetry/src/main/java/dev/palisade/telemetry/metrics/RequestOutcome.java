package dev.palisade.telemetry.metrics;

/**
 * An immutable {@link CompletedRequest}. Build with {@link #builder(String, String)}; every field
 * not set has the "unknown / none" value (status 0, sizes -1, no block, no credentials, no db).
 */
public final class RequestOutcome implements CompletedRequest {

    private final String method;
    private final String route;
    private final String policyEndpoint;
    private final boolean authenticationRequired;
    private final int status;
    private final long durationNanos;
    private final String blockedReason;
    private final String clientAddress;
    private final boolean credentialsPresent;
    private final long requestBytes;
    private final long responseBytes;
    private final int dbStatements;
    private final long dbNanos;

    private RequestOutcome(Builder b) {
        this.method = b.method;
        this.route = b.route;
        this.policyEndpoint = b.policyEndpoint;
        this.authenticationRequired = b.authenticationRequired;
        this.status = b.status;
        this.durationNanos = b.durationNanos;
        this.blockedReason = b.blockedReason;
        this.clientAddress = b.clientAddress;
        this.credentialsPresent = b.credentialsPresent;
        this.requestBytes = b.requestBytes;
        this.responseBytes = b.responseBytes;
        this.dbStatements = b.dbStatements;
        this.dbNanos = b.dbNanos;
    }

    /** Starts an outcome for {@code method} on {@code route}. */
    public static Builder builder(String method, String route) {
        return new Builder(method, route);
    }

    @Override public String method() { return method; }
    @Override public String route() { return route; }
    @Override public String policyEndpoint() { return policyEndpoint; }
    @Override public boolean authenticationRequired() { return authenticationRequired; }
    @Override public int status() { return status; }
    @Override public long durationNanos() { return durationNanos; }
    @Override public String blockedReason() { return blockedReason; }
    @Override public String clientAddress() { return clientAddress; }
    @Override public boolean credentialsPresent() { return credentialsPresent; }
    @Override public long requestBytes() { return requestBytes; }
    @Override public long responseBytes() { return responseBytes; }
    @Override public int dbStatements() { return dbStatements; }
    @Override public long dbNanos() { return dbNanos; }

    /** Collects the fields of a {@link RequestOutcome}; not thread-safe. */
    public static final class Builder {
        private final String method;
        private final String route;
        private String policyEndpoint;
        private boolean authenticationRequired;
        private int status;
        private long durationNanos;
        private String blockedReason;
        private String clientAddress;
        private boolean credentialsPresent;
        private long requestBytes = -1;
        private long responseBytes = -1;
        private int dbStatements;
        private long dbNanos;

        private Builder(String method, String route) {
            this.method = method;
            this.route = route;
        }

        /** The policy rule's pattern and whether it requires a credential. */
        public Builder policy(String endpointPattern, boolean authenticationRequired) {
            this.policyEndpoint = endpointPattern;
            this.authenticationRequired = authenticationRequired;
            return this;
        }

        /** The response status. */
        public Builder status(int status) {
            this.status = status;
            return this;
        }

        /** The request duration in nanoseconds. */
        public Builder durationNanos(long durationNanos) {
            this.durationNanos = durationNanos;
            return this;
        }

        /** The block reason; null when not blocked. */
        public Builder blocked(String reason) {
            this.blockedReason = reason;
            return this;
        }

        /** The client address. */
        public Builder client(String address) {
            this.clientAddress = address;
            return this;
        }

        /** Whether any credential was present. */
        public Builder credentialsPresent(boolean present) {
            this.credentialsPresent = present;
            return this;
        }

        /** Request and response body sizes; -1 for unknown. */
        public Builder bytes(long request, long response) {
            this.requestBytes = request;
            this.responseBytes = response;
            return this;
        }

        /** JDBC statements and their total time. */
        public Builder db(int statements, long nanos) {
            this.dbStatements = statements;
            this.dbNanos = nanos;
            return this;
        }

        /** The immutable outcome. */
        public RequestOutcome build() {
            return new RequestOutcome(this);
        }
    }
}
