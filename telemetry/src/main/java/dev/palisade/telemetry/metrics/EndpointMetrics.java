package dev.palisade.telemetry.metrics;

import dev.palisade.telemetry.record.EndpointRecord;
import dev.palisade.telemetry.record.InventoryRecord;
import dev.palisade.telemetry.text.SafeText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Per-endpoint request metrics and the API inventory, updated by request threads and read once per
 * interval by the writer thread.
 *
 * <p><b>Request threads</b> call {@link #record(CompletedRequest)} once per finished request. It does
 * no I/O, takes no lock and, once an endpoint has been seen, allocates nothing except one set of
 * interval counters per endpoint per interval: a {@link ConcurrentHashMap} lookup by route, an array
 * slot by method, then atomic updates.
 *
 * <p><b>The writer thread</b> calls {@link #finishInterval(long, long)} to end the interval (see
 * {@link EndpointAggregate} for why no request is lost or counted twice) and {@link #inventory(long)}
 * for the inventory records.
 *
 * <p><b>Bounded memory.</b> At most {@code maxEndpoints} (method, route) pairs are tracked; requests
 * for further pairs are counted under route {@link #OTHER_ROUTE} with their method, and the
 * {@code onLimitReached} callback runs once. Unknown methods are folded into {@code _OTHER}.
 */
public final class EndpointMetrics {

    /** The route that absorbs endpoints beyond the bound. */
    public static final String OTHER_ROUTE = "other";

    private static final Comparator<EndpointAggregate> ORDER =
            Comparator.comparing(EndpointAggregate::route).thenComparing(EndpointAggregate::method);

    private final ConcurrentHashMap<String, AtomicReferenceArray<EndpointAggregate>> byRoute =
            new ConcurrentHashMap<>();
    private final AtomicInteger endpoints = new AtomicInteger();
    private final AtomicBoolean limitReported = new AtomicBoolean();
    private final int maxEndpoints;
    private final Clock clock;
    private final SafeText text;
    private final Runnable onLimitReached;

    /**
     * @param maxEndpoints   bound on distinct (method, route) pairs
     * @param clock          source of {@code first_seen}/{@code last_seen}
     * @param text           limits applied to route strings that did not come from {@code RouteTemplates}
     * @param onLimitReached run once, on the request thread that first hits the bound; must not block
     */
    public EndpointMetrics(int maxEndpoints, Clock clock, SafeText text, Runnable onLimitReached) {
        if (maxEndpoints < 1) {
            throw new IllegalArgumentException("maxEndpoints must be at least 1, was " + maxEndpoints);
        }
        this.maxEndpoints = maxEndpoints;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.text = Objects.requireNonNull(text, "text");
        this.onLimitReached = Objects.requireNonNull(onLimitReached, "onLimitReached");
    }

    /** Counts one finished request. Thread-safe, lock-free, never blocks. */
    public void record(CompletedRequest request) {
        String route = request.route() == null ? OTHER_ROUTE : request.route();
        int method = HttpMethods.index(request.method());
        endpoint(route, method).record(request, clock.millis());
    }

    /**
     * Ends the interval for every endpoint and returns the records of those that saw calls, sorted by
     * route then method. Call from one thread at a time.
     */
    public List<EndpointRecord> finishInterval(long windowStart, long windowEnd) {
        List<EndpointRecord> records = new ArrayList<>();
        for (EndpointAggregate endpoint : sortedEndpoints()) {
            EndpointRecord record = endpoint.finishInterval(windowStart, windowEnd);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    /** One inventory record per endpoint served since start, sorted by route then method. */
    public List<InventoryRecord> inventory(long nowMillis) {
        List<InventoryRecord> records = new ArrayList<>();
        for (EndpointAggregate endpoint : sortedEndpoints()) {
            records.add(endpoint.inventory(nowMillis));
        }
        return records;
    }

    /** Number of tracked (method, route) pairs, not counting the {@code other} route. */
    public int endpointCount() {
        return endpoints.get();
    }

    /** Whether the endpoint bound was reached. */
    public boolean limitReached() {
        return limitReported.get();
    }

    private EndpointAggregate endpoint(String route, int method) {
        AtomicReferenceArray<EndpointAggregate> methods = byRoute.get(route);
        EndpointAggregate endpoint = methods == null ? null : methods.get(method);
        return endpoint != null ? endpoint : create(route, method);
    }

    private EndpointAggregate create(String route, int method) {
        boolean other = OTHER_ROUTE.equals(route);
        // Reserve a slot before creating so the bound is exact even under concurrent creation.
        if (!other && endpoints.incrementAndGet() > maxEndpoints) {
            endpoints.decrementAndGet();
            if (limitReported.compareAndSet(false, true)) {
                onLimitReached.run();
            }
            return endpoint(OTHER_ROUTE, method);
        }
        AtomicReferenceArray<EndpointAggregate> methods =
                byRoute.computeIfAbsent(route, r -> new AtomicReferenceArray<>(HttpMethods.COUNT));
        EndpointAggregate created =
                new EndpointAggregate(HttpMethods.name(method), text.clean(route), clock.millis(), text);
        if (methods.compareAndSet(method, null, created)) {
            return created;
        }
        if (!other) {
            endpoints.decrementAndGet();
        }
        return methods.get(method);
    }

    private List<EndpointAggregate> sortedEndpoints() {
        List<EndpointAggregate> all = new ArrayList<>();
        for (AtomicReferenceArray<EndpointAggregate> methods : byRoute.values()) {
            for (int i = 0; i < methods.length(); i++) {
                EndpointAggregate endpoint = methods.get(i);
                if (endpoint != null) {
                    all.add(endpoint);
                }
            }
        }
        all.sort(ORDER);
        return all;
    }
}
