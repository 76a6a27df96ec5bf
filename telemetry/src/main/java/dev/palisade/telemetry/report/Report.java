package dev.palisade.telemetry.report;

import java.util.List;
import java.util.Map;

/**
 * What the {@code report} command prints, independent of the output format. Immutable values built
 * by {@link ReportBuilder}.
 */
final class Report {

    final List<String> files;
    final Long sinceMillis;
    final Long firstMillis;
    final Long lastMillis;
    final double coveredSeconds;
    final long skippedLines;
    final List<RouteRow> routes;
    final List<SecurityRow> security;
    final List<InventoryRow> uncovered;
    final List<InventoryRow> unauthenticated2xx;

    Report(List<String> files, Long sinceMillis, Long firstMillis, Long lastMillis, double coveredSeconds,
            long skippedLines, List<RouteRow> routes, List<SecurityRow> security, List<InventoryRow> uncovered,
            List<InventoryRow> unauthenticated2xx) {
        this.files = List.copyOf(files);
        this.sinceMillis = sinceMillis;
        this.firstMillis = firstMillis;
        this.lastMillis = lastMillis;
        this.coveredSeconds = coveredSeconds;
        this.skippedLines = skippedLines;
        this.routes = List.copyOf(routes);
        this.security = List.copyOf(security);
        this.uncovered = List.copyOf(uncovered);
        this.unauthenticated2xx = List.copyOf(unauthenticated2xx);
    }

    /** One method on one route over the whole period. */
    static final class RouteRow {
        final String method;
        final String route;
        final long calls;
        /** Calls per second of covered time, or null when no time was covered. */
        final Double requestsPerSecond;
        final double p50Millis;
        final double p99Millis;
        /** False when some interval had no histogram and percentiles were averaged (see docs). */
        final boolean exactPercentiles;
        final double percent4xx;
        final double percent5xx;
        final Map<String, Long> blocked;
        /** From the inventory; null when unknown. */
        final Boolean credentialsRequired;

        RouteRow(String method, String route, long calls, Double requestsPerSecond, double p50Millis,
                double p99Millis, boolean exactPercentiles, double percent4xx, double percent5xx,
                Map<String, Long> blocked, Boolean credentialsRequired) {
            this.method = method;
            this.route = route;
            this.calls = calls;
            this.requestsPerSecond = requestsPerSecond;
            this.p50Millis = p50Millis;
            this.p99Millis = p99Millis;
            this.exactPercentiles = exactPercentiles;
            this.percent4xx = percent4xx;
            this.percent5xx = percent5xx;
            this.blocked = Map.copyOf(blocked);
            this.credentialsRequired = credentialsRequired;
        }
    }

    /** Security events of one kind on one route. */
    static final class SecurityRow {
        final String event;
        final String route;
        final long count;
        final long blocked;
        final long monitored;
        final List<ClientCount> topClients;

        SecurityRow(String event, String route, long count, long blocked, long monitored,
                List<ClientCount> topClients) {
            this.event = event;
            this.route = route;
            this.count = count;
            this.blocked = blocked;
            this.monitored = monitored;
            this.topClients = List.copyOf(topClients);
        }
    }

    /** A client address and how many events it caused. */
    static final class ClientCount {
        final String address;
        final long count;

        ClientCount(String address, long count) {
            this.address = address;
            this.count = count;
        }
    }

    /** An endpoint from the latest inventory records. */
    static final class InventoryRow {
        final String method;
        final String route;
        final String policyEndpoint;
        final boolean authenticationRequired;
        final long count;
        final String lastSeen;

        InventoryRow(String method, String route, String policyEndpoint, boolean authenticationRequired,
                long count, String lastSeen) {
            this.method = method;
            this.route = route;
            this.policyEndpoint = policyEndpoint;
            this.authenticationRequired = authenticationRequired;
            this.count = count;
            this.lastSeen = lastSeen;
        }
    }
}
